import { basename, dirname, extname, join, sep } from 'node:path';
import type { Node as JsonNode, ParseError } from 'jsonc-parser';
import { lazyRequire } from '../core/lazy.js';
import { newCatalog, type Catalog, type Document, type Edit } from '../core/catalog.js';
import { decodeDocument, detectBom } from '../core/document.js';
import { TranslintError } from '../core/errors.js';
import { languageOf, localeFromPath, normalizeLocale } from '../core/locale.js';
import { LineIndex } from '../core/text.js';
import { newUnit, type Note, type Span, type Unit } from '../core/unit.js';
import type { FormatAdapter, ParseOptions } from './adapter.js';

const jsonc = lazyRequire<typeof import('jsonc-parser')>('jsonc-parser');

/**
 * JSON localization files: Flutter ARB, Chrome extension messages.json, i18next and generic
 * key/value JSON. All share one reader (jsonc-parser's tree, which keeps every node's offset)
 * and one string encoder; they differ in which members are messages and how keys are named.
 * Also home of the key-value helpers the YAML and .properties adapters share.
 */

/** Deeper nesting than this is refused before parsing (the parser recurses per level). */
export const MAX_NESTING = 1000;

/** CLDR plural category names in CLDR order. */
export const PLURAL_CATEGORIES: readonly string[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

// ---------------------------------------------------------------- key-value helpers

export function spanOf(lines: LineIndex, start: number, end: number): Span {
  const { line, column } = lines.position(start);
  return { start, end, line, column };
}

/** The locale of a one-language file: the option, else what the file says, else its path. */
export function chooseLocale(options: ParseOptions, fromFile: string | undefined): { locale: string; origin: Catalog['localeOrigin'] } {
  if (options.locale) return { locale: options.locale, origin: 'option' };
  if (fromFile) return { locale: fromFile, origin: 'file' };
  const fromPath = localeFromPath(options.path);
  if (fromPath) return { locale: fromPath, origin: 'path' };
  return { locale: 'und', origin: 'default' };
}

/** One message of a key-value file, before it becomes a Unit. */
export interface KeyValueEntry {
  key: string;
  targets: string[];
  targetSpans: Span[];
  keySpan?: Span;
  unitSpan: Span;
  pluralCategories?: string[];
  notes?: Note[];
  formats?: Set<string>;
}

/** A unit of a one-language file: the file's values are targets, the source comes from pairing. */
export function keyValueUnit(entry: KeyValueEntry, locale: string, sourceLocale: string): Unit {
  const unit: Unit = newUnit({
    key: entry.key,
    context: undefined,
    source: '',
    sourcePlural: undefined,
    targets: entry.targets,
    flags: new Set(),
    notes: entry.notes ?? [],
    locale,
    sourceLocale,
    state: entry.targets.every((target) => target === '') ? 'untranslated' : 'translated',
    formats: entry.formats ?? new Set(),
    spans: { unit: entry.unitSpan, targets: entry.targetSpans },
  });
  if (entry.pluralCategories) unit.pluralCategories = entry.pluralCategories;
  if (entry.keySpan) unit.spans.key = entry.keySpan;
  return unit;
}

/** Whether `key` is a CLDR category set that forms a plural (Rails, y18n): all categories, `other` among them. */
export function isPluralCategorySet(keys: readonly string[]): boolean {
  return keys.length > 0 && keys.includes('other') && keys.every((key) => PLURAL_CATEGORIES.includes(key));
}

// Locale spellings in names: `ru`, `pt_BR`, `pt-br`, `zh-Hant-TW`, `sr@latin` (not `fr_book`).
const LOCALE_TOKEN = /^[a-z]{2,3}(?:[-_](?:[A-Za-z]{2}|[A-Z][a-z]{3}|\d{3}))*(?:@[a-z]+)?$/;

/**
 * Paths where the source-language counterpart of a one-language file may live: the locale in
 * the file name (`ru.json`, `app_ru.arb`, `devise.ru.yml`, `messages_pt_BR.properties`) or in
 * one of the nearest directories (`locales/ru/ns.json`, `_locales/pt_BR/messages.json`) replaced
 * by the source locale, spelled the same way (`_` or `-`, case). Most likely first.
 */
export function localeSwappedPaths(absolutePath: string, locale: string, sourceLocale: string, sourceSpellings?: string[]): string[] {
  const directory = dirname(absolutePath);
  const fileName = basename(absolutePath);
  const extension = extname(fileName);
  const stem = fileName.slice(0, fileName.length - extension.length);
  const pathLocale = localeFromPath(absolutePath);
  const languages = new Set([locale, pathLocale].filter((l): l is string => l !== undefined && l !== 'und').map(languageOf));
  const isFileLocale = (token: string): boolean => {
    if (!LOCALE_TOKEN.test(token)) return false;
    const normalized = normalizeLocale(token);
    return normalized !== undefined && languages.has(languageOf(normalized));
  };
  const spellings = (token: string): string[] => (sourceSpellings ?? [sourceLocale]).map((source) => {
    let spelled = token.includes('_') ? source.replace(/-/g, '_') : source.replace(/_/g, '-');
    if (token === token.toLowerCase()) spelled = spelled.toLowerCase();
    return spelled;
  });
  const candidates: string[] = [];
  if (isFileLocale(stem)) {
    for (const spelled of spellings(stem)) candidates.push(join(directory, spelled + extension));
  } else {
    for (let i = 0; i < stem.length; i++) {
      if (!'._-'.includes(stem[i]!)) continue;
      const token = stem.slice(i + 1);
      if (!isFileLocale(token)) continue;
      for (const spelled of spellings(token)) candidates.push(join(directory, stem.slice(0, i + 1) + spelled + extension));
      break;
    }
  }
  const segments = directory.split(sep);
  for (let j = segments.length - 1; j >= Math.max(1, segments.length - 4); j--) {
    const segment = segments[j]!;
    if (!isFileLocale(segment)) continue;
    for (const spelled of spellings(segment)) {
      const swapped = [...segments];
      swapped[j] = spelled;
      candidates.push(join(swapped.join(sep) || sep, fileName));
    }
  }
  return [...new Set(candidates)].filter((candidate) => candidate !== absolutePath);
}

// ---------------------------------------------------------------- reading JSON

interface JsonFile {
  document: Document;
  lines: LineIndex;
  root: JsonNode;
}

interface Member {
  key: string;
  keyNode: JsonNode;
  value: JsonNode;
  property: JsonNode;
}

/** Offset of the first bracket nested deeper than `limit`, ignoring brackets inside strings. */
function tooDeepAt(text: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92) i++;
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 123 || code === 91) {
      if (++depth > limit) return i;
    } else if (code === 125 || code === 93) depth--;
  }
  return undefined;
}

