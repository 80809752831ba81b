import type { FileResult } from '../core/engine.js';
import { TranslintError } from '../core/errors.js';
import type { SeverityCounts } from '../report/findings.js';

interface ErrorFields {
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** A FileResult as it crosses a thread boundary: the error as plain fields, not a class. */
export type FileResultMessage = Omit<FileResult, 'error'> & { error?: ErrorFields };

/**
 * A worker's answer for one file. `result: null`: config says to skip the file. `thrown`: the
 * run must stop (a broken config is a TranslintError; anything else is a bug, sent with its stack).
 */
export type WorkerReply = { index: number; result: FileResultMessage | null; findings?: RenderedFindings } | { index: number; thrown: ErrorFields & { stack?: string } };

/**
 * A file's findings as a worker sends them: sorted and rendered as JSON report items (one
 * string, cheap to pass between threads), with their counts; `result.findings` is then empty.
 */
export interface RenderedFindings {
  json: string;
  severities: SeverityCounts;
}

export function toMessage(result: FileResult): FileResultMessage {
  const { error, ...rest } = result;
  return error ? { ...rest, error: errorFields(error) } : rest;
}

export function fromMessage(message: FileResultMessage): FileResult {
  const { error, ...rest } = message;
  return error ? { ...rest, error: new TranslintError(error.message, error) } : rest;
}

export function toThrown(error: unknown): ErrorFields & { stack?: string } {
  if (error instanceof TranslintError) return errorFields(error);
  return error instanceof Error ? { message: error.message, ...(error.stack ? { stack: error.stack } : {}) } : { message: String(error) };
}

/** Rebuilds what a worker threw: our error type stays ours, anything else stays an internal error. */
export function fromThrown(thrown: ErrorFields & { stack?: string }): Error {
  if (thrown.stack === undefined) return new TranslintError(thrown.message, thrown);
  const error = new Error(thrown.message);
  error.stack = thrown.stack;
  return error;
}

function errorFields(error: TranslintError): ErrorFields {
  return { message: error.message, ...(error.file !== undefined ? { file: error.file } : {}), ...(error.line !== undefined ? { line: error.line } : {}), ...(error.column !== undefined ? { column: error.column } : {}) };
}
