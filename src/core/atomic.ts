import { chmodSync, closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

const CHUNK = 1 << 20;

/**
 * Writes `data` to `path` so that readers (and a crash or SIGKILL at any moment) see either
 * the old file or the whole new one: write a temp file in the same directory (same file
 * system, so the rename is atomic), flush it, then rename it over the target.
 * A kill before the rename leaves the target untouched and a `.<name>.<random>.tmp` behind.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
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
      for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset, Math.min(CHUNK, bytes.length - offset));
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