const JSON_ERRORS: Record<string, string> = {
  InvalidEscapeCharacter: 'invalid escape sequence in a string',
  InvalidUnicode: 'invalid \\u escape (four hex digits expected)',
  InvalidCharacter: 'control character in a string (write it as an escape such as \\n or \\t)',
  UnexpectedEndOfString: 'string is not terminated',
  UnexpectedEndOfComment: 'comment is not terminated',
  InvalidCommentToken: 'comments are not allowed in JSON',
  InvalidSymbol: 'unexpected character',
  EndOfFileExpected: 'unexpected content after the top-level value',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  CommaExpected: 'expected ","',
  ColonExpected: 'expected ":"',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
};

function readJsonFile(bytes: Buffer, path: string): JsonFile {
  const bom = detectBom(bytes);
  if (bom && bom.encoding !== 'utf8') throw new TranslintError('JSON files must be UTF-8; this one starts with a UTF-16 byte order mark', { file: path, line: 1 });
  const document = decodeDocument(path, bytes, 'utf8', bom?.bom);
  const lines = new LineIndex(document.text);
  const fail = (message: string, offset: number): never => {
    throw new TranslintError(message, { file: path, ...lines.position(offset) });
  };
  if (document.text.trim() === '') fail('the file is empty; a JSON localization file holds at least {}', 0);
  const deep = tooDeepAt(document.text, MAX_NESTING);
  if (deep !== undefined) fail(`nested more than ${MAX_NESTING} levels deep`, deep);
  const errors: ParseError[] = [];
  const root = jsonc().parseTree(document.text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) {
    const code = jsonc().printParseErrorCode(first.error);
    fail(`invalid JSON: ${JSON_ERRORS[code] ?? code}`, first.offset);
  }
  if (!root || root.type !== 'object') return fail('expected a JSON object at the top level', root?.offset ?? 0);
  return { document, lines, root };
}

