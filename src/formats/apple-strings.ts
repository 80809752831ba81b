import { basename, dirname, join } from 'node:path';
import { newCatalog, type Catalog, type Document, type Edit } from '../core/catalog.js';
import { decodeDocument, detectBom } from '../core/document.js';
import { TranslintError } from '../core/errors.js';
import { languageOf, localeFromPath, normalizeLocale } from '../core/locale.js';
import { LineIndex } from '../core/text.js';
import { newUnit, type Note, type Span, type Unit } from '../core/unit.js';
import type { FormatAdapter, ParseOptions } from './adapter.js';
import { FORMAT_FLAGS } from './po.js';

/**
 * Apple `.strings` (old-style property list of strings): `"key" = "value";` entries with
 * C-like escapes, `/* *\/` and `//` comments, UTF-8 or UTF-16. One language per file,
 * kept in `<lang>.lproj/` folders.
 */

interface ValueStyle {
  quote: '"' | "'" | undefined;
  /** `"key";` entries have no value of their own: an edit inserts ` = "value"` after the key. */
  missing: boolean;
}

const valueStyles = new WeakMap<Unit, ValueStyle>();

export const appleStringsAdapter: FormatAdapter = {
  id: 'ios-strings',
  name: 'Apple .strings',
  extensions: ['.strings'],
  parse: parseAppleStrings,
  editTarget(_catalog, unit, form, value): Edit | undefined {
    const span = unit.spans.targets[form];
    const style = valueStyles.get(unit);
    if (!span || !style || form !== 0) return undefined;
    if (style.missing) return { start: span.end, end: span.end, text: ` = ${encodeStringsLiteral(value, '"')}` };
    const unquoted = style.quote === undefined && value !== '' && UNQUOTED_TOKEN.test(value);
    return { start: span.start, end: span.end, text: unquoted ? value : encodeStringsLiteral(value, style.quote ?? '"') };
  },
  monolingual: { sourceCandidates: appleSourceCandidates },
};

// CoreFoundation's characters for unquoted strings in old-style property lists.
const UNQUOTED_CHAR = /[A-Za-z0-9_$/:.-]/;
const UNQUOTED_TOKEN = /^[A-Za-z0-9_$/:.-]+$/;

/** Decodes a .strings/.stringsdict file: BOM, else UTF-16 recognized by its NUL bytes, else UTF-8. */
export function decodeAppleDocument(bytes: Buffer, path: string): Document {
  const bom = detectBom(bytes);
  const encoding = bom?.encoding ?? sniffUtf16(bytes) ?? 'utf8';
  if (encoding !== 'utf8' && (bytes.length - (bom?.bom.length ?? 0)) % 2 !== 0) {
    throw new TranslintError(`the file looks like ${encoding === 'utf16le' ? 'UTF-16LE' : 'UTF-16BE'} but has an odd number of bytes; it is truncated or not UTF-16`, { file: path });
  }
  return decodeDocument(path, bytes, encoding, bom?.bom);
}

/** UTF-16 without a byte order mark: mostly-ASCII text has a NUL in every other byte. */
function sniffUtf16(bytes: Buffer): 'utf16le' | 'utf16be' | undefined {
  const length = Math.min(bytes.length, 4096) & ~1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const major = Math.max(evenZeros, oddZeros);
  const minor = Math.min(evenZeros, oddZeros);
  if (major === 0 || major * 8 < length / 2 || minor * 4 > major) return undefined;
  return oddZeros > evenZeros ? 'utf16le' : 'utf16be';
}

// Old NeXTSTEP/OS X folder names (English.lproj) that predate ISO codes.
const LEGACY_LPROJ: Record<string, string> = {
  English: 'en', French: 'fr', German: 'de', Japanese: 'ja', Spanish: 'es', Italian: 'it', Dutch: 'nl',
  Portuguese: 'pt', BrazilianPortuguese: 'pt-BR', Swedish: 'sv', Danish: 'da', Norwegian: 'nb',
  NorwegianBokmal: 'nb', NorwegianNynorsk: 'nn', Finnish: 'fi', Russian: 'ru', Polish: 'pl', Czech: 'cs',
  Hungarian: 'hu', Ukrainian: 'uk', Greek: 'el', Turkish: 'tr', Chinese: 'zh', SimplifiedChinese: 'zh-Hans',
  TraditionalChinese: 'zh-Hant', Korean: 'ko', Arabic: 'ar', Hebrew: 'he', Catalan: 'ca', Slovak: 'sk',
  Slovenian: 'sl', Icelandic: 'is', Lithuanian: 'lt', Latvian: 'lv', Romanian: 'ro', Croatian: 'hr',
  Serbian: 'sr', Bulgarian: 'bg', Welsh: 'cy', Basque: 'eu', Galician: 'gl', SpanishSpain: 'es-ES',
  SpanishArgentina: 'es-AR', Macedonian: 'mk', Albanian: 'sq', Indonesian: 'id', Thai: 'th',
  Vietnamese: 'vi', Malay: 'ms', Hindi: 'hi', Persian: 'fa', Estonian: 'et', Bosnian: 'bs', Esperanto: 'eo',
};

