import { basename, dirname, join } from 'node:path';
import { newCatalog, type Catalog, type Document, type Edit } from '../core/catalog.js';
import { decodeDocument, detectBom, knownEncoding } from '../core/document.js';
import { TranslintError } from '../core/errors.js';
import { localeFromPath, normalizeLocale } from '../core/locale.js';
import type { LineIndex } from '../core/text.js';
import { newUnit, type Note, type Span, type Unit } from '../core/unit.js';
import type { FormatAdapter, ParseOptions } from './adapter.js';
import { childElements, parseXml, type XmlElement } from './xml.js';

/**
 * Android `res/values[-qualifiers]/strings.xml`: `<string>`, `<plurals>` and `<string-array>` resources.
 * Values are decoded the way aapt2 does (escapes, quotes, whitespace collapsing); inline
 * markup (`<b>`, `<xliff:g>`) stays in the value as written.
 */

/** How a target's content was written, so an edit can keep the file's style. */
interface ContentStyle {
  cdata: boolean;
  quoted: boolean;
  markup: boolean;
  /** Element name when written `<string/>`: the edit must open and close the element. */
  selfClosing: string | undefined;
}

const styles = new WeakMap<Unit, ContentStyle[]>();

export const androidAdapter: FormatAdapter = {
  id: 'android',
  name: 'Android strings.xml',
  extensions: ['.xml'],
  // A UTF-16 file reaches the sniffer decoded as UTF-8: drop its NUL bytes.
  sniff: (head) => /^<resources[\s>/]/.test(skipProlog(head.replace(/\u0000/g, '').replace(/^[\uFFFD\uFEFF]+/, ''))),
  parse: parseAndroid,
  editTarget(catalog, unit, form, value): Edit | undefined {
    const span = unit.spans.targets[form];
    const style = styles.get(unit)?.[form];
    if (!span || !style) return undefined;
    const content = encodeAndroidContent(value, style);
    if (style.selfClosing !== undefined) {
      // `<string name="x"/>`: turn the `/>` into `>value</string>`.
      const slash = catalog.document.text.lastIndexOf('/', span.start);
      return { start: slash, end: span.end, text: `>${content}</${style.selfClosing}>` };
    }
    return { start: span.start, end: span.end, text: content };
  },
  monolingual: { sourceCandidates: androidSourceCandidates },
};

/**
 * Decodes an XML file: a BOM, else UTF-16 recognized by NUL bytes, else the encoding of the
 * XML declaration (aapt2's expat reads ISO-8859-1 and US-ASCII too), else UTF-8.
 */
function decodeXmlDocument(bytes: Buffer, path: string): Document {
  const bom = detectBom(bytes);
  if (bom) return decodeDocument(path, bytes, bom.encoding, bom.bom);
  if (bytes.length >= 2 && (bytes[0] === 0 || bytes[1] === 0) && bytes.length % 2 === 0) {
    return decodeDocument(path, bytes, bytes[0] === 0 ? 'utf16be' : 'utf16le');
  }
  const declared = /^<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(bytes.subarray(0, 200).toString('latin1'))?.[1];
  const encoding = declared && !/^utf-?(8|16)$/i.test(declared) ? knownEncoding(declared) : undefined;
  return decodeDocument(path, bytes, encoding ?? 'utf8');
}

