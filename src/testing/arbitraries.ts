import fc from 'fast-check';

/**
 * fast-check generators shared by the adapters' property tests (`*.property.test.ts`): message
 * texts, keys, file layouts and byte mutations. Each format builds its valid files from these
 * with its own escaping, written here independently of the adapter under test.
 */

/** Pieces messages are made of: words, unicode, quotes, escapes' raw material, placeholders. */
const TEXT_PIECES = [
  'Open', 'file', 'Save changes?', 'a', 'Z', '0', '42', ' ', '  ', '.', ',', '!', '?', ':', ';', '=', '#', '!', '-', '/',
  'é', 'ß', 'Жизнь', '日本語', 'עברית', 'e\u0301', '🚀', '👩‍💻', '\u00a0', '…', '«', '»', '„', '“', '”', '’',
  '"', "'", '\\', '\\n', '\\u0041', '%', '%%', '%s', '%d', '%1$s', '%2$d', '%.2f', '{0}', '{name}', '{{count}}', '$NAME$',
  '%{var}', '${x}', '&', '&amp;', '<', '>', '<b>', '</b>', '@', '[', ']', '(', ')', '*', '+', '|', '`', '~', '^',
];

export interface TextOptions {
  /** Allow line feeds (and, with `tabs`, tabs) inside values. */
  newlines?: boolean;
  tabs?: boolean;
  /** Allow the empty string. */
  empty?: boolean;
  maxPieces?: number;
  /** Extra pieces for a format (its own special characters). */
  extra?: readonly string[];
  /** Drop texts this says no to (for the few things a format cannot hold at all). */
  valid?: (text: string) => boolean;
}

/** A message text built from `TEXT_PIECES` (and optionally newlines, tabs, format extras). */
export function messageText(options: TextOptions = {}): fc.Arbitrary<string> {
  const pieces = [...TEXT_PIECES, ...(options.extra ?? [])];
  if (options.newlines) pieces.push('\n', '\n\n', 'line\nline');
  if (options.tabs) pieces.push('\t');
  const arbitrary = fc
    .array(fc.constantFrom(...pieces), { minLength: options.empty === false ? 1 : 0, maxLength: options.maxPieces ?? 8 })
    .map((parts) => parts.join(''))
    .filter((text) => (options.empty === false ? text !== '' : true));
  return options.valid ? arbitrary.filter(options.valid) : arbitrary;
}

/** An identifier-like key: `[A-Za-z_][A-Za-z0-9_]*`, optionally with dots or dashes. */
export function identifier(options: { dots?: boolean; dashes?: boolean; maxLength?: number } = {}): fc.Arbitrary<string> {
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_'.split('');
  const rest = [...first, ...'0123456789'.split(''), ...(options.dots ? ['.'] : []), ...(options.dashes ? ['-'] : [])];
  return fc
    .tuple(fc.constantFrom(...first), fc.array(fc.constantFrom(...rest), { maxLength: options.maxLength ?? 12 }))
    .map(([head, tail]) => head + tail.join(''))
    .filter((key) => !/[.-]$/.test(key) && !/\.\./.test(key));
}

/** `count` distinct values of `arbitrary` (by `by`), as fast-check's uniqueArray. */
export function distinct<T>(arbitrary: fc.Arbitrary<T>, by: (value: T) => string, options: { minLength?: number; maxLength?: number } = {}): fc.Arbitrary<T[]> {
  return fc.uniqueArray(arbitrary, { selector: by, minLength: options.minLength ?? 0, maxLength: options.maxLength ?? 6 });
}

/** How a file is laid out, independently of what it says. */
export interface Layout {
  eol: '\n' | '\r\n';
  indent: string;
  bom: boolean;
  finalNewline: boolean;
}

export function layout(options: { bom?: boolean; crlf?: boolean } = {}): fc.Arbitrary<Layout> {
  return fc.record({
    eol: options.crlf === false ? fc.constant('\n' as const) : fc.constantFrom('\n' as const, '\r\n' as const),
    indent: fc.constantFrom('', ' ', '  ', '    ', '\t'),
    bom: options.bom === false ? fc.constant(false) : fc.boolean(),
    finalNewline: fc.boolean(),
  });
}

/**
 * Joins lines with the layout's line ending (line feeds inside a line, such as raw newlines in
 * XML text, take it too) and adds the final newline and BOM it asks for.
 */
export function assemble(lines: readonly string[], shape: Layout): Buffer {
  const text = (lines.join('\n') + (shape.finalNewline ? '\n' : '')).replaceAll('\n', shape.eol);
  return withBom(text, shape.bom);
}

