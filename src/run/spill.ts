import { closeSync, mkdtempSync, openSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TranslintError } from '../core/errors.js';
import { EMPTY_STORED_TEXT, type StoredText } from '../report/findings.js';
import { rangePieces, rangeText } from './ranges.js';

/**
 * Findings text of a run's worker results, kept in a temporary file instead of this thread's
 * heap: the main thread of a big run would otherwise hold every finding (~140 MB for 137k on
 * the full corpus) until the report is written. The JSON report copies the text through;
 * other reports and the Node API parse it when they need objects.
 */
export class FindingsSpill {
  /** Open while any text read from it can still be asked for: closed when the spill is collected. */
  fd: number | undefined;
  private size = 0;

  /** Appends one file's findings text; returns where to read it back. */
  add(text: string): StoredText {
    if (text === '') return EMPTY_STORED_TEXT;
    const fd = this.open();
    const offset = this.size;
    const length = writeSync(fd, text, offset, 'utf8');
    this.size += length;
    return new SpilledText(this, offset, length);
  }

  private open(): number {
    if (this.fd === undefined) {
      const directory = mkdtempSync(join(tmpdir(), 'translint-findings-'));
      const path = join(directory, 'findings');
      this.fd = openSync(path, 'w+');
      closeWhenCollected.register(this, this.fd);
      // Unlinked at once where the system allows: the open descriptor keeps the data, and no
      // file is left behind whatever way the process ends. Elsewhere it goes at exit.
      try {
        unlinkSync(path);
        rmSync(directory, { recursive: true });
      } catch {
        process.once('exit', () => {
          if (this.fd !== undefined) closeSync(this.fd);
          rmSync(directory, { recursive: true, force: true });
        });
      }
    }
    return this.fd;
  }
}

// The Node API may check many times in one process: each run's descriptor goes with its findings.
const closeWhenCollected = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Already closed at exit.
  }
});

class SpilledText implements StoredText {
  constructor(private readonly spill: FindingsSpill, private readonly offset: number, readonly length: number) {}

  private get fd(): number {
    return this.spill.fd!;
  }

  pieces(): Iterable<Uint8Array> {
    return rangePieces(this.fd, this.offset, this.length, lost);
  }

  text(): string {
    return rangeText(this.fd, this.offset, this.length, lost);
  }
}

function lost(): TranslintError {
  return new TranslintError(`the temporary file holding this run's findings (in ${tmpdir()}) was cut short`);
}
