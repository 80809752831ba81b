import { writeFileAtomic } from '../core/atomic.js';
import { TranslintError } from '../core/errors.js';

const REASONS: Record<string, string> = {
  ENOENT: 'its directory does not exist',
  ENOTDIR: 'a part of its path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
};

/** Writes a rendered report for `--output` atomically; a failure is an input error naming the file. */
export function writeReportFile(path: string, text: string | Iterable<string | Uint8Array>): void {
  try {
    writeFileAtomic(path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = (code && REASONS[code]) ?? code ?? (error as Error).message;
    throw new TranslintError(`cannot write the report: ${reason}`, { file: path });
  }
}

/**
 * Joins small text pieces into strings of about `size` characters, so stdout gets a few large
 * writes; pieces of bytes are copied (the renderer may reuse their memory for the next piece).
 */
export function* batched(pieces: Iterable<string | Uint8Array>, size = 1 << 20): Generator<string | Uint8Array> {
  let pending = '';
  for (const piece of pieces) {
    if (typeof piece !== 'string') {
      if (pending) yield pending;
      pending = '';
      yield Buffer.from(piece);
      continue;
    }
    pending += piece;
    if (pending.length >= size) {
      yield pending;
      pending = '';
    }
  }
  if (pending) yield pending;
}
