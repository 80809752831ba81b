import { basename, dirname, extname, join } from 'node:path';
import { newCatalog, type Catalog, type Document, type Edit } from '../core/catalog.js';
import { decodeDocument, detectBom } from '../core/document.js';
import { TranslintError } from '../core/errors.js';
import { languageOf, localeFromPath, normalizeLocale } from '../core/locale.js';
import { LineIndex } from '../core/text.js';
import type { Note, Unit } from '../core/unit.js';
import type { FormatAdapter, ParseOptions } from './adapter.js';
import { keyValueUnit, localeSwappedPaths, spanOf, type KeyValueEntry } from './json.js';

/**
 * Java .properties resource bundles, read as `java.util.Properties.load` reads them: logical
 * lines joined at odd trailing backslashes, `#`/`!` comments, key ending at the first
 * unescaped `=`, `:` or whitespace, escapes `\t \n \r \f \uXXXX` and `\x` = x.
 * Encoding per file, as Java 9+ PropertyResourceBundle does: UTF-8 when the bytes are valid
 * UTF-8 with non-ASCII, else ISO-8859-1 (every byte sequence is valid Latin-1).
 */

interface Chunk {
  /** Offsets in the text of this natural line's part of the logical line. */
  start: number;
  end: number;
  /** Index in the joined logical line where this chunk begins. */
  joinedStart: number;
}

interface RawEntry {
  key: string;
  value: string;
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
  start: number;
  comments: string[];
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\f';
const isLineBreak = (c: string | undefined): boolean => c === '\n' || c === '\r';

/** Control bytes other than tab, line breaks and form feed, in the first 8 KB: a binary file. */
function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample.length < 16) return false;
  let control = 0;
  for (const byte of sample) if ((byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) || byte === 0x7f) control++;
  return control > sample.length * 0.1;
}

function decodeProperties(bytes: Buffer, path: string): Document {
  const bom = detectBom(bytes);
  if (bom && bom.encoding !== 'utf8') {
    throw new TranslintError('Java reads .properties as UTF-8 or ISO-8859-1; this file starts with a UTF-16 byte order mark', { file: path, line: 1 });
  }
  if (bom) return decodeDocument(path, bytes, 'utf8', bom.bom);
  if (looksBinary(bytes)) throw new TranslintError('this is not a text file (it is full of control bytes)', { file: path, line: 1 });
  if (bytes.some((byte) => byte >= 0x80)) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return decodeDocument(path, bytes, 'utf8');
    } catch {
      // Not UTF-8: Java falls back to ISO-8859-1.
    }
  }
  return decodeDocument(path, bytes, 'iso-8859-1');
}

