import { renderDocument } from '../core/document.js';
import { TranslintError } from '../core/errors.js';
import { readInputFile } from '../core/files.js';
import { formatFor } from '../formats/index.js';

/** Parses a file and renders it back with no edits: proves the adapter loses nothing. */
export function catFile(path: string): Buffer {
  const bytes = readInputFile(path, path);
  const format = formatFor(path, () => bytes.subarray(0, 4096).toString('utf8'));
  if (!format) throw new TranslintError('unknown file type', { file: path });
  const catalog = format.parse(bytes, { path, sourceLocale: 'en' });
  return renderDocument(catalog.document, []);
}