// A DOCTYPE that only names an external DTD: no parser here fetches it, so it is blanked
// (same length, offsets unchanged) instead of refused. Internal subsets still reach xml.ts.
const EXTERNAL_DOCTYPE = /<!DOCTYPE\s+[\w:.-]+\s+(?:PUBLIC\s+(?:"[^"<>]*"|'[^'<>]*')\s+|SYSTEM\s+)(?:"[^"<>]*"|'[^'<>]*')\s*>/;

export function maskExternalDoctype(text: string): string {
  return text.replace(EXTERNAL_DOCTYPE, (doctype) => doctype.replace(/[^\r\n]/g, ' '));
}

/** Skips the XML declaration, comments, a DOCTYPE and whitespace before the root element. */
function skipProlog(head: string): string {
  let rest = head.replace(/^\uFEFF/, '');
  for (;;) {
    const trimmed = rest.replace(/^\s+/, '');
    const skipped = trimmed.replace(/^<\?[\s\S]*?\?>|^<!--[\s\S]*?-->|^<!DOCTYPE[^>]*>/, '');
    if (skipped === trimmed) return trimmed;
    rest = skipped;
  }
}

export function parseAndroid(bytes: Buffer, options: ParseOptions): Catalog {
  const document = decodeXmlDocument(bytes, options.path);
  const text = document.text;
  const { root, lines } = parseXml(maskExternalDoctype(text), options.path);
  if (root.name !== 'resources') {
    const { line, column } = lines.position(tagStart(root, text));
    throw new TranslintError(`root element is <${root.name}>, expected <resources>`, { file: options.path, line, column });
  }

  const { locale, localeOrigin } = androidLocale(options, root);
  const rootFlags = ignoreFlags(root);
  const units: Unit[] = [];
  const seen = new Set<string>();
  let comment: string | undefined;

  const add = (unit: Unit, contentStyles: ContentStyle[]): void => {
    const identity = `${unit.context ?? ''}\u0004${unit.key}`;
    if (seen.has(identity)) return; // a duplicate resource: aapt2 rejects it; keep the first
    seen.add(identity);
    units.push(unit);
    styles.set(unit, contentStyles);
  };

  for (const child of root.children) {
    if (child.kind === 'comment') {
      comment = child.value.trim();
      continue;
    }
    if (child.kind !== 'element') continue;
    const element = child;
    const type = element.name === 'item' ? element.attributes.get('type')?.value : element.name;
    if (element.name === 'eat-comment' || element.name === 'skip') {
      comment = undefined;
      continue;
    }
    const name = element.attributes.get('name');
    if (!name || (type !== 'string' && type !== 'plurals' && type !== 'string-array')) {
      comment = undefined;
      continue;
    }
    const base = {
      element,
      name: name.value,
      keySpan: spanOf(name.valueStart, name.valueEnd, lines),
      unitSpan: spanOf(tagStart(element, text), element.end, lines),
      notes: comment ? [{ kind: 'developer', text: comment } satisfies Note] : [],
      locale,
      sourceLocale: options.sourceLocale,
      rootFlags,
    };
    comment = undefined;
    if (type === 'string') {
      const content = readContent(element, text, lines);
      add(makeUnit(base, base.name, [content], undefined), [content.style]);
    } else if (type === 'plurals') {
      const items: Content[] = [];
      const categories: string[] = [];
      for (const item of childElements(element, 'item')) {
        const quantity = item.attributes.get('quantity')?.value.trim();
        if (!quantity || categories.includes(quantity)) continue;
        categories.push(quantity);
        items.push(readContent(item, text, lines));
      }
      add(makeUnit(base, base.name, items, categories), items.map((item) => item.style));
    } else {
      childElements(element, 'item').forEach((item, index) => {
        const content = readContent(item, text, lines);
        const unit = makeUnit(base, `${base.name}[${index}]`, [content], undefined);
        unit.spans.unit = spanOf(tagStart(item, text), item.end, lines);
        add(unit, [content.style]);
      });
    }
  }

  return newCatalog({ document, format: 'android', locale, sourceLocale: options.sourceLocale, units, localeOrigin });
}

interface Content {
  value: string;
  span: Span;
  style: ContentStyle;
}

interface UnitBase {
  element: XmlElement;
  keySpan: Span;
  unitSpan: Span;
  notes: Note[];
  locale: string;
  sourceLocale: string;
  rootFlags: string[];
}

function makeUnit(base: UnitBase, key: string, contents: Content[], categories: string[] | undefined): Unit {
  const { element } = base;
  const flags = new Set<string>(base.rootFlags);
  for (const flag of ignoreFlags(element)) flags.add(flag);
  const formats = new Set<string>();
  const translatable = element.attributes.get('translatable')?.value.trim() !== 'false';
  if (!translatable) flags.add('translatable=false');
  if (element.attributes.get('formatted')?.value.trim() === 'false') {
    flags.add('formatted=false');
    flags.add('no-c-format');
  } else {
    formats.add('c');
  }
  const product = element.attributes.get('product')?.value;
  const targets = contents.map((content) => content.value);
  const unit: Unit = newUnit({
    key,
    context: product === undefined ? undefined : `product=${product}`,
    source: '',
    sourcePlural: undefined,
    targets,
    flags,
    notes: [...base.notes],
    locale: base.locale,
    sourceLocale: base.sourceLocale,
    state: !translatable ? 'obsolete' : targets.some((target) => target !== '') ? 'translated' : 'untranslated',
    formats,
    spans: {
      unit: base.unitSpan,
      key: base.keySpan,
      targets: contents.map((content) => content.span),
    },
  });
  if (categories) unit.pluralCategories = categories;
  return unit;
}

/** `tools:ignore="MissingTranslation,Typos"` -> one flag per lint id. */
function ignoreFlags(element: XmlElement): string[] {
  const value = element.attributes.get('tools:ignore')?.value;
  if (!value) return [];
  return value.split(',').map((id) => id.trim()).filter(Boolean).map((id) => `tools:ignore=${id}`);
}

/**
 * The folder names the locale (`values-ru`, `values-b+sr+Latn`); plain `values` holds the
 * default resources, which are the source language. `tools:locale` only helps when the file
 * is not in a values folder, because the folder is what Android resolves at run time.
 */
function androidLocale(options: ParseOptions, root: XmlElement): { locale: string; localeOrigin: Catalog['localeOrigin'] } {
  if (options.locale) return { locale: options.locale, localeOrigin: 'option' };
  const folder = valuesFolder(options.path);
  if (folder) {
    if (folder.locale) return { locale: folder.locale, localeOrigin: 'path' };
    return { locale: options.sourceLocale, localeOrigin: 'path' };
  }
  const declared = root.attributes.get('tools:locale')?.value;
  const fromFile = declared ? normalizeLocale(declared) : undefined;
  if (fromFile) return { locale: fromFile, localeOrigin: 'file' };
  const fromPath = localeFromPath(options.path);
  if (fromPath) return { locale: fromPath, localeOrigin: 'path' };
  return { locale: 'und', localeOrigin: 'default' };
}

interface ValuesFolder {
  locale: string | undefined;
  /** Qualifiers before and after the locale ones, e.g. `mcc310` / `v21`. */
  before: string[];
  after: string[];
}

/** Splits `values-mcc310-ru-rRU-v21` into its locale and other qualifiers. */
function valuesFolder(path: string): ValuesFolder | undefined {
  const folder = basename(dirname(path));
  if (folder !== 'values' && !folder.startsWith('values-')) return undefined;
  const parts = folder.split('-').slice(1);
  const before: string[] = [];
  const after: string[] = [];
  let locale: string | undefined;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    // Only MCC/MNC may precede the locale, so `values-night-car` (UI mode) is not Carib.
    const localeMayFollow = locale === undefined && before.every((qualifier) => /^(mcc|mnc)\d+$/.test(qualifier));
    if (localeMayFollow && part.startsWith('b+')) {
      locale = normalizeLocale(part);
      if (locale) continue;
    }
    if (localeMayFollow && /^[a-z]{2,3}$/.test(part)) {
      const region = parts[i + 1] && /^r[A-Z]{2}$|^r\d{3}$/.test(parts[i + 1]!) ? parts[i + 1] : undefined;
      const candidate = normalizeLocale(region ? `${part}-${region}` : part);
      if (candidate) {
        locale = candidate;
        if (region) i++;
        continue;
      }
    }
    (locale === undefined ? before : after).push(part);
  }
  return { locale, before, after };
}

