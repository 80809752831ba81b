import { parentPort } from 'node:worker_threads';
import { renderDocument } from '../core/document.js';
import { TranslintError } from '../core/errors.js';
import { formatById } from '../formats/index.js';

/**
 * Worker for the mutation properties: parses (then renders and edits) one file per message and
 * says how it went, so a parser stuck in a loop can be detected and terminated from outside.
 */
export interface ParseRequest {
  format: string;
  path: string;
  bytes: Uint8Array;
}

export type ParseOutcome =
  | { kind: 'ok'; units: number }
  | { kind: 'translint-error'; message: string; file: string | undefined }
  | { kind: 'other-error'; name: string; message: string; stack: string };

/** Parse, render unchanged, and splice a new value into every target the adapter can edit. */
export function exercise(request: ParseRequest): ParseOutcome {
  try {
    const adapter = formatById(request.format);
    if (!adapter) throw new Error(`no adapter ${request.format}`);
    const catalog = adapter.parse(Buffer.from(request.bytes), { path: request.path, sourceLocale: 'en' });
    renderDocument(catalog.document, []);
    for (const unit of catalog.units) {
      unit.targets.forEach((_, form) => {
        const edit = adapter.editTarget(catalog, unit, form, 'x "y" \\ <z> & {0} %s\n');
        if (edit) renderDocument(catalog.document, [edit]);
      });
    }
    return { kind: 'ok', units: catalog.units.length };
  } catch (error) {
    if (error instanceof TranslintError) return { kind: 'translint-error', message: error.message, file: error.file };
    const failure = error instanceof Error ? error : new Error(String(error));
    return { kind: 'other-error', name: failure.name, message: failure.message, stack: failure.stack ?? '' };
  }
}

parentPort?.on('message', (request: ParseRequest) => {
  parentPort!.postMessage(exercise(request));
});
