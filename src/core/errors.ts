/** The one error type users see: names the file (and line/column) and says what to do. */
export class TranslintError extends Error {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(message: string, where: { file?: string; line?: number; column?: number } = {}) {
    super(message);
    this.name = 'TranslintError';
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
  }

  /** One line, `file:line:column: message`, as compilers print it. */
  format(): string {
    let location = this.file ?? '';
    if (this.file !== undefined && this.line !== undefined) {
      location += `:${this.line}`;
      if (this.column !== undefined) location += `:${this.column}`;
    }
    return location ? `${location}: ${this.message}` : this.message;
  }
}

/** Wraps anything thrown while handling `file` into a TranslintError that names it. */
export function toTranslintError(error: unknown, file: string): TranslintError {
  if (error instanceof TranslintError) {
    if (error.file !== undefined) return error;
    return new TranslintError(error.message, { file, line: error.line, column: error.column });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new TranslintError(`cannot process file: ${firstLine(message)}`, { file });
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