/** `values-ru-v21/strings.xml` -> `values-v21/strings.xml`, `values/strings.xml`, `values-en/...`. */
export function androidSourceCandidates(absolutePath: string, _locale: string, sourceLocale: string): string[] {
  const folder = valuesFolder(absolutePath);
  if (!folder) return [];
  const res = dirname(dirname(absolutePath));
  const file = basename(absolutePath);
  const folderName = (qualifiers: string[]) => ['values', ...qualifiers].join('-');
  const [language, ...rest] = sourceLocale.split('-');
  const region = rest.find((part) => /^[A-Z]{2}$/.test(part));
  const sourceQualifiers = [
    ...(region ? [[language!, `r${region}`]] : []),
    [language!],
    rest.length > 0 ? [`b+${sourceLocale.replace(/-/g, '+')}`] : [],
  ].filter((qualifiers) => qualifiers.length > 0);
  const names = [
    folderName([...folder.before, ...folder.after]),
    folderName([]),
    ...sourceQualifiers.map((qualifiers) => folderName([...folder.before, ...qualifiers, ...folder.after])),
    ...sourceQualifiers.map((qualifiers) => folderName(qualifiers)),
  ];
  return [...new Set(names)].map((name) => join(res, name, file));
}

/** Offset of the `<` of an element's start tag (robust to xml.ts pointing at the name). */
function tagStart(element: XmlElement, text: string): number {
  return text.lastIndexOf('<', element.start);
}

