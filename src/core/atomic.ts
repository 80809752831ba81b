import { chmodSync, closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

const CHUNK = 1 << 20;

/**
 * Writes `data` (bytes, text, or text and bytes in pieces) to `path` so that readers (and a crash or SIGKILL at any moment) see either
 * the old file or the whole new one: write a temp file in the same directory (same file
 * system, so the rename is atomic), flush it, then rename it over the target.
 * A kill before the rename leaves the target untouched and a `.<name>.<random>.tmp` behind.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<string | Uint8Array>): void {
  const pieces = typeof data === 'string' || data instanceof Uint8Array ? [data] : data;
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = statSync(path).mode & 0o7777;
  } catch {
    mode = undefined; // a new file gets the default mode
  }
  const fd = openSync(temp, 'wx', mode ?? 0o666);
  try {
    try {
      const write = (bytes: Uint8Array) => {
        for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset, Math.min(CHUNK, bytes.length - offset));
      };
      // Small string pieces are gathered into writes of about CHUNK characters.
      let pending = '';
      for (const piece of pieces) {
        if (typeof piece !== 'string') {
          write(Buffer.from(pending, 'utf8'));
          write(piece);
          pending = '';
          continue;
        }
        pending += piece;
        if (pending.length >= CHUNK) {
          write(Buffer.from(pending, 'utf8'));
          pending = '';
        }
      }
      write(Buffer.from(pending, 'utf8'));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // openSync's mode is filtered by the umask; an existing file keeps exactly its own mode.
    if (mode !== undefined) chmodSync(temp, mode);
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // the temp file is already gone; the original error is what matters
    }
    throw error;
  }
}
