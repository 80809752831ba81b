import { newCatalog, type Catalog, type Document, type Edit, type Header, type PluralRule } from '../core/catalog.js';
import { decodeDocument, detectBom, knownEncoding } from '../core/document.js';
import { TranslintError } from '../core/errors.js';
import { localeFromPath, normalizeLocale } from '../core/locale.js';
import { LineIndex } from '../core/text.js';
import { newUnit, type Note, type NoteKind, type Span, type Unit } from '../core/unit.js';
import { escapeCString, LiteralError, readCString } from '../syntax/c-string.js';
import { parsePluralFormsHeader, PluralExpressionError } from '../syntax/plural-expression.js';
import type { FormatAdapter, ParseOptions } from './adapter.js';

/** gettext PO/POT: parsed line by line, every literal's span kept for splicing. */

type Keyword = 'msgctxt' | 'msgid' | 'msgid_plural' | 'msgstr';

interface Field {
  keyword: Keyword;
  /** Plural index for `msgstr[N]`. */
  index: number | undefined;
  value: string;
  /** From the opening quote of the first literal to the closing quote of the last. */
  start: number;
  end: number;
  /** Whether the value began with `""` followed by continuation lines (msgcat's wrapped style). */
  multiline: boolean;
}

interface RawEntry {
  start: number;
  end: number;
  obsolete: boolean;
  notes: Note[];
  flags: string[];
  fields: Field[];
}

/** gettext flag -> placeholder syntax name used by checks. */
export const FORMAT_FLAGS: Record<string, string> = {
  'c-format': 'c', 'objc-format': 'c', 'php-format': 'c', 'perl-format': 'c', 'lua-format': 'c',
  'javascript-format': 'c', 'awk-format': 'c', 'gcc-internal-format': 'c', 'gfc-internal-format': 'c',
  'object-pascal-format': 'c', 'java-printf-format': 'c', 'c++-format': 'c',
  'python-format': 'python', 'python-brace-format': 'python-brace', 'perl-brace-format': 'perl-brace',
  'qt-format': 'qt', 'qt-plural-format': 'qt-plural', 'kde-format': 'qt', 'java-format': 'java',
  'csharp-format': 'csharp', 'ruby-format': 'ruby', 'scheme-format': 'scheme', 'lisp-format': 'scheme',
  'sh-format': 'sh', 'boost-format': 'boost', 'icu-message-format': 'icu', 'icu-format': 'icu', 'i18next-format': 'i18next',
};

