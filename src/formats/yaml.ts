import type { Document as YamlDocument, Node as YamlNode, Scalar } from 'yaml';
import { lazyRequire } from '../core/lazy.js';
import { newCatalog, type Catalog, type Document, type Edit } from '../core/catalog.js';
import { decodeDocument, detectBom } from '../core/document.js';
import { TranslintError } from '../core/errors.js';
import { languageOf, localeFromPath, normalizeLocale } from '../core/locale.js';
import { lastAtOrBefore, LineIndex } from '../core/text.js';
import type { Note, Span, Unit } from '../core/unit.js';
import type { FormatAdapter, ParseOptions } from './adapter.js';
import { chooseLocale, isPluralCategorySet, keyValueUnit, localeNearPath, localeSwappedPaths, MAX_NESTING, spanOf, type KeyValueEntry } from './json.js';

const yaml = lazyRequire<typeof import('yaml')>('yaml');

/**
 * Rails i18n YAML (`ru:` at the root, nested keys, plural hashes). Parsed by `yaml` as YAML 1.1
 * (what Ruby's Psych reads: `yes`/`no` are booleans, not messages). Nothing is ever
 * constructed from tags: custom tags are refused, aliases are not expanded but measured, so
 * alias bombs and cycles are reported instead of followed.
 */

/** More expanded nodes than this through aliases is an alias bomb, not a locale file. */
const MAX_ALIAS_EXPANSION = 100_000;

const STANDARD_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq', 'binary', 'timestamp', 'omap', 'pairs', 'set', 'merge', 'value'].map((name) => `tag:yaml.org,2002:${name}`));

const LOCALE_KEY = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;
const RUBY_INTERPOLATION = /%\{[^{}\s]+\}|%<[^<>\s]+>/;

type Fail = (message: string, offset: number) => never;

// Outside YAML's c-printable set (raw, not as escapes); libyaml refuses these too.
const NOT_YAML_PRINTABLE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]/;

function decodeYaml(bytes: Buffer, path: string): Document {
  const bom = detectBom(bytes);
  return decodeDocument(path, bytes, bom?.encoding ?? 'utf8', bom?.bom);
}

interface YamlScan {
  /** Offset where nesting passes the limit, if it does. */
  tooDeepAt: number | undefined;
  /** Continuation lines of quoted scalars and flow collections indented less than `yaml` requires (libyaml accepts them): [offset, spaces missing]. */
  underIndented: [number, number][];
}

/**
 * A rough lexical pass over the text: counts nesting (flow brackets plus block indentation
 * levels and compact `- - -` items) to refuse what would exhaust the parser's stack, and finds
 * continuation lines of quoted scalars and flow collections that start left of their opening
 * quote or bracket. Quotes and comments are skipped so ordinary text does not count.
 */
function scanYaml(text: string, limit: number): YamlScan {
  const indents: number[] = [];
  const underIndented: [number, number][] = [];
  const flowColumns: number[] = [];
  let quote = '';
  let quoteColumn = 0;
  let lineStart = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') {
      atLineStart = true;
      lineStart = i + 1;
      if (c === '\r' && text[i + 1] === '\n') lineStart = ++i + 1;
      continue;
    }
    if (atLineStart && (quote || flowColumns.length > 0)) {
      atLineStart = false;
      let column = i;
      while (text[column] === ' ') column++;
      const needed = (quote ? quoteColumn : flowColumns[0]!) + 1;
      const next = text[column];
      if (column - lineStart < needed && next !== undefined && next !== '\n' && next !== '\r') underIndented.push([lineStart, needed - (column - lineStart)]);
    }
    if (quote) {
      if (quote === '"' && c === '\\') i++;
      else if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else quote = '';
      }
      continue;
    }
    if (atLineStart && flowColumns.length === 0) {
      atLineStart = false;
      let column = i;
      while (text[column] === ' ') column++;
      const next = text[column];
      if (next === undefined || next === '\n' || next === '\r' || next === '#') {
        i = column - 1;
        continue;
      }
      // Each compact sequence indicator nests one level more, at its own column.
      for (;;) {
        const indent = column - lineStart;
        while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
        if (indents.length > limit) return { tooDeepAt: column, underIndented };
        if (text[column] !== '-' || (text[column + 1] !== ' ' && text[column + 1] !== undefined)) break;
        column += 1;
        while (text[column] === ' ') column++;
      }
      i = column - 1;
      continue;
    }
    atLineStart = false;
    const previous = i > lineStart ? text[i - 1]! : ' ';
    const tokenStart = previous === ' ' || previous === '\t' || previous === ':' || previous === ',' || previous === '[' || previous === '{' || previous === '-';
    if (c === '#' && (previous === ' ' || previous === '\t' || i === lineStart)) {
      while (i + 1 < text.length && text[i + 1] !== '\n' && text[i + 1] !== '\r') i++;
    } else if ((c === '"' || c === "'") && tokenStart) {
      quote = c;
      quoteColumn = i - lineStart;
    } else if ((c === '[' || c === '{') && tokenStart) {
      flowColumns.push(i - lineStart);
      if (indents.length + flowColumns.length > limit) return { tooDeepAt: i, underIndented };
    } else if ((c === ']' || c === '}') && flowColumns.length > 0) flowColumns.pop();
  }
  return { tooDeepAt: undefined, underIndented };
}