/** An object's members in file order; a repeated key keeps its first occurrence. */
function membersOf(object: JsonNode): Member[] {
  const seen = new Set<string>();
  const members: Member[] = [];
  for (const property of object.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (!keyNode || !value) continue;
    const key = String(keyNode.value);
    if (seen.has(key)) continue;
    seen.add(key);
    members.push({ key, keyNode, value, property });
  }
  return members;
}

const nodeSpan = (lines: LineIndex, node: JsonNode): Span => spanOf(lines, node.offset, node.offset + node.length);

function describeType(node: JsonNode): string {
  return node.type === 'object' || node.type === 'array' ? `an ${node.type}` : `a ${node.type}`;
}

/**
 * A single top-level key naming the locale (`{"de": {...}}`, as Rails-style JSON and i18next
 * resource bundles have it) is the locale, not part of the keys. It must agree with the
 * locale the path or option names, or be a plain two-letter code when there is none.
 */
function localeRoot(root: JsonNode, hint: string | undefined): { object: JsonNode; locale: string | undefined } {
  const members = membersOf(root);
  const only = members[0];
  if (members.length !== 1 || !only || only.value.type !== 'object' || !LOCALE_TOKEN.test(only.key)) return { object: root, locale: undefined };
  const locale = normalizeLocale(only.key);
  if (!locale) return { object: root, locale: undefined };
  const agrees = hint ? languageOf(hint) === languageOf(locale) : /^[a-z]{2}(?:[-_][A-Za-z]{2,4})?$/.test(only.key);
  return agrees ? { object: only.value, locale } : { object: root, locale: undefined };
}

// ---------------------------------------------------------------- writing JSON strings

interface JsonStringStyle {
  asciiOnly: boolean;
  escapeSlash: boolean;
  upperHex: boolean;
}

const NON_ASCII_ESCAPE = /\\u(?:00[89a-fA-F][0-9a-fA-F]|0[1-9a-fA-F][0-9a-fA-F]{2}|[1-9a-fA-F][0-9a-fA-F]{3})/;
const fileStyles = new WeakMap<Document, JsonStringStyle>();

/** How the file writes strings: `\uXXXX` for non-ASCII (Python's json.dump), `\/`, hex case. */
function jsonStringStyle(document: Document, literal: string): JsonStringStyle {
  let file = fileStyles.get(document);
  if (!file) {
    const text = document.text;
    file = {
      asciiOnly: !/[^\x00-\x7f]/.test(text) && NON_ASCII_ESCAPE.test(text),
      escapeSlash: /(?<!\\)(?:\\\\)*\\\//.test(text),
      upperHex: /\\u[0-9a-fA-F]{0,3}[A-F]/.test(text) && !/\\u[0-9a-fA-F]{0,3}[a-f]/.test(text),
    };
    fileStyles.set(document, file);
  }
  // The literal being replaced is the best witness; the file decides when it shows nothing.
  const rawNonAscii = /[^\x00-\x7f]/.test(literal);
  return {
    asciiOnly: rawNonAscii ? false : NON_ASCII_ESCAPE.test(literal) ? true : file.asciiOnly,
    escapeSlash: literal.includes('\\/') || file.escapeSlash,
    upperHex: file.upperHex,
  };
}