const KEYWORD_LINE = /^(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?(?=[\s"]|$)/;

export const poAdapter: FormatAdapter = {
  id: 'po',
  name: 'gettext PO/POT',
  extensions: ['.po', '.pot'],
  parse: parsePo,
  editTarget(catalog, unit, form, value) {
    const span = unit.spans.targets[form];
    if (!span) return undefined;
    return { start: span.start, end: span.end, text: encodePoLiteral(catalog.document.text, span, value, unit.state === 'obsolete') };
  },
};

export function parsePo(bytes: Buffer, options: ParseOptions): Catalog {
  const document = decodePo(bytes, options.path);
  const lines = new LineIndex(document.text);
  const entries = readEntries(document, lines);

  let header: Header | undefined;
  const headerEntries = entries.filter((entry) => !entry.obsolete && fieldValue(entry, 'msgid') === '' && !entry.fields.some((f) => f.keyword === 'msgctxt'));
  const headerEntry = headerEntries[0];
  if (headerEntry) {
    const text = fieldValue(headerEntry, 'msgstr') ?? '';
    const headerLines: Header['lines'] = [];
    const strayLines: string[] = [];
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      const colon = line.indexOf(':');
      if (colon > 0 && /^[\w-]+$/.test(line.slice(0, colon).trim())) headerLines.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
      else strayLines.push(line);
    }
    header = {
      fields: parseHeaderFields(text),
      lines: headerLines,
      strayLines,
      flags: new Set(headerEntry.flags),
      comments: headerEntry.notes.filter((note) => note.kind === 'translator').map((note) => note.text),
      position: entries.indexOf(headerEntry),
      duplicates: headerEntries.slice(1).map((entry) => spanOf(entry.start, entry.end, lines)),
      span: spanOf(headerEntry.start, headerEntry.end, lines),
    };
  }

  let locale = options.locale;
  let localeOrigin: Catalog['localeOrigin'] = 'option';
  if (!locale) {
    const declared = header?.fields.get('language');
    const fromHeader = declared ? normalizeLocale(declared) : undefined;
    const fromPath = localeFromPath(options.path);
    if (fromHeader) {
      locale = fromHeader;
      localeOrigin = 'header';
    } else if (fromPath) {
      locale = fromPath;
      localeOrigin = 'path';
    } else {
      locale = 'und';
      localeOrigin = 'default';
    }
  }

  const plural = header ? pluralRuleFrom(header.fields.get('plural-forms')) : {};
  const units: Unit[] = [];
  const flagSets = new FlagSets();
  for (const entry of entries) {
    if (headerEntries.includes(entry)) continue;
    units.push(toUnit(entry, lines, flagSets, locale, options.sourceLocale));
  }
  return newCatalog({ document, format: 'po', locale, sourceLocale: options.sourceLocale, units, localeOrigin, header, pluralRule: plural.rule, pluralFormsProblem: plural.problem });
}

/** PO files name their charset in the header; read it from the raw bytes before decoding. */
function decodePo(bytes: Buffer, path: string): Document {
  const bom = detectBom(bytes);
  if (bom && bom.encoding !== 'utf8') {
    throw new TranslintError(`PO files must use an ASCII-compatible encoding, found a ${bom.encoding === 'utf16le' ? 'UTF-16LE' : 'UTF-16BE'} byte order mark`, { file: path, line: 1 });
  }
  const head = bytes.subarray(0, 65536).toString('latin1');
  const declared = /charset=([A-Za-z0-9_.:-]+)/.exec(head)?.[1];
  let encoding = 'utf8';
  if (declared && declared.toUpperCase() !== 'CHARSET') {
    const known = knownEncoding(declared);
    if (!known) {
      const line = head.slice(0, head.indexOf('charset=')).split('\n').length;
      throw new TranslintError(`unknown charset "${declared}" in the Content-Type header`, { file: path, line });
    }
    encoding = known;
  }
  if (bom && encoding !== 'utf8') encoding = 'utf8';
  return decodeDocument(path, bytes, encoding, bom?.bom);
}

function readEntries(document: Document, lines: LineIndex): RawEntry[] {
  const text = document.text;
  const entries: RawEntry[] = [];
  let entry: RawEntry | undefined;
  let lastField: Field | undefined;

  const fail = (message: string, offset: number): never => {
    const { line, column } = lines.position(offset);
    throw new TranslintError(message, { file: document.path, line, column });
  };
  const finish = (): void => {
    if (entry && entry.fields.length > 0) {
      validateEntry(entry, fail);
      entries.push(entry);
      entry = undefined;
    }
    lastField = undefined;
  };
  const current = (offset: number, obsolete: boolean): RawEntry => {
    entry ??= { start: offset, end: offset, obsolete, notes: [], flags: [], fields: [] };
    return entry;
  };

  // Line by line as the LineIndex found them (LF, CRLF or CR), not by scanning the text again.
  for (let line = 0; line < lines.lineCount(); line++) {
    const offset = lines.lineStart(line);
    if (offset === text.length) break; // the empty line after a final line break
    const lineEnd = lines.lineEnd(line);
    let content = offset;
    while (content < lineEnd && (text[content] === ' ' || text[content] === '\t')) content++;

    if (content === lineEnd) {
      // A blank line ends an entry that already has its fields.
      if (entry && entry.fields.length > 0) finish();
    } else if (text[content] === '#') {
      const marker = text[content + 1];
      if (marker === '~') {
        let body = content + 2;
        if (text[body] === '|') {
          if (entry && entry.fields.length > 0) finish();
          current(offset, true).notes.push({ kind: 'previous', text: text.slice(body + 1, lineEnd).trim() });
        } else {
          while (body < lineEnd && (text[body] === ' ' || text[body] === '\t')) body++;
          lastField = readKeywordOrContinuation(text, body, lineEnd, offset, true);
        }
      } else {
        if (entry && entry.fields.length > 0) finish();
        const e = current(offset, false);
        const kind = commentKind(marker);
        const body = text.slice(content + (kind === 'translator' ? 1 : 2), lineEnd);
        if (kind === 'flag') {
          for (const flag of body.split(',')) if (flag.trim()) e.flags.push(flag.trim());
        } else {
          e.notes.push({ kind, text: kind === 'translator' ? body.replace(/^ /, '') : body.trim() });
        }
      }
    } else {
      lastField = readKeywordOrContinuation(text, content, lineEnd, offset, false);
    }
    if (entry) entry.end = Math.max(entry.end, lineEnd);
  }
  finish();
  return entries;

  function readKeywordOrContinuation(text: string, at: number, lineEnd: number, lineStart: number, obsolete: boolean): Field | undefined {
    if (text[at] === '"') {
      if (!lastField) return fail('string continuation without a keyword before it', at);
      const literal = readLiteral(at, lineEnd);
      lastField.value += literal.value;
      lastField.end = literal.end;
      if (entry) entry.end = literal.end;
      return lastField;
    }
    const match = KEYWORD_LINE.exec(text.slice(at, Math.min(lineEnd, at + 20)));
    if (!match) {
      const word = /^\S{1,30}/.exec(text.slice(at, lineEnd))?.[0] ?? '';
      return fail(`unexpected "${word}"; expected msgctxt, msgid, msgid_plural, msgstr or a comment`, at);
    }
    const keyword = match[1] as Keyword;
    if ((keyword === 'msgctxt' || keyword === 'msgid') && entry) {
      const hasId = entry.fields.some((f) => f.keyword === 'msgid');
      const hasContextOnly = keyword === 'msgid' && !hasId && entry.fields.every((f) => f.keyword === 'msgctxt');
      if (entry.fields.length > 0 && !hasContextOnly) finish();
    }
    const e = current(lineStart, obsolete);
    if (obsolete && !e.obsolete && e.fields.length === 0) e.obsolete = true;
    let quote = at + match[0].length;
    while (quote < lineEnd && (text[quote] === ' ' || text[quote] === '\t')) quote++;
    if (text[quote] !== '"') return fail(`${match[0]} must be followed by a quoted string`, quote);
    const literal = readLiteral(quote, lineEnd);
    const field: Field = {
      keyword,
      index: match[2] === undefined ? undefined : Number(match[2]),
      value: literal.value,
      start: quote,
      end: literal.end,
      multiline: literal.value === '',
    };
    if (match[2] !== undefined && keyword !== 'msgstr') return fail(`${keyword} cannot have an index`, at);
    e.fields.push(field);
    e.end = literal.end;
    return field;
  }

  function readLiteral(quote: number, lineEnd: number): { value: string; end: number } {
    try {
      const literal = readCString(text, quote, lineEnd);
      let rest = literal.end;
      while (rest < lineEnd && (text[rest] === ' ' || text[rest] === '\t')) rest++;
      if (rest < lineEnd) fail(`unexpected text after the closing quote`, rest);
      return literal;
    } catch (error) {
      if (error instanceof LiteralError) return fail(error.message, error.index);
      throw error;
    }
  }
}

function validateEntry(entry: RawEntry, fail: (message: string, offset: number) => never): void {
  const count = (keyword: Keyword): number => entry.fields.filter((f) => f.keyword === keyword).length;
  const first = entry.fields[0]!;
  if (count('msgid') === 0) fail('entry has no msgid', first.start);
  for (const keyword of ['msgctxt', 'msgid', 'msgid_plural'] as const) {
    if (count(keyword) > 1) fail(`duplicate ${keyword} in one entry`, entry.fields.filter((f) => f.keyword === keyword)[1]!.start);
  }
  const strings = entry.fields.filter((f) => f.keyword === 'msgstr');
  const plural = count('msgid_plural') === 1;
  if (strings.length === 0) fail('entry has no msgstr', entry.fields[entry.fields.length - 1]!.start);
  if (plural) {
    strings.forEach((field, position) => {
      if (field.index === undefined) fail('plural entry needs msgstr[N], found plain msgstr', field.start);
      if (field.index !== position) fail(`msgstr[${field.index}] where msgstr[${position}] was expected; plural forms must be numbered 0, 1, 2, ...`, field.start);
    });
  } else {
    if (strings.length > 1 || strings[0]!.index !== undefined) {
      fail('msgstr[N] needs msgid_plural; a singular entry has exactly one plain msgstr', strings[0]!.start);
    }
  }
}

function commentKind(marker: string | undefined): NoteKind {
  switch (marker) {
    case '.': return 'extracted';
    case ':': return 'reference';
    case ',': return 'flag';
    case '|': return 'previous';
    default: return 'translator';
  }
}

function fieldValue(entry: RawEntry, keyword: Keyword): string | undefined {
  return entry.fields.find((f) => f.keyword === keyword)?.value;
}

function spanOf(start: number, end: number, lines: LineIndex): Span {
  const { line, column } = lines.position(start);
  return { start, end, line, column };
}

/**
 * A catalog's flag sets, one per distinct flag line: most entries repeat a few lines
 * ("c-format", none), and units never change their flags. Two sets less per unit is less for
 * V8 to copy and promote while a file is parsed and checked.
 */
class FlagSets {
  private readonly byLine = new Map<string, { flags: Set<string>; formats: Set<string> }>();

  of(flagList: readonly string[]): { flags: Set<string>; formats: Set<string> } {
    const line = flagList.join(',');
    let sets = this.byLine.get(line);
    if (sets === undefined) {
      const flags = new Set(flagList);
      const formats = new Set<string>();
      for (const flag of flags) {
        const format = FORMAT_FLAGS[flag];
        if (format) formats.add(format);
      }
      this.byLine.set(line, (sets = { flags, formats }));
    }
    return sets;
  }
}

function toUnit(entry: RawEntry, lines: LineIndex, flagSets: FlagSets, locale: string, sourceLocale: string): Unit {
  const field = (keyword: Keyword) => entry.fields.find((f) => f.keyword === keyword);
  const context = field('msgctxt');
  const id = field('msgid')!;
  const plural = field('msgid_plural');
  const strings = entry.fields.filter((f) => f.keyword === 'msgstr');
  const { flags, formats } = flagSets.of(entry.flags);
  const targets = strings.map((f) => f.value);
  const translated = targets.some((t) => t !== '');
  // The msgid is both the key and the source.
  const idSpan = spanOf(id.start, id.end, lines);
  return newUnit({
    key: id.value,
    context: context?.value,
    source: id.value,
    sourcePlural: plural?.value,
    targets,
    flags,
    notes: entry.notes,
    locale,
    sourceLocale,
    state: entry.obsolete ? 'obsolete' : !translated ? 'untranslated' : flags.has('fuzzy') ? 'fuzzy' : 'translated',
    formats,
    spans: {
      unit: spanOf(entry.start, entry.end, lines),
      key: idSpan,
      source: idSpan,
      context: context && spanOf(context.start, context.end, lines),
      sourcePlural: plural && spanOf(plural.start, plural.end, lines),
      targets: strings.map((f) => spanOf(f.start, f.end, lines)),
    },
  });
}

/** Header fields keyed by lower-case name; later duplicates do not override the first. */
export function parseHeaderFields(value: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of value.split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!fields.has(name)) fields.set(name, line.slice(colon + 1).trim());
  }
  return fields;
}