function firstLine(message: string): string {
  return (message.split('\n', 1)[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
}

/** The parsed document and how to map its node offsets back to the file's text. */
interface ParsedYaml {
  doc: YamlDocument.Parsed;
  offsetInFile: (offset: number) => number;
}

function parseWithYaml(text: string, fail: Fail): YamlDocument.Parsed {
  try {
    return yaml().parseDocument(text, { version: '1.1', prettyErrors: false, uniqueKeys: false, keepSourceTokens: false });
  } catch (error) {
    return fail(`cannot parse YAML: ${firstLine((error as Error).message)}`, 0);
  }
}

/**
 * Parses like Ruby's Psych (libyaml) reads locale files: where `yaml` rejects a quoted scalar
 * or flow collection whose continuation lines are not indented enough (libyaml accepts them),
 * it parses a copy with those lines indented (which changes no value) and maps offsets back.
 */
function parseYamlDocument(file: string, fail: Fail): ParsedYaml {
  const control = NOT_YAML_PRINTABLE.exec(file);
  if (control) fail(`control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} is not allowed in YAML (write it as an escape in a double-quoted string)`, control.index);
  // A lone CR is a line break in YAML (and to libyaml) but not to \`yaml\`; same length, same offsets.
  const text = file.replace(/\r(?!\n)/g, '\n');
  const scan = scanYaml(text, MAX_NESTING);
  if (scan.tooDeepAt !== undefined) fail(`nested more than ${MAX_NESTING} levels deep`, scan.tooDeepAt);
  let doc = parseWithYaml(text, fail);
  let offsetInFile = (offset: number): number => offset;
  if (doc.errors.length > 0 && scan.underIndented.length > 0) {
    let padded = '';
    let cursor = 0;
    const shifts: { at: number; inserted: number; total: number }[] = [];
    let total = 0;
    for (const [offset, spaces] of scan.underIndented) {
      padded += text.slice(cursor, offset) + ' '.repeat(spaces);
      cursor = offset;
      shifts.push({ at: offset + total, inserted: spaces, total: (total += spaces) });
    }
    padded += text.slice(cursor);
    const retry = parseWithYaml(padded, fail);
    if (retry.errors.length === 0) {
      doc = retry;
      offsetInFile = (offset) => {
        const found = lastAtOrBefore(shifts.length, (index) => shifts[index]!.at <= offset);
        if (found < 0) return offset;
        const shift = shifts[found]!;
        return offset < shift.at + shift.inserted ? shift.at - (shift.total - shift.inserted) : offset - shift.total;
      };
    }
  }
  const error = doc.errors[0];
  if (error) {
    const at = error.pos[0];
    if (error.code === 'MULTIPLE_DOCS') fail('the file holds more than one YAML document (---); a locale file has one', at);
    if (/call stack/i.test(error.message)) fail('nested too deeply to parse', at);
    fail(`invalid YAML: ${firstLine(error.message)}`, at);
  }
  return { doc, offsetInFile };
}

/**
 * Refuses custom tags and measures what aliases would expand to. Walks in document order, so
 * an alias meets its anchor already measured, or among its own ancestors (a cycle).
 */
function validateTree({ doc, offsetInFile }: ParsedYaml, fail: Fail): void {
  const at = (node: YamlNode): number => offsetInFile(node.range?.[0] ?? 0);
  const sizes = new Map<YamlNode, number>();
  const open = new Set<YamlNode>();
  let ownNodes = 0;
  const measure = (node: YamlNode | null | undefined): number => {
    if (!node) return 0;
    if (yaml().isAlias(node)) {
      const target = node.resolve(doc);
      if (!target) return fail(`alias *${node.source} refers to no anchor`, at(node));
      if (open.has(target)) return fail(`alias *${node.source} refers to a node that contains it`, at(node));
      return sizes.get(target) ?? measure(target);
    }
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (node.tag && node.tag !== '!' && !STANDARD_TAGS.has(node.tag)) {
      fail(`custom tag ${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')} is not allowed in a translation file; translint never constructs tagged objects`, at(node));
    }
    ownNodes++;
    open.add(node);
    let total = 1;
    if (yaml().isMap(node)) {
      // yaml's own uniqueKeys check compares every pair with every other: too slow for big files.
      const keys = new Set<string>();
      for (const pair of node.items) {
        if (yaml().isScalar(pair.key) && typeof pair.key.value !== 'symbol') {
          const name = keyText(pair.key);
          if (keys.has(name)) fail(`duplicate key "${name.length > 60 ? `${name.slice(0, 60)}…` : name}" in one mapping; each key may appear once`, at(pair.key));
          keys.add(name);
        }
        total += measure(pair.key as YamlNode | null) + measure(pair.value as YamlNode | null);
      }
    } else if (yaml().isSeq(node)) {
      for (const item of node.items) total += measure(item as YamlNode | null);
    }
    open.delete(node);
    sizes.set(node, total);
    if (total > MAX_ALIAS_EXPANSION + 2 * ownNodes) fail(`aliases expand to more than ${MAX_ALIAS_EXPANSION} nodes (an alias bomb?); translint does not expand them`, at(node));
    return total;
  };
  measure(doc.contents as YamlNode | null);
}

/** The text of a scalar key as written: `no:` is the key "no", not YAML 1.1's false. */
function keyText(node: Scalar): string {
  return typeof node.value === 'string' ? node.value : node.source ?? String(node.value);
}

/** Where a scalar's value is written; a block scalar ends at its last content line, not its line break. */
function scalarSpan(walk: YamlWalk, node: Scalar): Span {
  const text = walk.text;
  const start = walk.at(node.range![0]);
  let end = walk.at(node.range![1]);
  if (node.type === yaml().Scalar.BLOCK_LITERAL || node.type === yaml().Scalar.BLOCK_FOLDED) {
    for (;;) {
      if (text[end - 1] === '\n') end -= text[end - 2] === '\r' ? 2 : 1;
      else if (text[end - 1] === '\r') end--;
      else break;
      let lineBegin = end;
      while (lineBegin > start && (text[lineBegin - 1] === ' ' || text[lineBegin - 1] === '\t')) lineBegin--;
      if (lineBegin > start && (text[lineBegin - 1] === '\n' || text[lineBegin - 1] === '\r')) end = lineBegin;
      else break;
    }
  }
  return spanOf(walk.lines, start, end);
}

/** Comment lines directly above the line at `offset` (no blank line between). */
function commentsAbove(text: string, offset: number): Note[] {
  let lineStart = offset;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  const comments: string[] = [];
  let cursor = lineStart;
  while (cursor > 0) {
    let end = cursor - 1;
    if (text[end] === '\n' && text[end - 1] === '\r') end--;
    let begin = end;
    while (begin > 0 && text[begin - 1] !== '\n' && text[begin - 1] !== '\r') begin--;
    const line = text.slice(begin, end).trim();
    if (!line.startsWith('#')) break;
    comments.unshift(line.replace(/^#+ ?/, ''));
    cursor = begin;
  }
  return comments.length > 0 ? [{ kind: 'developer', text: comments.join('\n') }] : [];
}

interface YamlWalk {
  text: string;
  lines: LineIndex;
  /** Maps a node offset to the file's text. */
  at: (offset: number) => number;
  entries: KeyValueEntry[];
}

const formatsOf = (values: string[]): Set<string> => new Set(values.some((value) => RUBY_INTERPOLATION.test(value)) ? ['ruby'] : []);

/** Scalars that hold messages: strings, and null (an empty `key:`, untranslated). Numbers and booleans are not. */
function messageScalar(node: unknown): node is Scalar {
  return yaml().isScalar(node) && (typeof node.value === 'string' || node.value === null) && node.range !== undefined;
}

/** Adds the key's span, the comments above it, and widens the unit span to start at the key. */
function withKey(walk: YamlWalk, entry: KeyValueEntry, keyNode: Scalar | undefined): void {
  if (!keyNode?.range) return;
  const start = walk.at(keyNode.range[0]);
  entry.keySpan = spanOf(walk.lines, start, walk.at(keyNode.range[1]));
  entry.unitSpan = spanOf(walk.lines, start, entry.unitSpan.end);
  entry.notes = commentsAbove(walk.text, start);
}

function walkValue(walk: YamlWalk, key: string, node: unknown, keyNode: Scalar | undefined): void {
  if (messageScalar(node)) {
    const value = node.value === null ? '' : String(node.value);
    const span = scalarSpan(walk, node);
    const entry: KeyValueEntry = { key, targets: [value], targetSpans: [span], unitSpan: span, formats: formatsOf([value]) };
    withKey(walk, entry, keyNode);
    walk.entries.push(entry);
  } else if (yaml().isSeq(node)) {
    node.items.forEach((item, index) => walkValue(walk, `${key}[${index}]`, item, undefined));
  } else if (yaml().isMap(node)) {
    const pairs = node.items.filter((pair) => yaml().isScalar(pair.key) && typeof (pair.key as Scalar).value !== 'symbol');
    const categories = pairs.map((pair) => keyText(pair.key as Scalar));
    if (key && pairs.length === node.items.length && isPluralCategorySet(categories) && pairs.every((pair) => messageScalar(pair.value))) {
      const values = pairs.map((pair) => ((pair.value as Scalar).value === null ? '' : String((pair.value as Scalar).value)));
      const spans = pairs.map((pair) => scalarSpan(walk, pair.value as Scalar));
      const firstKey = pairs[0]!.key as Scalar;
      const entry: KeyValueEntry = {
        key,
        targets: values,
        targetSpans: spans,
        pluralCategories: categories,
        unitSpan: spanOf(walk.lines, walk.at(firstKey.range![0]), Math.max(...spans.map((s) => s.end))),
        formats: formatsOf(values),
      };
      withKey(walk, entry, keyNode);
      walk.entries.push(entry);
      return;
    }
    // Merge keys (`<<: *defaults`) and aliases repeat text that is checked where it is written.
    for (const pair of pairs) walkValue(walk, key ? `${key}.${keyText(pair.key as Scalar)}` : keyText(pair.key as Scalar), pair.value, pair.key as Scalar);
  }
}

export function parseYaml(bytes: Buffer, options: ParseOptions): Catalog {
  const document = decodeYaml(bytes, options.path);
  const text = document.text;
  const lines = new LineIndex(text);
  const fail: Fail = (message, offset) => {
    throw new TranslintError(message, { file: options.path, ...lines.position(offset) });
  };
  const parsed = parseYamlDocument(text, fail);
  validateTree(parsed, fail);
  const root = parsed.doc.contents;
  let start: unknown = root;
  let rootLocale: string | undefined;
  if (root !== null && !yaml().isMap(root)) fail('expected a mapping of keys to messages at the top level (such as "de:")', parsed.offsetInFile((root as YamlNode).range?.[0] ?? 0));
  if (yaml().isMap(root) && root.items.length === 1) {
    const [pair] = root.items;
    const name = yaml().isScalar(pair!.key) ? keyText(pair!.key) : '';
    const locale = LOCALE_KEY.test(name) ? normalizeLocale(name) : undefined;
    const hint = options.locale ?? localeFromPath(options.path);
    if (locale && (yaml().isMap(pair!.value) || pair!.value === null || (yaml().isScalar(pair!.value) && pair!.value.value === null)) && (!hint || languageOf(hint) === languageOf(locale))) {
      rootLocale = locale;
      start = pair!.value;
    }
  }
  const walk: YamlWalk = { text, lines, at: parsed.offsetInFile, entries: [] };
  if (yaml().isMap(start)) walkValue(walk, '', start, undefined);
  const { locale, origin } = chooseLocale(options, rootLocale);
  const units: Unit[] = walk.entries.map((entry) => keyValueUnit(entry, locale, options.sourceLocale));
  return newCatalog({ document, format: 'yaml', locale, sourceLocale: options.sourceLocale, units, localeOrigin: origin });
}

// ---------------------------------------------------------------- writing scalars

const NOT_PRINTABLE = /[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const YAML11_NON_STRING = /^(?:[yYnN]|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|[-+]?\.?\d.*|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN))$/;

/** Conservative: a plain scalar that reads back as the same string in block or flow context, YAML 1.1 or 1.2. */
function canBePlain(value: string): boolean {
  if (value === '' || value !== value.trim() || NOT_PRINTABLE.test(value) || value.includes('\t')) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`=<]/.test(value) || /[,[\]{}]|: |:$| #/.test(value)) return false;
  return !YAML11_NON_STRING.test(value);
}

function doubleQuoted(value: string, escapeNonAscii: boolean): string {
  let out = '"';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (char === '"') out += '\\"';
    else if (char === '\\') out += '\\\\';
    else if (char === '\n') out += '\\n';
    else if (char === '\t') out += '\\t';
    else if (char === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code === 0x85) out += '\\N';
    else if (code === 0x2028) out += '\\L';
    else if (code === 0x2029) out += '\\P';
    else if (code === 0xfeff || (code >= 0xd800 && code <= 0xdfff) || (escapeNonAscii && code > 0x7e && code <= 0xffff)) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else if (escapeNonAscii && code > 0xffff) out += `\\U${code.toString(16).padStart(8, '0')}`;
    else out += char;
  }
  return `${out}"`;
}

/**
 * Re-encodes a literal block (`|`, `|-`) in place when the value fits one: printable, at most
 * one trailing line break, first line not indented. Keep-chomping blocks (`|+`) and anything
 * else become double-quoted scalars.
 */
function literalBlock(value: string, original: string, text: string, start: number, eol: string): string | undefined {
  if (/^\|[1-9]?\+/.test(original) || /^\|\+/.test(original)) return undefined;
  if (NOT_PRINTABLE.test(value.replace(/\n/g, '')) || value.includes('\r')) return undefined;
  const trailing = value.endsWith('\n') ? 1 : 0;
  const body = trailing ? value.slice(0, -1) : value;
  if (body.endsWith('\n') || body.trim() === '') return undefined;
  const bodyLines = body.split('\n');
  const firstContent = bodyLines.find((line) => line !== '')!;
  if (/^[ \t]/.test(firstContent)) return undefined;
  let indent = original.split(/\r\n|\r|\n/).slice(1).find((line) => line.trim() !== '')?.match(/^ */)?.[0];
  if (!indent) {
    let lineStart = start;
    while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
    indent = `${/^ */.exec(text.slice(lineStart, start))![0]}  `;
  }
  return `|${trailing ? '' : '-'}${bodyLines.map((line) => eol + (line === '' ? '' : indent + line)).join('')}`;
}

function editYamlTarget(catalog: Catalog, unit: Unit, form: number, value: string): Edit | undefined {
  const span = unit.spans.targets[form];
  if (!span) return undefined;
  const text = catalog.document.text;
  const original = text.slice(span.start, span.end);
  const escapeNonAscii = /\\[uU][0-9a-fA-F]{4}/.test(original) && !/[^\x00-\x7f]/.test(original);
  let encoded: string;
  switch (original[0]) {
    case '"':
      encoded = doubleQuoted(value, escapeNonAscii);
      break;
    case "'":
      encoded = NOT_PRINTABLE.test(value) ? doubleQuoted(value, false) : `'${value.replace(/'/g, "''")}'`;
      break;
    case '|':
      encoded = literalBlock(value, original, text, span.start, /\r\n/.test(text) ? '\r\n' : '\n') ?? doubleQuoted(value, false);
      break;
    default:
      encoded = canBePlain(value) ? value : doubleQuoted(value, false);
  }
  // An empty `key:` has its (null) value right after the colon.
  if (span.start === span.end && /[^\s]/.test(text[span.start - 1] ?? ' ')) encoded = ` ${encoded}`;
  return { start: span.start, end: span.end, text: encoded };
}

// ---------------------------------------------------------------- adapter

const ROOT_LOCALE_LINE = /^(['"]?)([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)\1[ \t]*:(?:[ \t]|$)/;

/** A locale file: the path names a locale, or the only top-level key is one (`de:`). */
function sniffYaml(head: string, path: string): boolean {
  if (localeNearPath(path)) return true;
  // A UTF-16 head read as UTF-8 shows its ASCII between NUL bytes.
  const lines = head.replace(/^(?:\uFEFF|\uFFFD\uFFFD)/, '').replace(/\u0000/g, '').split(/\r\n|\r|\n/);
  const content = lines.filter((line) => line.trim() !== '' && !/^\s*#/.test(line) && !/^(?:%|---\s*$|\.\.\.\s*$)/.test(line));
  const first = ROOT_LOCALE_LINE.exec(content[0] ?? '');
  if (!first || !normalizeLocale(first[2]!)) return false;
  // Another top-level key would make the first one an ordinary key (`on:` in a CI workflow).
  return !content.slice(1).some((line) => /^[^\s#-]/.test(line));
}

export const yamlAdapter: FormatAdapter = {
  id: 'yaml',
  name: 'Rails i18n YAML',
  extensions: ['.yml', '.yaml'],
  sniff: sniffYaml,
  parse: parseYaml,
  editTarget: editYamlTarget,
  monolingual: { sourceCandidates: (path, locale, sourceLocale) => localeSwappedPaths(path, locale, sourceLocale) },
};