/** Encodes a UTF-8 text with the layout's BOM (for formats that build their text in one piece). */
export function withBom(text: string, bom: boolean): Buffer {
  const body = Buffer.from(text, 'utf8');
  return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

// ---------------------------------------------------------------- escapers for generated files

/** XML character data: `&`, `<` and `>` always escaped, quotes sometimes (both are valid). */
export function xmlText(value: string, escapeQuotes = false): string {
  let out = value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  if (escapeQuotes) out = out.replaceAll('"', '&quot;').replaceAll("'", '&apos;');
  return out;
}

/** A JSON string literal; `asciiOnly` writes every non-ASCII UTF-16 unit as `\uXXXX`. */
export function jsonString(value: string, asciiOnly = false): string {
  const quoted = JSON.stringify(value);
  return asciiOnly ? quoted.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : quoted;
}

// ---------------------------------------------------------------- mutations of valid files

/** Bytes that break structure when inserted: quotes, escapes, brackets, control and invalid UTF-8. */
const JUNK = [
  '"', "'", '\\', '\\u', '\\uD800', '\\x', '<', '>', '&', '&#0;', '&#x110000;', '&bogus;', '<!DOCTYPE x [<!ENTITY e "e">]>',
  ']]>', '<![CDATA[', '</', '/>', '{', '}', '[', ']', ':', ',', '=', '#', '%', '%9999999$s', '{{', '}}', '*', '&', '!', '|',
  '\n', '\r', '\r\n', '\t', '\0', '\x01', '\u2028', 'msgid ""', 'msgstr[9] ""', '- ', '? ', '&a', '*a', '!!js/function', '---',
].map((text) => Buffer.from(text, 'utf8'));
const RAW_JUNK = [[0xff], [0xfe, 0xff], [0xef, 0xbb, 0xbf], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0x80], [0xf4, 0x90, 0x80, 0x80]].map((bytes) => Buffer.from(bytes));

export type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; bytes: Buffer }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate'; at: number; length: number };

/** One to four mutations; positions are taken modulo the file's length when applied. */
export function mutations(): fc.Arbitrary<Mutation[]> {
  const at = fc.nat({ max: 1 << 20 });
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at, byte: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 16 }) }),
    fc.record({ kind: fc.constant('insert' as const), at, bytes: fc.constantFrom(...JUNK, ...RAW_JUNK) }),
    fc.record({ kind: fc.constant('truncate' as const), at }),
    fc.record({ kind: fc.constant('duplicate' as const), at, length: fc.integer({ min: 1, max: 64 }) }),
  );
  return fc.array(mutation, { minLength: 1, maxLength: 4 });
}

/** Applies `steps` in order; every position is reduced modulo the current length. */
export function mutate(bytes: Buffer, steps: readonly Mutation[]): Buffer {
  let out = bytes;
  for (const step of steps) {
    const at = out.length === 0 ? 0 : step.at % (out.length + 1);
    switch (step.kind) {
      case 'flip':
        if (out.length > 0) {
          out = Buffer.from(out);
          out[Math.min(at, out.length - 1)] = step.byte;
        }
        break;
      case 'delete':
        out = Buffer.concat([out.subarray(0, at), out.subarray(at + step.length)]);
        break;
      case 'insert':
        out = Buffer.concat([out.subarray(0, at), step.bytes, out.subarray(at)]);
        break;
      case 'truncate':
        out = out.subarray(0, at);
        break;
      case 'duplicate':
        out = Buffer.concat([out.subarray(0, at + step.length), out.subarray(at)]);
        break;
    }
  }
  return out;
}

// ---------------------------------------------------------------- run counts

/**
 * fast-check settings for the property suites: a fixed seed keeps `npm test` deterministic;
 * `TRANSLINT_FC_SEED=<n>` (or `random`) and `TRANSLINT_FC_RUNS=<factor>` explore further.
 */
export function propertyParameters(numRuns: number): fc.Parameters<unknown> {
  const seedVariable = process.env['TRANSLINT_FC_SEED'];
  const factor = Number(process.env['TRANSLINT_FC_RUNS'] ?? 1);
  const parameters: fc.Parameters<unknown> = { numRuns: Math.max(1, Math.round(numRuns * (Number.isFinite(factor) ? factor : 1))) };
  if (seedVariable !== 'random') parameters.seed = seedVariable === undefined ? 20261125 : Number(seedVariable);
  return parameters;
}