/** The `.lproj` folder a file sits in, without the suffix; undefined when there is none. */
function lprojName(path: string): string | undefined {
  const folder = basename(dirname(path));
  return folder.endsWith('.lproj') ? folder.slice(0, -'.lproj'.length) : undefined;
}

/** Locale of an Apple resource: the option, else `<lang>.lproj` (`Base.lproj` is the development language), else the path. */
export function appleLocale(options: ParseOptions): { locale: string; localeOrigin: Catalog['localeOrigin'] } {
  if (options.locale) return { locale: options.locale, localeOrigin: 'option' };
  const lproj = lprojName(options.path);
  if (lproj !== undefined) {
    if (lproj === 'Base') return { locale: options.sourceLocale, localeOrigin: 'path' };
    const locale = LEGACY_LPROJ[lproj] ?? normalizeLocale(lproj);
    if (locale) return { locale, localeOrigin: 'path' };
  }
  const fromPath = localeFromPath(options.path);
  if (fromPath) return { locale: fromPath, localeOrigin: 'path' };
  return { locale: 'und', localeOrigin: 'default' };
}

/** `ru.lproj/Localizable.strings` -> `en.lproj/`, `Base.lproj/`, ... with the same file name. */
export function appleSourceCandidates(absolutePath: string, _locale: string, sourceLocale: string): string[] {
  if (lprojName(absolutePath) === undefined) return [];
  const bundle = dirname(dirname(absolutePath));
  const file = basename(absolutePath);
  const language = languageOf(sourceLocale);
  const legacy = Object.entries(LEGACY_LPROJ).filter(([, code]) => code === sourceLocale || code === language).map(([name]) => name);
  const names = [sourceLocale, sourceLocale.replace(/-/g, '_'), language, 'Base', 'en', ...legacy, 'English'];
  return [...new Set(names)].map((name) => join(bundle, `${name}.lproj`, file));
}

interface Token {
  value: string;
  start: number;
  end: number;
  quote: '"' | "'" | undefined;
}

interface Comment {
  text: string;
  start: number;
  end: number;
}

export function parseAppleStrings(bytes: Buffer, options: ParseOptions): Catalog {
  const document = decodeAppleDocument(bytes, options.path);
  const text = document.text;
  const lines = new LineIndex(text);
  const { locale, localeOrigin } = appleLocale(options);
  const fail = (message: string, offset: number): never => {
    const { line, column } = lines.position(Math.min(offset, text.length));
    throw new TranslintError(message, { file: options.path, line, column });
  };
  const nul = text.indexOf('\u0000');
  if (nul >= 0) fail('NUL character in the file: it is binary, truncated, or UTF-16 without a byte order mark', nul);

  let pos = 0;
  let comments: Comment[] = [];
  const skip = (): void => {
    while (pos < text.length) {
      const char = text[pos]!;
      if (char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\v' || char === '\f' || char === '\uFEFF') {
        pos++;
      } else if (text.startsWith('/*', pos)) {
        const close = text.indexOf('*/', pos + 2);
        if (close < 0) fail('comment is not closed with */', pos);
        comments.push({ text: text.slice(pos + 2, close).trim(), start: pos, end: close + 2 });
        pos = close + 2;
      } else if (text.startsWith('//', pos)) {
        let end = pos;
        while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
        comments.push({ text: text.slice(pos + 2, end).trim(), start: pos, end });
        pos = end;
      } else {
        return;
      }
    }
  };
  const readToken = (what: string): Token => {
    const start = pos;
    const char = text[pos];
    if (char === '"' || char === "'") {
      const literal = readQuoted(text, pos, fail);
      pos = literal.end;
      return { value: literal.value, start, end: pos, quote: char };
    }
    while (pos < text.length && UNQUOTED_CHAR.test(text[pos]!)) pos++;
    if (pos === start) {
      const found = char === undefined ? 'the end of the file' : `"${char}"`;
      return fail(`expected a quoted string as ${what}, found ${found}`, start);
    }
    return { value: text.slice(start, pos), start, end: pos, quote: undefined };
  };

  skip();
  const braced = text[pos] === '{';
  if (braced) {
    pos++;
    comments = [];
  }
  const units: Unit[] = [];
  const seen = new Set<string>();
  for (;;) {
    skip();
    if (pos >= text.length) {
      if (braced) fail('missing closing } of the dictionary', pos);
      break;
    }
    if (braced && text[pos] === '}') {
      pos++;
      comments = [];
      skip();
      if (pos < text.length) fail('unexpected text after the closing }', pos);
      break;
    }
    const attached = attachedComments(text, comments, pos);
    comments = [];
    const key = readToken('key');
    skip();
    let value: Token;
    let missing = false;
    if (text[pos] === ';') {
      value = key;
      missing = true;
    } else if (text[pos] === '=') {
      pos++;
      skip();
      if (text[pos] === '(' || text[pos] === '{' || text[pos] === '<') fail('expected a string value; arrays, dictionaries and data are not allowed in a strings file', pos);
      value = readToken('value');
      skip();
      if (text[pos] !== ';') fail(`missing ";" after the value of "${key.value}"`, pos);
    } else {
      return fail(`expected "=" or ";" after the key "${key.value}"`, pos);
    }
    pos++;
    comments = [];
    if (seen.has(key.value)) continue; // a duplicate key: keep the first and carry on
    seen.add(key.value);
    const unit = makeUnit(key, value, missing, attached, lines, locale, options.sourceLocale);
    valueStyles.set(unit, { quote: value.quote, missing });
    units.push(unit);
  }
  return newCatalog({ document, format: 'ios-strings', locale, sourceLocale: options.sourceLocale, units, localeOrigin });
}