function readEntries(text: string, fail: (message: string, offset: number) => never): RawEntry[] {
  const entries: RawEntry[] = [];
  let comments: string[] = [];
  let pos = 0;
  const lineEnd = (from: number): number => {
    let end = from;
    while (end < text.length && !isLineBreak(text[end])) end++;
    return end;
  };
  const afterBreak = (end: number): number => (text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1);
  while (pos < text.length) {
    let first = pos;
    while (isBlank(text[first])) first++;
    if (first >= text.length) break;
    if (isLineBreak(text[first])) {
      comments = [];
      pos = afterBreak(first);
      continue;
    }
    if (text[first] === '#' || text[first] === '!') {
      const end = lineEnd(first);
      comments.push(text.slice(first + 1, end).replace(/^ /, ''));
      pos = afterBreak(end);
      continue;
    }
    // One logical line: natural lines joined where a line ends in an odd number of backslashes.
    const chunks: Chunk[] = [];
    let joined = '';
    let chunkStart = first;
    for (;;) {
      const end = lineEnd(chunkStart);
      let backslashes = 0;
      while (end - 1 - backslashes >= chunkStart && text[end - 1 - backslashes] === '\\') backslashes++;
      const continued = backslashes % 2 === 1;
      const contentEnd = continued ? end - 1 : end;
      chunks.push({ start: chunkStart, end: contentEnd, joinedStart: joined.length });
      joined += text.slice(chunkStart, contentEnd);
      pos = end >= text.length ? end : afterBreak(end);
      if (!continued || end >= text.length) break;
      let next = pos;
      while (isBlank(text[next])) next++;
      // A blank continuation line ends the logical line (its line break is the terminator).
      if (next >= text.length || isLineBreak(text[next])) {
        pos = next >= text.length ? next : afterBreak(next);
        break;
      }
      chunkStart = next;
    }
    const offsetOf = (index: number): number => {
      for (let i = chunks.length - 1; i >= 0; i--) {
        const chunk = chunks[i]!;
        if (index >= chunk.joinedStart) return Math.min(chunk.start + (index - chunk.joinedStart), chunk.end);
      }
      return chunks[0]!.start;
    };
    let keyLength = 0;
    let valueStart = joined.length;
    let hasSeparator = false;
    let escaped = false;
    while (keyLength < joined.length) {
      const c = joined[keyLength]!;
      if (!escaped && (c === '=' || c === ':')) {
        valueStart = keyLength + 1;
        hasSeparator = true;
        break;
      }
      if (!escaped && isBlank(c)) {
        valueStart = keyLength + 1;
        break;
      }
      escaped = c === '\\' ? !escaped : false;
      keyLength++;
    }
    while (valueStart < joined.length) {
      const c = joined[valueStart]!;
      if (!isBlank(c)) {
        if (!hasSeparator && (c === '=' || c === ':')) hasSeparator = true;
        else break;
      }
      valueStart++;
    }
    const unescapeAt = (from: number, to: number): string => unescape(joined.slice(from, to), (index) => fail('malformed \\uXXXX escape (four hex digits expected)', offsetOf(from + index)));
    entries.push({
      key: unescapeAt(0, keyLength),
      value: unescapeAt(valueStart, joined.length),
      keyStart: chunks[0]!.start,
      keyEnd: offsetOf(keyLength),
      valueStart: offsetOf(valueStart),
      valueEnd: chunks[chunks.length - 1]!.end,
      start: first,
      comments,
    });
    comments = [];
  }
  return entries;
}

const SIMPLE_ESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f' };

function unescape(raw: string, malformed: (index: number) => never): string {
  if (!raw.includes('\\')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = raw[++i];
    if (next === undefined) break;
    if (next === 'u') {
      const hex = raw.slice(i + 1, i + 5);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) malformed(i - 1);
      out += String.fromCharCode(parseInt(hex, 16));
      i += 4;
    } else out += SIMPLE_ESCAPES[next] ?? next;
  }
  return out;
}