/** Offset of the `<` of an element's end tag (its content ends there). */
function closeTagStart(element: XmlElement, text: string): number {
  return element.selfClosing ? element.openEnd : text.lastIndexOf('</', element.end - 1);
}

function spanOf(start: number, end: number, lines: LineIndex): Span {
  const { line, column } = lines.position(start);
  return { start, end, line, column };
}

function readContent(element: XmlElement, text: string, lines: LineIndex): Content {
  const start = element.openEnd;
  const end = closeTagStart(element, text);
  const raw = text.slice(start, end);
  const nonBlank = element.children.filter((child) => !(child.kind === 'text' && child.value.trim() === '') && child.kind !== 'comment');
  const style: ContentStyle = {
    cdata: nonBlank.length > 0 && nonBlank.every((child) => child.kind === 'cdata'),
    quoted: /^\s*"[\s\S]*(?<!\\)"\s*$/.test(raw) && !element.children.some((child) => child.kind === 'element'),
    markup: element.children.some((child) => child.kind === 'element'),
    selfClosing: element.selfClosing ? element.name : undefined,
  };
  return { value: decodeAndroidContent(element, text), span: spanOf(start, end, lines), style };
}

/**
 * The string aapt2 compiles from an element's content: escapes resolved, quotes removed,
 * unquoted whitespace runs collapsed to one space and trimmed at both ends. Markup tags are
 * kept as written; like aapt2, quote and whitespace state restart at every tag.
 */
export function decodeAndroidContent(element: XmlElement, text: string): string {
  const builder = new AndroidStringBuilder();
  const walk = (parent: XmlElement): void => {
    let pending = '';
    const flush = () => {
      if (pending) builder.appendText(pending);
      pending = '';
    };
    for (const child of parent.children) {
      if (child.kind === 'text' || child.kind === 'cdata') pending += child.value;
      else if (child.kind === 'element') {
        flush();
        builder.appendMarkup(text.slice(tagStart(child, text), child.openEnd));
        walk(child);
        if (!child.selfClosing) builder.appendMarkup(text.slice(closeTagStart(child, text), child.end));
      }
    }
    flush();
  };
  walk(element);
  return builder.finish();
}

class AndroidStringBuilder {
  private out = '';
  private quote = false;
  private lastWasSpace = false;
  /** Offsets in `out` of spaces that came from collapsed, unquoted whitespace. */
  private collapsed = new Set<number>();