/** Comments directly above a key: a blank line separates file headers from entry comments. */
function attachedComments(text: string, comments: Comment[], keyStart: number): Comment[] {
  const attached: Comment[] = [];
  let next = keyStart;
  for (let i = comments.length - 1; i >= 0; i--) {
    const comment = comments[i]!;
    if (/\n[ \t\r\v\f]*\n|\r[ \t\v\f]*\r/.test(text.slice(comment.end, next))) break;
    attached.unshift(comment);
    next = comment.start;
  }
  return attached;
}

function makeUnit(key: Token, value: Token, missing: boolean, comments: Comment[], lines: LineIndex, locale: string, sourceLocale: string): Unit {
  const flags = new Set<string>();
  const notes: Note[] = [];
  for (const comment of comments) {
    // msgcat --stringtable-output writes gettext flags and references as comments.
    const flagLine = /^Flag:\s*(.*)$/s.exec(comment.text);
    if (flagLine) {
      for (const flag of flagLine[1]!.split(',')) if (flag.trim()) flags.add(flag.trim());
    } else if (/^File:\s/.test(comment.text)) {
      notes.push({ kind: 'reference', text: comment.text.slice(5).trim() });
    } else if (comment.text !== '' && comment.text !== 'No comment provided by engineer.') {
      notes.push({ kind: 'developer', text: comment.text });
    }
  }
  const formats = new Set<string>();
  for (const flag of flags) {
    const format = FORMAT_FLAGS[flag];
    if (format) formats.add(format);
  }
  if (!flags.has('no-c-format') && !flags.has('no-objc-format')) formats.add('c');
  const span = (start: number, end: number): Span => ({ start, end, ...lines.position(start) });
  const untranslated = value.value === '' || flags.has('untranslated');
  return newUnit({
    key: key.value,
    context: undefined,
    source: '',
    sourcePlural: undefined,
    targets: [value.value],
    flags,
    notes,
    locale,
    sourceLocale,
    state: untranslated ? 'untranslated' : flags.has('fuzzy') ? 'fuzzy' : 'translated',
    formats,
    spans: {
      unit: span(comments[0]?.start ?? key.start, missing ? key.end + 1 : value.end + 1),
      key: span(key.start, key.end),
      targets: [span(value.start, value.end)],
    },
  });
}

const SIMPLE_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/** Reads a quoted string starting at `text[start]` the way CoreFoundation does. */
function readQuoted(text: string, start: number, fail: (message: string, offset: number) => never): { value: string; end: number } {
  const quote = text[start]!;
  let value = '';
  let i = start + 1;
  let chunk = i;
  while (i < text.length) {
    const char = text[i]!;
    if (char === quote) return { value: value + text.slice(chunk, i), end: i + 1 };
    if (char !== '\\') {
      i++;
      continue;
    }
    value += text.slice(chunk, i);
    const next = text[i + 1];
    if (next === undefined) break;
    if (SIMPLE_ESCAPES[next] !== undefined) {
      value += SIMPLE_ESCAPES[next];
      i += 2;
    } else if (next === 'U' || next === 'u') {
      const hex = /^[0-9a-fA-F]{1,4}/.exec(text.slice(i + 2, i + 6))?.[0];
      if (!hex) fail(`\\${next} must be followed by hex digits`, i);
      value += String.fromCharCode(parseInt(hex!, 16));
      i += 2 + hex!.length;
    } else if (next >= '0' && next <= '7') {
      const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4))![0];
      value += String.fromCharCode(parseInt(octal, 8));
      i += 1 + octal.length;
    } else {
      // Any other escaped character stands for itself (\" \' \\ and the rest).
      value += next;
      i += 2;
    }
    chunk = i;
  }
  return fail(`string is not terminated by a closing ${quote}`, start);
}

/** A quoted .strings literal for `value`. */
export function encodeStringsLiteral(value: string, quote: '"' | "'"): string {
  let out = quote;
  for (const char of value) {
    if (char === '\\') out += '\\\\';
    else if (char === quote) out += `\\${quote}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\t') out += '\\t';
    else if (char === '\r') out += '\\r';
    else if (char < ' ') out += `\\U${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    else out += char;
  }
  return out + quote;
}