/**
 * The header's plural rule. A broken one is not a file error (gettext falls back to n != 1 and
 * real catalogs ship such headers): it becomes a plural/header finding. The expression is parsed
 * by our own parser, never evaluated as code.
 */
function pluralRuleFrom(value: string | undefined): { rule?: PluralRule; problem?: Catalog['pluralFormsProblem'] } {
  if (value === undefined) return {};
  try {
    const { count, expression, trailing } = parsePluralFormsHeader(value);
    const rule: PluralRule = { count, text: value, formFor: (n) => expression.evaluate(n) };
    return trailing ? { rule, problem: { severity: 'warning', message: `Plural-Forms has junk after the expression: "${trailing.slice(0, 40)}"` } } : { rule };
  } catch (error) {
    if (!(error instanceof PluralExpressionError)) throw error;
    return { problem: { severity: 'error', message: `invalid Plural-Forms header "${value.slice(0, 60)}": ${error.message}; gettext falls back to English plurals` } };
  }
}

/** Encodes `value` as the PO literal(s) that replace `span`, keeping the original layout style. */
function encodePoLiteral(text: string, span: Span, value: string, obsolete: boolean): string {
  const original = text.slice(span.start, span.end);
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const wrapped = /^""\s*(\r\n|\n|\r)/.test(original);
  if (!wrapped) return `"${escapeCString(value)}"`;
  const prefix = obsolete ? '#~ ' : '';
  const pieces = value.split(/(?<=\n)/).filter((piece) => piece !== '');
  return ['""', ...pieces.map((piece) => `${prefix}"${escapeCString(piece)}"`)].join(eol);
}

export type { Edit };