const SHORT_ESCAPES: Record<number, string> = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 34: '\\"', 92: '\\\\' };

export function encodeJsonString(value: string, style: JsonStringStyle = { asciiOnly: false, escapeSlash: false, upperHex: false }): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const short = SHORT_ESCAPES[code];
    if (short) out += short;
    else if (code === 47 && style.escapeSlash) out += '\\/';
    else if (code < 0x20 || (code > 0x7e && style.asciiOnly) || (code >= 0xd800 && code <= 0xdfff && !isPairedSurrogate(value, i))) {
      const hex = code.toString(16).padStart(4, '0');
      out += `\\u${style.upperHex ? hex.toUpperCase() : hex}`;
    } else out += value[i];
  }
  return `${out}"`;
}

function isPairedSurrogate(value: string, i: number): boolean {
  const code = value.charCodeAt(i);
  if (code <= 0xdbff) {
    const next = value.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff;
  }
  const previous = value.charCodeAt(i - 1);
  return previous >= 0xd800 && previous <= 0xdbff;
}

function editJsonTarget(catalog: Catalog, unit: Unit, form: number, value: string): Edit | undefined {
  const span = unit.spans.targets[form];
  if (!span) return undefined;
  const literal = catalog.document.text.slice(span.start, span.end);
  return { start: span.start, end: span.end, text: encodeJsonString(value, jsonStringStyle(catalog.document, literal)) };
}

// ---------------------------------------------------------------- walking values

/** Joins a key path: `a.b`, arrays as `a[0]`. */
const childKey = (prefix: string, key: string): string => (prefix ? `${prefix}.${key}` : key);

