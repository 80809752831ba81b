import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { FileResult } from '../core/engine.js';
import type { SeverityCounts, StoredText } from '../report/findings.js';
import { fromMessage, fromThrown, type WorkerReply } from './messages.js';
import { FindingsSpill } from './spill.js';
import type { FileRef, PlanOptions } from './planner.js';
import { languageOf, localeFromPath } from '../core/locale.js';

/** Files each worker holds at once: one being checked, one queued so it never waits for the main thread. */
const IN_FLIGHT = 2;
/**
 * Young generation per worker. V8 rounds it to semi-spaces of a power of two: 16 MB gives 8 MB
 * semi-spaces, 32 MB gives 16 MB (V8's largest). With memos made per block (core/unit.ts
 * unitCache), the larger one halves the young-generation GCs: full corpus, 2 workers, interleaved
 * runs: ~12 % less CPU (60-65 s to 52-58 s) for ~60 MiB more peak RSS (~220 to ~280 MiB).
 */
const YOUNG_GENERATION_MB = 32;

/**
 * Old generation per worker when no file can load the meaning lexicons. Besides a ceiling, the
 * limit sets how far V8 lets garbage pile up: its heap growing factor is 4 for limits of 2 GB
 * and more and about 1.6 at 1 GB. Full corpus, 2 workers with 16 MB young generations: peak
 * RSS ~390 to ~225 MiB (with 32 MB, 350 to ~280 MiB: docs/performance.md item 21); medium
 * corpus, 14 to 38 major GCs and ~6 % more CPU (docs/performance.md, item 15). A file that
 * needs more is checked again by a worker without the limit.
 */
const OLD_GENERATION_MB = 1024;

/** A worker's result: its findings, in report order, are `stored` text and `findings` is empty. */
export type PooledResult = FileResult & { stored?: { severities: SeverityCounts; text: StoredText } };

export interface PoolOptions {
  onProgress?: (done: number, total: number) => void;
  /** Old generation per worker in MB, for structural runs; default OLD_GENERATION_MB (tests make it tiny). */
  oldGenerationMb?: number;
  /** Called with the files a worker held when it ran out of memory (they are checked again). */
  onOutOfMemory?: (files: readonly FileRef[]) => void;
}

/**
 * Checks files on `jobs` worker threads. Results come back in the order of `files`;
 * undefined where config skips the file. Biggest files go first so no worker is left with
 * a large one at the end.
 */
export function checkInWorkers(files: readonly FileRef[], options: PlanOptions, jobs: number, pool: PoolOptions = {}): Promise<(PooledResult | undefined)[]> {
  // Meaning checks load lexicons per language and worker: keep each language on one worker.
  const queue = new FileQueue(files, options.meaning !== false);
  const results: (PooledResult | undefined)[] = new Array(files.length);
  const spill = new FindingsSpill();
  const workers = new Set<Worker>();
  // Files a worker that ran out of memory held, to check again first.
  const retry: number[] = [];
  // Meaning lexicons take most of a GB per worker: only structural runs get the lower limit.
  const oldGenerationMb = options.meaning === false ? pool.oldGenerationMb ?? OLD_GENERATION_MB : undefined;
  let done = 0;
  let workerCount = 0;
  return new Promise((resolvePromise, reject) => {
    let failed = false;
    const fail = (error: Error): void => {
      if (failed) return;
      failed = true;
      for (const worker of workers) void worker.terminate();
      reject(error);
    };
    const start = (limited: boolean): void => {
      const id = workerCount++;
      const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, ...(limited ? { maxOldGenerationSizeMb: oldGenerationMb } : {}) };
      // ./worker.js: dist/run/worker.js, or dist/worker.js from the bundle (scripts/bundle.mjs).
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: options, resourceLimits });
      const inFlight = new Set<number>();
      const feed = (): void => {
        const index = retry.shift() ?? queue.next(id);
        if (index === undefined) return;
        inFlight.add(index);
        worker.postMessage({ index, file: files[index] });
      };
      workers.add(worker);
      worker.on('error', (error: Error & { code?: string }) => {
        if (!(limited && error.code === 'ERR_WORKER_OUT_OF_MEMORY') || failed) return fail(error);
        // Its files go to a worker without the limit; the run goes on.
        workers.delete(worker);
        retry.push(...inFlight);
        pool.onOutOfMemory?.([...inFlight].map((index) => files[index]!));
        start(false);
      });
      worker.on('exit', (code) => {
        if (code !== 0 && workers.has(worker) && done < files.length) fail(new Error(`a worker thread stopped with exit code ${code}`));
      });
      worker.on('message', (reply: WorkerReply) => {
        if ('thrown' in reply) return fail(fromThrown(reply.thrown));
        inFlight.delete(reply.index);
        const result: PooledResult | undefined = reply.result ? fromMessage(reply.result) : undefined;
        if (result && reply.findings) result.stored = { severities: reply.findings.severities, text: spill.add(reply.findings.json) };
        results[reply.index] = result;
        done++;
        pool.onProgress?.(done, files.length);
        if (done === files.length) {
          for (const each of workers) void each.terminate();
          resolvePromise(results);
        } else feed();
      });
      for (let k = 0; k < IN_FLIGHT; k++) feed();
    };
    const count = Math.max(1, Math.min(jobs, files.length));
    for (let i = 0; i < count; i++) start(oldGenerationMb !== undefined);
  });
}

/** The files of one language, biggest first; `next` is the first not handed out. */
interface FileGroup {
  files: number[];
  next: number;
  size: number;
  started: boolean;
}

/**
 * Hands out files biggest first. By language, a worker takes the files of the languages it has
 * started (the locale its path names), then starts the language with the most work left; only
 * when every language is started does it help with another worker's. Two workers that share
 * every language each inflate every lexicon block and keep it: twice the memory for V8 to mark.
 */
export class FileQueue {
  private readonly groups: FileGroup[];
  private readonly current = new Map<number, FileGroup>();

  constructor(files: readonly FileRef[], byLanguage: boolean) {
    const sized = files.map((file, index) => ({ index, size: sizeOf(file.absolute) })).sort((a, b) => b.size - a.size || a.index - b.index);
    const byKey = new Map<string, FileGroup>();
    for (const { index, size } of sized) {
      const key = byLanguage ? languageOf(localeFromPath(files[index]!.absolute) ?? '') : '';
      let group = byKey.get(key);
      if (!group) byKey.set(key, (group = { files: [], next: 0, size: 0, started: false }));
      group.files.push(index);
      group.size += size;
    }
    this.groups = [...byKey.values()].sort((a, b) => b.size - a.size);
  }

  /** The next file for `worker`, or undefined when all are handed out. */
  next(worker: number): number | undefined {
    let group = this.current.get(worker);
    if (!group || left(group) === 0) {
      group = this.groups.find((candidate) => !candidate.started) ?? this.groups.reduce<FileGroup | undefined>((most, candidate) => (left(candidate) > (most ? left(most) : 0) ? candidate : most), undefined);
      if (!group) return undefined;
      group.started = true;
      this.current.set(worker, group);
    }
    return group.files[group.next++];
  }
}

function left(group: FileGroup): number {
  return group.files.length - group.next;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
