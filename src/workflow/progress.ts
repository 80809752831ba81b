export interface ProgressStream {
  write(chunk: string): boolean;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  update(done: number, total: number): void;
  /** Erases the bar (if one was drawn). */
  done(): void;
}

/** Draws nothing (for --quiet). */
export const noProgress: Progress = { update: () => {}, done: () => {} };

/**
 * A one-line progress bar on stderr for long runs. It draws only on a terminal, never when
 * CI is set, and only once the run has taken `delayMs`, so short runs and logs stay clean.
 */
export function createProgress(stream: ProgressStream, env: NodeJS.ProcessEnv = process.env, options: { delayMs?: number; now?: () => number } = {}): Progress {
  if (!stream.isTTY || env.CI || env.TERM === 'dumb') return noProgress;
  const now = options.now ?? (() => performance.now());
  const started = now();
  const delay = options.delayMs ?? 1000;
  let lastDraw = -Infinity;
  let drawn = false;
  return {
    update(done, total) {
      const time = now();
      if (time - started < delay || time - lastDraw < 100 || total === 0) return;
      lastDraw = time;
      const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 30));
      const filled = Math.round((done / total) * width);
      stream.write(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} files`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}