const ICU_PLURAL_OR_SELECT = /\{\s*[^\s{},]+\s*,\s*(?:plural|select|selectordinal)\s*,/;

/** Sibling members that form one plural unit; `categories` undefined for numbered forms. */
interface PluralGroup {
  base: string;
  members: Member[];
  categories: string[] | undefined;
}

interface WalkContext {
  lines: LineIndex;
  entries: KeyValueEntry[];
  /** Formats for one value. */
  formatsOf: (value: string) => Set<string>;
  /** Plural sibling grouping (i18next suffixes) or none. */
  groupSiblings?: (members: Member[]) => Map<Member, PluralGroup | null>;
  /** Whether `{"one": ..., "other": ...}` objects are plural units (generic JSON, y18n). */
  categoryObjects: boolean;
}

function stringEntry(context: WalkContext, key: string, value: JsonNode, around: JsonNode, keyNode?: JsonNode): KeyValueEntry {
  const text = String(value.value);
  const entry: KeyValueEntry = {
    key,
    targets: [text],
    targetSpans: [nodeSpan(context.lines, value)],
    unitSpan: nodeSpan(context.lines, around),
    formats: context.formatsOf(text),
  };
  if (keyNode) entry.keySpan = nodeSpan(context.lines, keyNode);
  return entry;
}

function pluralEntry(context: WalkContext, key: string, members: Member[], categories: string[] | undefined): KeyValueEntry {
  const start = Math.min(...members.map((m) => m.property.offset));
  const end = Math.max(...members.map((m) => m.property.offset + m.property.length));
  const formats = new Set<string>();
  for (const member of members) for (const format of context.formatsOf(String(member.value.value))) formats.add(format);
  const entry: KeyValueEntry = {
    key,
    targets: members.map((m) => String(m.value.value)),
    targetSpans: members.map((m) => nodeSpan(context.lines, m.value)),
    keySpan: nodeSpan(context.lines, members[0]!.keyNode),
    unitSpan: spanOf(context.lines, start, end),
    formats,
  };
  if (categories) entry.pluralCategories = categories;
  return entry;
}

/** Collects the string leaves under `node`; numbers, booleans and null are not messages. */
function walkValue(context: WalkContext, key: string, node: JsonNode, around: JsonNode, keyNode: JsonNode | undefined): void {
  if (node.type === 'string') context.entries.push(stringEntry(context, key, node, around, keyNode));
  else if (node.type === 'array') (node.children ?? []).forEach((item, index) => walkValue(context, `${key}[${index}]`, item, item, undefined));
  else if (node.type === 'object') walkObject(context, key, node);
}

function walkObject(context: WalkContext, prefix: string, object: JsonNode): void {
  const members = membersOf(object);
  if (context.categoryObjects && prefix && members.every((m) => m.value.type === 'string') && isPluralCategorySet(members.map((m) => m.key))) {
    context.entries.push(pluralEntry(context, prefix, members, members.map((m) => m.key)));
    return;
  }
  const groups = context.groupSiblings?.(members);
  for (const member of members) {
    const group = groups?.get(member);
    if (group === null) continue; // a later member of a plural group, emitted with its first
    if (group) {
      context.entries.push(pluralEntry(context, childKey(prefix, group.base), group.members, group.categories));
      continue;
    }
    walkValue(context, childKey(prefix, member.key), member.value, member.property, member.keyNode);
  }
}

// ---------------------------------------------------------------- i18next plurals

const I18NEXT_PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;

/**
 * Groups i18next plural siblings: v4 `key_one`/`key_few`/`key_other` (CLDR names), v3 `key` +
 * `key_plural`, and v1-v3 numbered `key_0`, `key_1`, ... (no names, like gettext's forms).
 * Maps the first member of each group to the group and later members to null.
 * `key_ordinal_one` stays separate: its categories are ordinal ones.
 */
function groupI18nextPlurals(members: Member[]): Map<Member, PluralGroup | null> {
  const strings = new Map<string, Member>();
  for (const member of members) if (member.value.type === 'string') strings.set(member.key, member);
  const groups: PluralGroup[] = [];
  const bases = new Set<string>();
  const grouped = new Set<Member>();
  const add = (group: PluralGroup): void => {
    if (bases.has(group.base) || group.members.some((m) => grouped.has(m))) return;
    groups.push(group);
    bases.add(group.base);
    for (const m of group.members) grouped.add(m);
  };
  const byBase = new Map<string, PluralGroup>();
  for (const member of strings.values()) {
    const match = I18NEXT_PLURAL.exec(member.key);
    if (!match || match[1]!.endsWith('_ordinal')) continue;
    let group = byBase.get(match[1]!);
    if (!group) byBase.set(match[1]!, (group = { base: match[1]!, members: [], categories: [] }));
    group.members.push(member);
    group.categories!.push(match[2]!);
  }
  for (const group of byBase.values()) add(group);
  for (const member of strings.values()) {
    if (!member.key.endsWith('_plural')) continue;
    const base = member.key.slice(0, -'_plural'.length);
    const singular = strings.get(base);
    add(singular ? { base, members: [singular, member], categories: ['one', 'other'] } : { base, members: [member], categories: ['other'] });
  }
  for (const member of strings.values()) {
    if (!member.key.endsWith('_0')) continue;
    const base = member.key.slice(0, -2);
    if (strings.has(base)) continue;
    const forms: Member[] = [];
    for (let i = 0; strings.has(`${base}_${i}`); i++) forms.push(strings.get(`${base}_${i}`)!);
    if (forms.length >= 2) add({ base, members: forms, categories: undefined });
  }
  const result = new Map<Member, PluralGroup | null>();
  for (const group of groups) {
    const first = group.members.reduce((a, b) => (b.property.offset < a.property.offset ? b : a));
    for (const member of group.members) result.set(member, null);
    result.set(first, group);
  }
  return result;
}

// ---------------------------------------------------------------- sniffing helpers

/** A tolerant parse of the first 4 KB (jsonc-parser keeps what it could read), or undefined. */
function headTree(head: string): JsonNode | undefined {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (!text.startsWith('{') || tooDeepAt(text, MAX_NESTING) !== undefined) return undefined;
  const root = jsonc().parseTree(text, [], { disallowComments: false, allowTrailingComma: true });
  return root?.type === 'object' ? root : undefined;
}

/** Whether the scalar leaves are (mostly) strings: configs have numbers and booleans. */
function mostlyStrings(root: JsonNode): boolean {
  let strings = 0;
  let others = 0;
  const visit = (node: JsonNode): void => {
    if (node.type === 'string') strings++;
    else if (node.type === 'number' || node.type === 'boolean' || node.type === 'null') others++;
    else if (node.type === 'property') {
      if (node.children?.[1]) visit(node.children[1]);
    } else for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return others * 3 <= strings + others;
}

const L10N_DIRECTORY = /(?:^|[\\/])(?:_?locales?|i18n|l10n|langs?|languages|translations?|messages|intl)(?:[\\/]|$)/i;
const NOT_L10N_FILE = /^(?:package(?:-lock)?|composer|tsconfig.*|jsconfig|bower|lerna|angular|nx|project|workspace|firebase|vercel|renovate|app|manifest|\.?eslintrc|\.?babelrc|\.?prettierrc|.*\.schema|.*\.config)\.json$/i;

/** The locale named by the file name or its directory (not by directories further up). */
export function localeNearPath(path: string): string | undefined {
  const parent = basename(dirname(path));
  return localeFromPath(parent && parent !== '.' ? `${parent}/${basename(path)}` : basename(path));
}

function looksLikeL10nPath(path: string): boolean {
  if (NOT_L10N_FILE.test(basename(path))) return false;
  return localeNearPath(path) !== undefined || L10N_DIRECTORY.test(dirname(path));
}

// ---------------------------------------------------------------- ARB

function parseArb(bytes: Buffer, options: ParseOptions): Catalog {
  const { document, lines, root } = readJsonFile(bytes, options.path);
  const fail = (message: string, offset: number): never => {
    throw new TranslintError(message, { file: options.path, ...lines.position(offset) });
  };
  let declared: string | undefined;
  const metadata = new Map<string, JsonNode>();
  const messages: Member[] = [];
  for (const member of membersOf(root)) {
    if (member.key.startsWith('@@')) {
      if (member.key !== '@@locale') continue;
      if (member.value.type !== 'string') fail(`"@@locale" must be a string such as "de", found ${describeType(member.value)}`, member.value.offset);
      declared = normalizeLocale(String(member.value.value));
      if (!declared) fail(`"@@locale": "${String(member.value.value)}" is not a locale (examples: de, pt_BR)`, member.value.offset);
    } else if (member.key.startsWith('@')) {
      if (member.value.type !== 'object') fail(`metadata "${member.key}" must be an object, found ${describeType(member.value)}`, member.value.offset);
      if (!metadata.has(member.key.slice(1))) metadata.set(member.key.slice(1), member.value);
    } else {
      if (member.value.type !== 'string') fail(`message "${member.key}" must be a string, found ${describeType(member.value)}`, member.value.offset);
      messages.push(member);
    }
  }
  const { locale, origin } = chooseLocale(options, declared);
  const units = messages.map((member) => {
    const entry: KeyValueEntry = {
      key: member.key,
      targets: [String(member.value.value)],
      targetSpans: [nodeSpan(lines, member.value)],
      keySpan: nodeSpan(lines, member.keyNode),
      unitSpan: nodeSpan(lines, member.property),
      formats: new Set(['icu']),
      notes: arbNotes(metadata.get(member.key)),
    };
    return keyValueUnit(entry, locale, options.sourceLocale);
  });
  return newCatalog({ document, format: 'arb', locale, sourceLocale: options.sourceLocale, units, localeOrigin: origin });
}

/** `description` and `context` become notes; `placeholders` a note listing name, type and example. */
function arbNotes(meta: JsonNode | undefined): Note[] {
  if (!meta) return [];
  const notes: Note[] = [];
  for (const field of membersOf(meta)) {
    if ((field.key === 'description' || field.key === 'context') && field.value.type === 'string') {
      notes.push({ kind: 'developer', text: field.key === 'context' ? `context: ${String(field.value.value)}` : String(field.value.value) });
    } else if (field.key === 'translint-disable') {
      // `"translint-disable": ["rule", ...]`, `"rule"` or `true` (all rules) becomes the note inline suppression reads.
      const items = field.value.type === 'array' ? field.value.children ?? [] : [field.value];
      const rules = items.filter((item) => item.type === 'string').map((item) => String(item.value));
      if (rules.length > 0 || field.value.value === true) notes.push({ kind: 'developer', text: `translint-disable ${rules.join(', ')}`.trim() });
    } else if (field.key === 'placeholders' && field.value.type === 'object') {
      const described = membersOf(field.value).map((placeholder) => {
        const details = placeholder.value.type === 'object' ? membersOf(placeholder.value) : [];
        const text = (name: string) => {
          const found = details.find((d) => d.key === name);
          return found && (found.value.type === 'string' || found.value.type === 'number') ? String(found.value.value) : undefined;
        };
        const parts = [text('type'), text('example') !== undefined ? `example: ${text('example')}` : undefined].filter(Boolean);
        return parts.length ? `{${placeholder.key}} (${parts.join(', ')})` : `{${placeholder.key}}`;
      });
      if (described.length) notes.push({ kind: 'developer', text: `placeholders: ${described.join(', ')}` });
    }
  }
  return notes;
}

export const arbAdapter: FormatAdapter = {
  id: 'arb',
  name: 'Flutter ARB (Application Resource Bundle)',
  extensions: ['.arb'],
  parse: parseArb,
  editTarget: editJsonTarget,
  monolingual: { sourceCandidates: (path, locale, sourceLocale) => localeSwappedPaths(path, locale, sourceLocale) },
};

// ---------------------------------------------------------------- Chrome extension messages

function parseChromeMessages(bytes: Buffer, options: ParseOptions): Catalog {
  const { document, lines, root } = readJsonFile(bytes, options.path);
  const fail = (message: string, offset: number): never => {
    throw new TranslintError(message, { file: options.path, ...lines.position(offset) });
  };
  const { locale, origin } = chooseLocale(options, undefined);
  const units = membersOf(root).map((member) => {
    if (member.value.type !== 'object') return fail(`"${member.key}" must be an object such as {"message": "..."}, found ${describeType(member.value)}`, member.value.offset);
    const fields = new Map(membersOf(member.value).map((field) => [field.key, field]));
    const message = fields.get('message');
    if (!message || message.value.type !== 'string') return fail(`"${member.key}" has no "message" string`, (message ?? member).value.offset);
    const notes: Note[] = [];
    const description = fields.get('description');
    if (description?.value.type === 'string') notes.push({ kind: 'developer', text: String(description.value.value) });
    const placeholders = fields.get('placeholders');
    if (placeholders?.value.type === 'object') {
      const described = membersOf(placeholders.value).map((placeholder) => {
        const details = placeholder.value.type === 'object' ? membersOf(placeholder.value) : [];
        const content = details.find((d) => d.key === 'content' && d.value.type === 'string');
        const example = details.find((d) => d.key === 'example' && d.value.type === 'string');
        return `$${placeholder.key.toUpperCase()}$${content ? ` = ${String(content.value.value)}` : ''}${example ? ` (example: ${String(example.value.value)})` : ''}`;
      });
      if (described.length) notes.push({ kind: 'developer', text: `placeholders: ${described.join(', ')}` });
    }
    const entry: KeyValueEntry = {
      key: member.key,
      targets: [String(message.value.value)],
      targetSpans: [nodeSpan(lines, message.value)],
      keySpan: nodeSpan(lines, member.keyNode),
      unitSpan: nodeSpan(lines, member.property),
      formats: new Set(['chrome']),
      notes,
    };
    return keyValueUnit(entry, locale, options.sourceLocale);
  });
  return newCatalog({ document, format: 'chrome-messages', locale, sourceLocale: options.sourceLocale, units, localeOrigin: origin });
}

/** Every top-level value is an object with a "message" member (the last may be cut off by the 4 KB head). */
function sniffChromeMessages(head: string): boolean {
  const root = headTree(head);
  if (!root) return false;
  const members = (root.children ?? []).map((property) => property.children?.[1]);
  if (members.length === 0) return false;
  const isMessage = (node: JsonNode | undefined) => node?.type === 'object' && (node.children ?? []).some((p) => p.children?.[0]?.value === 'message');
  return members.slice(0, -1).every(isMessage) && (isMessage(members[members.length - 1]) || members.length > 1);
}

export const chromeMessagesAdapter: FormatAdapter = {
  id: 'chrome-messages',
  name: 'Chrome/WebExtension messages.json',
  extensions: ['.json'],
  sniff: sniffChromeMessages,
  parse: parseChromeMessages,
  editTarget: editJsonTarget,
  monolingual: {
    // default_locale is often en_US or en_GB rather than plain en.
    sourceCandidates: (path, locale, sourceLocale) => localeSwappedPaths(path, locale, sourceLocale, sourceLocale.includes('-') ? [sourceLocale] : [sourceLocale, `${sourceLocale}_US`, `${sourceLocale}_GB`]),
  },
};

// ---------------------------------------------------------------- i18next and generic JSON

function parseKeyValueJson(bytes: Buffer, options: ParseOptions, flavor: 'i18next' | 'json'): Catalog {
  const { document, lines, root } = readJsonFile(bytes, options.path);
  const { object, locale: rootLocale } = localeRoot(root, options.locale ?? localeFromPath(options.path));
  const { locale, origin } = chooseLocale(options, rootLocale);
  const context: WalkContext = {
    lines,
    entries: [],
    formatsOf: flavor === 'i18next' ? () => new Set(['i18next']) : (value) => new Set(ICU_PLURAL_OR_SELECT.test(value) ? ['icu'] : []),
    categoryObjects: flavor === 'json',
  };
  if (flavor === 'i18next') context.groupSiblings = groupI18nextPlurals;
  walkObject(context, '', object);
  const units = context.entries.map((entry) => keyValueUnit(entry, locale, options.sourceLocale));
  return newCatalog({ document, format: flavor, locale, sourceLocale: options.sourceLocale, units, localeOrigin: origin });
}

const I18NEXT_CUES = /"[^"\\]*_(?:zero|one|two|few|many|other|plural)"\s*:|\{\{[^{}]+\}\}|\$t\(/;

export const i18nextAdapter: FormatAdapter = {
  id: 'i18next',
  name: 'i18next JSON',
  extensions: ['.json'],
  sniff(head, path) {
    if (NOT_L10N_FILE.test(basename(path)) || !I18NEXT_CUES.test(head)) return false;
    const root = headTree(head);
    return root !== undefined && mostlyStrings(root);
  },
  parse: (bytes, options) => parseKeyValueJson(bytes, options, 'i18next'),
  editTarget: editJsonTarget,
  monolingual: { sourceCandidates: (path, locale, sourceLocale) => localeSwappedPaths(path, locale, sourceLocale) },
};

export const jsonAdapter: FormatAdapter = {
  id: 'json',
  name: 'JSON key/value (flat or nested)',
  extensions: ['.json'],
  // Only files whose path names a locale or a translations directory: package.json is not one.
  sniff(head, path) {
    if (!looksLikeL10nPath(path)) return false;
    const root = headTree(head);
    return root !== undefined && mostlyStrings(root);
  },
  parse: (bytes, options) => parseKeyValueJson(bytes, options, 'json'),
  editTarget: editJsonTarget,
  monolingual: { sourceCandidates: (path, locale, sourceLocale) => localeSwappedPaths(path, locale, sourceLocale) },
};

/** In sniffing order: the specific formats before generic JSON. */
export const jsonAdapters: readonly FormatAdapter[] = [arbAdapter, chromeMessagesAdapter, i18nextAdapter, jsonAdapter];
