import { readFileSync } from 'node:fs';
import { renderDocument } from '../core/document.js';
import { TranslintError } from '../core/errors.js';
import { formatFor } from '../formats/index.js';

/** Parses a file and renders it back with no edits: proves the adapter loses nothing. */
export function catFile(path: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new TranslintError(`cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file: path });
  }
  const format = formatFor(path, () => bytes.subarray(0, 4096).toString('utf8'));
  if (!format) throw new TranslintError('unknown file type', { file: path });
  const catalog = format.parse(bytes, { path, sourceLocale: 'en' });
  return renderDocument(catalog.document, []);
}
