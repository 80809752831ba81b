import { readSync } from 'node:fs';

/** Reads go through one buffer: a fresh one per file's findings (95 MB on the full corpus) is slow to fault in. */
const CHUNK = 1 << 20;
let chunk: Buffer | undefined;

/**
 * `length` bytes of an open file from `offset`, in pieces of the shared buffer: each piece is
 * overwritten by the next, so use it before asking for more. `short()` is thrown when the file ends early.
 */
export function* rangePieces(fd: number, offset: number, length: number, short: () => Error): Generator<Buffer> {
  chunk ??= Buffer.allocUnsafe(CHUNK);
  for (let done = 0; done < length; ) {
    const read = readSync(fd, chunk, 0, Math.min(CHUNK, length - done), offset + done);
    if (read === 0) throw short();
    done += read;
    yield chunk.subarray(0, read);
  }
}

/** The same bytes as one UTF-8 string. */
export function rangeText(fd: number, offset: number, length: number, short: () => Error): string {
  const text = Buffer.allocUnsafe(length);
  if (readSync(fd, text, 0, length, offset) !== length) throw short();
  return text.toString('utf8');
}