const JAVA_MESSAGE_FORMAT = /\{\d+(?:\s*,[^{}]*)?\}/;
// Only unmistakable printf directives: %s, %d, %f with optional position, flags, width and precision.
const OBVIOUS_PRINTF = /(?<!%)%(?:\d+\$)?[-#+0,(]*\d*(?:\.\d+)?[sdf](?![A-Za-z])/;

function formatsOf(value: string): Set<string> {
  const formats = new Set<string>();
  if (JAVA_MESSAGE_FORMAT.test(value)) formats.add('java');
  if (OBVIOUS_PRINTF.test(value)) formats.add('c');
  return formats;
}

/** The locale a bundle's file name carries (`messages_pt_BR.properties`); none for the base bundle. */
function bundleLocale(path: string): string | undefined {
  return localeFromPath(basename(path));
}

export function parseProperties(bytes: Buffer, options: ParseOptions): Catalog {
  const document = decodeProperties(bytes, options.path);
  const lines = new LineIndex(document.text);
  const fail = (message: string, offset: number): never => {
    throw new TranslintError(message, { file: options.path, ...lines.position(offset) });
  };
  let locale = options.locale;
  let localeOrigin: Catalog['localeOrigin'] = 'option';
  if (!locale) {
    const fromName = bundleLocale(options.path);
    // The base bundle (`messages.properties`) is the fallback every locale inherits: the source.
    locale = fromName ?? options.sourceLocale;
    localeOrigin = fromName ? 'path' : 'default';
  }
  const raws = readEntries(document.text, fail);
  // Properties.load keeps the last of repeated keys: that is the value Java uses, so it is the one checked.
  const effective = new Map<string, RawEntry>();
  for (const raw of raws) effective.set(raw.key, raw);
  const units: Unit[] = [];
  for (const raw of raws) {
    if (effective.get(raw.key) !== raw) continue;
    const notes: Note[] = raw.comments.length > 0 ? [{ kind: 'developer', text: raw.comments.join('\n') }] : [];
    const entry: KeyValueEntry = {
      key: raw.key,
      targets: [raw.value],
      targetSpans: [spanOf(lines, raw.valueStart, raw.valueEnd)],
      keySpan: spanOf(lines, raw.keyStart, raw.keyEnd),
      unitSpan: spanOf(lines, raw.start, raw.valueEnd),
      notes,
      formats: formatsOf(raw.value),
    };
    units.push(keyValueUnit(entry, locale, options.sourceLocale));
  }
  return newCatalog({ document, format: 'properties', locale, sourceLocale: options.sourceLocale, units, localeOrigin });
}

// ---------------------------------------------------------------- writing values

const fileStyles = new WeakMap<Document, { rawNonAscii: boolean; upperHex: boolean }>();

/**
 * Encodes a value on one line (a continued original becomes one line): backslashes and line
 * breaks escaped, a leading space as `\ `, non-ASCII raw where the file writes it raw (UTF-8
 * files; Latin-1 files only for Latin-1 characters), else `\uXXXX`. A leading `=` or `:` is
 * always escaped; elsewhere `=`, `:`, `#`, `!` only when the replaced value escaped them
 * (Properties.store style).
 */
function encodeValue(value: string, document: Document, original: string): string {
  let style = fileStyles.get(document);
  if (!style) {
    style = {
      rawNonAscii: /[^\x00-\x7f]/.test(document.text),
      upperHex: /\\u[0-9a-fA-F]{0,3}[A-F]/.test(document.text) && !/\\u[0-9a-fA-F]{0,3}[a-f]/.test(document.text),
    };
    fileStyles.set(document, style);
  }
  const latin1 = document.encoding !== 'utf8';
  const escapedPunctuation = new Set([...original.matchAll(/\\([=:#!])/g)].map((match) => match[1]!));
  const raw = /[^\x00-\x7f]/.test(original) || (style.rawNonAscii && !/\\u(?:00[89a-fA-F]|0[1-9a-fA-F]|[1-9a-fA-F])/.test(original));
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const code = value.charCodeAt(i);
    if (c === '\\') out += '\\\\';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (c === '\f') out += '\\f';
    else if (c === ' ' && i === 0) out += '\\ ';
    // After a whitespace separator a leading `=` or `:` would be read as the separator itself.
    else if ((c === '=' || c === ':') && i === 0) out += `\\${c}`;
    else if (escapedPunctuation.has(c)) out += `\\${c}`;
    else if (code < 0x20 || code === 0x7f || (code > 0x7f && (!raw || (latin1 && code > 0xff)))) {
      const hex = code.toString(16).padStart(4, '0');
      out += `\\u${style.upperHex ? hex.toUpperCase() : hex}`;
    } else out += c;
  }
  return out;
}

function editPropertiesTarget(catalog: Catalog, unit: Unit, form: number, value: string): Edit | undefined {
  const span = unit.spans.targets[form];
  if (!span || form !== 0) return undefined;
  const original = catalog.document.text.slice(span.start, span.end);
  let text = encodeValue(value, catalog.document, original);
  // `key` alone on its line: the value needs a separator.
  if (span.start === span.end && unit.spans.key?.end === span.start) text = `=${text}`;
  return { start: span.start, end: span.end, text };
}

/**
 * `messages_ru.properties` pairs with the base bundle `messages.properties` (the fallback),
 * then with `messages_en.properties`; `ru.properties` with `en.properties`.
 */
function sourceCandidates(absolutePath: string, locale: string, sourceLocale: string): string[] {
  const directory = dirname(absolutePath);
  const extension = extname(absolutePath);
  const stem = basename(absolutePath, extension);
  const candidates: string[] = [];
  for (let i = 0; i < stem.length; i++) {
    if (stem[i] !== '_') continue;
    const normalized = normalizeLocale(stem.slice(i + 1));
    if (normalized && languageOf(normalized) === languageOf(locale)) {
      if (i > 0) candidates.push(join(directory, stem.slice(0, i) + extension));
      break;
    }
  }
  return [...candidates, ...localeSwappedPaths(absolutePath, locale, sourceLocale)];
}

export const propertiesAdapter: FormatAdapter = {
  id: 'properties',
  name: 'Java .properties',
  extensions: ['.properties'],
  parse: parseProperties,
  editTarget: editPropertiesTarget,
  monolingual: { sourceCandidates },
};