  appendText(value: string): void {
    for (let i = 0; i < value.length; i++) {
      const char = value[i]!;
      if (!this.quote && (char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\v' || char === '\f')) {
        if (!this.lastWasSpace) {
          this.collapsed.add(this.out.length);
          this.out += ' ';
          this.lastWasSpace = true;
        }
        continue;
      }
      this.lastWasSpace = false;
      if (char === '\\') {
        const next = value[i + 1];
        if (next === undefined) continue;
        i++;
        if (next === 'n') this.out += '\n';
        else if (next === 't') this.out += '\t';
        else if (next === 'u') {
          const hex = /^[0-9a-fA-F]{4}/.exec(value.slice(i + 1, i + 5))?.[0];
          if (hex) {
            this.out += String.fromCharCode(parseInt(hex, 16));
            i += 4;
          } else {
            this.out += '\\u'; // aapt2 rejects this; keep it visible
          }
        } else this.out += next;
      } else if (char === '"') {
        this.quote = !this.quote;
      } else {
        this.out += char;
      }
    }
  }

  appendMarkup(tag: string): void {
    this.quote = false;
    this.lastWasSpace = false;
    this.out += tag;
  }

  finish(): string {
    let start = 0;
    let end = this.out.length;
    if (this.collapsed.has(0)) start = 1;
    if (end > start && this.collapsed.has(end - 1)) end--;
    return this.out.slice(start, end);
  }
}

const MARKUP_TAG = /<\/?[A-Za-z_][\w:.-]*(?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*\/?>/g;

/**
 * Encodes a value as element content that aapt2 reads back as the same string: Android
 * escapes (\' \" \\ \n \t, a leading \@ or \?), XML escapes, and quotes or \u0020 where
 * whitespace must survive. Tags are kept as markup only when the original target had markup.
 */
export function encodeAndroidContent(value: string, style: Pick<ContentStyle, 'cdata' | 'quoted' | 'markup'>): string {
  const pieces: { text: string; tag: boolean }[] = [];
  if (style.markup && balancedMarkup(value)) {
    let cursor = 0;
    for (const match of value.matchAll(MARKUP_TAG)) {
      if (match.index > cursor) pieces.push({ text: value.slice(cursor, match.index), tag: false });
      pieces.push({ text: match[0], tag: true });
      cursor = match.index + match[0].length;
    }
    if (cursor < value.length) pieces.push({ text: value.slice(cursor), tag: false });
  } else {
    pieces.push({ text: value, tag: false });
  }
  const hasTags = pieces.some((piece) => piece.tag);
  if (!hasTags) {
    const quote = style.quoted || /^ | $| {2}/.test(value);
    let body = escapeAndroid(value, true, true, quote);
    if (quote) body = `"${body}"`;
    return style.cdata ? `<![CDATA[${body.replace(/]]>/g, ']]]]><![CDATA[>')}]]>` : escapeText(body);
  }
  // With markup, quotes would end at each tag (as in aapt2), so spaces that must survive become \u0020.
  return pieces
    .map((piece, index) => (piece.tag ? piece.text : escapeText(escapeAndroid(piece.text, index === 0, index === pieces.length - 1, false))))
    .join('');
}

function escapeAndroid(text: string, valueStart: boolean, valueEnd: boolean, quoted: boolean): string {
  let escaped = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\') escaped += '\\\\';
    else if (char === '"') escaped += '\\"';
    else if (char === "'") escaped += "\\'";
    else if (char === '\n') escaped += '\\n';
    else if (char === '\t') escaped += '\\t';
    else if (char < ' ' || char === '\u007f') escaped += `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    else if ((char === '@' || char === '?') && i === 0 && valueStart) escaped += `\\${char}`;
    else if (char === ' ' && !quoted) {
      // Unquoted, a space survives only alone and inside the value; others would be collapsed or trimmed.
      const kept = !(i === 0 && valueStart) && !(i === text.length - 1 && valueEnd) && text[i - 1] !== ' ';
      escaped += kept ? ' ' : '\\u0020';
    } else escaped += char;
  }
  return escaped;
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/]]>/g, ']]&gt;');
}

/** Whether the tags in `value` nest properly, so writing them as markup keeps the XML valid. */
function balancedMarkup(value: string): boolean {
  const stack: string[] = [];
  for (const match of value.matchAll(MARKUP_TAG)) {
    const tag = match[0];
    if (tag.endsWith('/>')) continue;
    const name = /^<\/?([^\s/>]+)/.exec(tag)![1]!;
    if (tag.startsWith('</')) {
      if (stack.pop() !== name) return false;
    } else stack.push(name);
  }
  return stack.length === 0;
}
