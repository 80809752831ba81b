import { newCatalog, type Catalog, type Document, type Edit, type PluralRule } from '../core/catalog.js';
import { decodeDocument, detectBom, knownEncoding } from '../core/document.js';
import { TranslintError } from '../core/errors.js';
import { localeFromPath, normalizeLocale } from '../core/locale.js';
import type { LineIndex } from '../core/text.js';
import { newUnit, type Note, type NoteKind, type Span, type Unit, type UnitState } from '../core/unit.js';
import { looksLikePrintf } from '../syntax/printf.js';
import { looksLikePythonPercent } from '../syntax/python.js';
import { parsePluralFormsHeader } from '../syntax/plural-expression.js';
import type { FormatAdapter, ParseOptions } from './adapter.js';
import { childElements, parseXml, textContent, type XmlDocument, type XmlElement } from './xml.js';

/**
 * XLIFF 1.2 (also 1.0/1.1) and XLIFF 2.0/2.1, as written by Symfony, Angular, Xcode, Okapi,
 * Weblate and translate-toolkit's po2xliff.
 *
 * Inline codes stay in the unit text as their raw XML (`<x id="INTERPOLATION"/>`, `<g id="1">`
 * ... `</g>`), so checks compare them as opaque tokens; such units carry the `xliff-inline` format.
 *
 * State mapping (first rule that matches wins):
 * - no `<target>`, or one with no content                       -> untranslated
 * - 1.2 `state` translated / signed-off / final                  -> translated
 * - 1.2 `state` new / needs-translation / needs-adaptation /
 *   needs-l10n / needs-review-*                                   -> fuzzy (text is there, but a tool
 *   says it is not a finished translation: Symfony copies the English into needs-translation targets)
 * - 1.2 no `state`: `approved="no"` or `state-qualifier` fuzzy-match / mt-suggestion -> fuzzy
 * - 2.0 segment `state="initial"` written out                     -> fuzzy (2.0's default is initial,
 *   but tools that do not track state omit it, so an omitted state counts as translated)
 * - anything else                                                  -> translated
 * Units with `translate="no"` (on the unit or inherited from a group/file) are not translatable
 * and produce no Unit; the gettext header unit of po2xliff (`restype="x-gettext-domain-header"`)
 * only supplies the locale and Plural-Forms.
 */

type Version = 1 | 2;

/** Inline elements whose whole XML (content included) is one token: the content is native code. */
const WHOLE_TOKENS = new Set(['x', 'bx', 'ex', 'ph', 'bpt', 'ept', 'it', 'sc', 'ec', 'sm', 'em']);
const ICU_ARGUMENT = /\{\s*[\p{L}\p{N}_$.-]+\s*,\s*(?:plural|select|selectordinal)\s*,/u;
/** Symfony's `%name%` parameters are not printf directives (`%count%` is not `%c` + "ount%"). */
const PERCENT_PARAMETER = /%[A-Za-z_][A-Za-z0-9_.-]+%(?!%)/g;
const TRANSLATED_STATES = new Set(['translated', 'signed-off', 'final']);
const FUZZY_QUALIFIERS = new Set(['fuzzy-match', 'mt-suggestion', 'leveraged-mt']);

export const xliffAdapter: FormatAdapter = {
  id: 'xliff',
  name: 'XLIFF 1.2 / 2.0',
  extensions: ['.xlf', '.xliff'],
  sniff(head) {
    const root = rootElementName(head);
    return root === undefined || localName(root) === 'xliff';
  },
  parse: parseXliff,
  editTarget(catalog, unit, form, value) {
    const span = unit.spans.targets[form];
    if (!span) return undefined;
    const text = catalog.document.text;
    const version: Version = /<(?:[\w.-]+:)?xliff\b[^>]*?\bversion\s*=\s*["']2/.test(text.slice(0, 8192)) ? 2 : 1;
    const tokens = new Set<string>();
    for (const raw of [unit.spans.source && text.slice(unit.spans.source.start, unit.spans.source.end), text.slice(span.start, span.end)]) {
      if (raw) collectRawTokens(raw, tokens);
    }
    const encoded = encodeXliffText(value, [...tokens], version, eolOf(text));
    if (encoded === undefined) return undefined;
    return replaceElementContent(text, span, encoded);
  },
};

interface FileScope {
  locale: string;
  sourceLocale: string;
  /** Context for units when the document has several `<file>`s: the file's `original`. */
  context: string | undefined;
  contextSpan: Span | undefined;
}

interface Inherited {
  translate: boolean;
  space: string | undefined;
}

interface Content {
  /** Text with inline codes kept as raw XML tokens. */
  text: string;
  /** Text with inline codes dropped, for guessing placeholder syntaxes. */
  plain: string;
  inline: boolean;
}

interface Context {
  xml: XmlDocument;
  path: string;
  lines: LineIndex;
  version: Version;
}

export function parseXliff(bytes: Buffer, options: ParseOptions): Catalog {
  const document = decodeXmlBytes(bytes, options.path);
  const xml = parseXml(document.text, options.path);
  const lines = xml.lines;
  const root = xml.root;
  const fail = (message: string, offset: number): never => {
    const { line, column } = lines.position(offset);
    throw new TranslintError(message, { file: options.path, line, column });
  };
  if (localName(root.name) !== 'xliff') fail(`the root element is <${root.name}>, expected <xliff>`, elementStart(document.text, root));
  const declared = root.attributes.get('version')?.value ?? '';
  const namespace = root.attributes.get('xmlns')?.value ?? '';
  const version: Version = declared.startsWith('2') || (declared === '' && /:2\.\d$/.test(namespace)) ? 2 : 1;
  if (declared !== '' && !/^[12](?:\.\d+)?$/.test(declared)) fail(`unsupported XLIFF version "${declared}" (1.0-1.2 and 2.x are supported)`, root.attributes.get('version')!.valueStart);
  const context: Context = { xml, path: options.path, lines, version };

  const files = childElements(root).filter((element) => localName(element.name) === 'file');
  const header = version === 1 ? gettextHeader(files) : undefined;

  // Catalog locale: option, then the first declared target language, then the po2xliff header, then the path.
  let locale = options.locale;
  let localeOrigin: Catalog['localeOrigin'] = 'option';
  const declaredTarget = version === 2 ? attributeLocale(root, 'trgLang') : files.map((file) => attributeLocale(file, 'target-language')).find(Boolean);
  const declaredSource = version === 2 ? attributeLocale(root, 'srcLang') : files.map((file) => attributeLocale(file, 'source-language')).find(Boolean);
  if (!locale) {
    const fromHeader = header?.language;
    const fromPath = localeFromPath(options.path);
    if (declaredTarget) [locale, localeOrigin] = [declaredTarget, 'file'];
    else if (fromHeader) [locale, localeOrigin] = [fromHeader, 'header'];
    else if (fromPath) [locale, localeOrigin] = [fromPath, 'path'];
    else [locale, localeOrigin] = ['und', 'default'];
  }
  const sourceLocale = declaredSource ?? options.sourceLocale;

  const units: Unit[] = [];
  const several = files.length > 1;
  for (const file of files) {
    const original = file.attributes.get('original');
    const scope: FileScope = {
      locale: options.locale ?? (version === 1 ? attributeLocale(file, 'target-language') : undefined) ?? locale,
      sourceLocale: (version === 1 ? attributeLocale(file, 'source-language') : undefined) ?? sourceLocale,
      context: several ? original?.value ?? file.attributes.get('id')?.value : undefined,
      contextSpan: several && original ? spanOf(lines, original.valueStart, original.valueEnd) : undefined,
    };
    const inherited = inherit({ translate: true, space: undefined }, root);
    if (version === 1) walk12(file, scope, inherit(inherited, file), context, units);
    else walk20(file, scope, inherit(inherited, file), context, units);
  }
  const catalog: Catalog = newCatalog({ document, format: 'xliff', locale, sourceLocale, units, localeOrigin });
  if (header?.pluralRule) catalog.pluralRule = header.pluralRule;
  return catalog;
}

function inherit(outer: Inherited, element: XmlElement): Inherited {
  const translate = element.attributes.get('translate')?.value;
  const space = element.attributes.get('xml:space')?.value;
  return { translate: translate === undefined ? outer.translate : translate !== 'no', space: space ?? outer.space };
}

function attributeLocale(element: XmlElement, name: string): string | undefined {
  const value = element.attributes.get(name)?.value;
  return value ? normalizeLocale(value) : undefined;
}

/** The po2xliff header unit: its `Language:` and `Plural-Forms:` fields. */
function gettextHeader(files: XmlElement[]): { language: string | undefined; pluralRule: PluralRule | undefined } | undefined {
  for (const file of files) {
    const body = childElements(file).find((element) => localName(element.name) === 'body');
    const unit = body && childElements(body).find((element) => localName(element.name) === 'trans-unit' && element.attributes.get('restype')?.value === 'x-gettext-domain-header');
    if (!unit) continue;
    const target = childElements(unit).find((element) => localName(element.name) === 'target');
    const text = target ? textContent(target) : '';
    const field = (name: string) => new RegExp(`^${name}:[ \\t]*(.*)$`, 'mi').exec(text)?.[1]?.trim();
    let pluralRule: PluralRule | undefined;
    const pluralForms = field('Plural-Forms');
    if (pluralForms) {
      try {
        const { count, expression } = parsePluralFormsHeader(pluralForms);
        pluralRule = { count, text: pluralForms, formFor: (n) => expression.evaluate(n) };
      } catch {
        // A broken header rule is the PO file's problem; XLIFF readers ignore the header unit.
      }
    }
    const language = field('Language');
    return { language: language ? normalizeLocale(language) : undefined, pluralRule };
  }
  return undefined;
}

// ---------------------------------------------------------------- XLIFF 1.2

function walk12(container: XmlElement, scope: FileScope, inherited: Inherited, context: Context, units: Unit[]): void {
  for (const child of childElements(container)) {
    const name = localName(child.name);
    if (name === 'body') walk12(child, scope, inherit(inherited, child), context, units);
    else if (name === 'group') {
      const inner = inherit(inherited, child);
      if (child.attributes.get('restype')?.value === 'x-gettext-plurals' && gettextPlural(child, scope, inner, context, units)) continue;
      walk12(child, scope, inner, context, units);
    } else if (name === 'trans-unit') {
      const unitScope = inherit(inherited, child);
      if (!unitScope.translate || child.attributes.get('restype')?.value === 'x-gettext-domain-header') continue;
      units.push(transUnit(child, scope, unitScope, context));
    }
  }
}

interface Parts {
  source: XmlElement;
  target: XmlElement | undefined;
}

function parts12(element: XmlElement, context: Context): Parts {
  const children = childElements(element);
  const source = children.find((child) => localName(child.name) === 'source');
  if (!source) {
    const { line, column } = context.lines.position(elementStart(context.xml.text, element));
    throw new TranslintError(`<${element.name}> has no <source>`, { file: context.path, line, column });
  }
  return { source, target: children.find((child) => localName(child.name) === 'target') };
}

function transUnit(element: XmlElement, scope: FileScope, inherited: Inherited, context: Context): Unit {
  const { source, target } = parts12(element, context);
  const sourceContent = readContent(source, context);
  const targetContent = target ? readContent(target, context) : undefined;
  const { notes, meaning } = notes12(element, context);
  const unit = baseUnit(element, scope, context, sourceContent, [targetContent], notes);
  unit.spans.source = contentSpan(source, context.xml.text, context.lines);
  unit.spans.targets = [target ? contentSpan(target, context.xml.text, context.lines) : undefined];
  unit.state = state12(element, target, targetContent);
  flags12(element, inherited, unit.flags);
  if (meaning !== undefined) unit.context = unit.context === undefined ? meaning : `${unit.context}|${meaning}`;
  return unit;
}

/** po2xliff writes a gettext plural as a group of trans-units `id[0]`, `id[1]`, ...: one plural Unit. */
function gettextPlural(group: XmlElement, scope: FileScope, inherited: Inherited, context: Context, units: Unit[]): boolean {
  const members = childElements(group);
  if (members.length < 2 || members.some((member) => localName(member.name) !== 'trans-unit')) return false;
  if (!inherited.translate) return true;
  const parts = members.map((member) => parts12(member, context));
  const sources = parts.map((part) => readContent(part.source, context));
  const targets = parts.map((part) => (part.target ? readContent(part.target, context) : undefined));
  const { notes, meaning } = notes12(members[0]!, context);
  const unit = baseUnit(members[0]!, scope, context, sources[0]!, targets, notes);
  unit.key = unit.key.replace(/\[0\]$/, '');
  unit.sourcePlural = sources[1]!.text;
  unit.spans.unit = spanOf(context.lines, elementStart(context.xml.text, group), group.end);
  unit.spans.source = contentSpan(parts[0]!.source, context.xml.text, context.lines);
  unit.spans.sourcePlural = contentSpan(parts[1]!.source, context.xml.text, context.lines);
  unit.spans.targets = parts.map((part) => (part.target ? contentSpan(part.target, context.xml.text, context.lines) : undefined));
  const states = members.map((member, index) => state12(member, parts[index]!.target, targets[index]));
  unit.state = worstState(states);
  if (sources[1]!.inline || targets.some((target) => target?.inline)) unit.formats.add('xliff-inline');
  addPercentFormat(sources[1]!.plain, unit.formats);
  flags12(members[0]!, inherit(inherited, members[0]!), unit.flags);
  if (meaning !== undefined) unit.context = unit.context === undefined ? meaning : `${unit.context}|${meaning}`;
  units.push(unit);
  return true;
}

function state12(element: XmlElement, target: XmlElement | undefined, content: Content | undefined): UnitState {
  if (!target || !content || content.text === '') return 'untranslated';
  const state = target.attributes.get('state')?.value;
  if (state !== undefined) {
    if (TRANSLATED_STATES.has(state) || state.startsWith('x-')) return 'translated';
    return 'fuzzy';
  }
  const qualifier = target.attributes.get('state-qualifier')?.value;
  if (element.attributes.get('approved')?.value === 'no' || (qualifier && FUZZY_QUALIFIERS.has(qualifier))) return 'fuzzy';
  return 'translated';
}

function flags12(element: XmlElement, inherited: Inherited, flags: Set<string>): void {
  // State and approval are in Unit.state; flags keep only what checks may act on.
  if (inherited.space) flags.add(`xml:space=${inherited.space}`);
  const maxWidth = element.attributes.get('maxwidth')?.value;
  const sizeUnit = element.attributes.get('size-unit')?.value ?? 'pixel';
  if (maxWidth && /^\d+$/.test(maxWidth) && sizeUnit === 'char') flags.add(`max-length:${maxWidth}`);
}

function notes12(element: XmlElement, context: Context): { notes: Note[]; meaning: string | undefined } {
  const notes: Note[] = [];
  let meaning: string | undefined;
  for (const child of childElements(element)) {
    const name = localName(child.name);
    if (name === 'note') {
      const from = child.attributes.get('from')?.value ?? '';
      const text = textContent(child);
      if (from === 'meaning') meaning = text;
      notes.push({ kind: noteKind(from), text: from === 'meaning' ? `meaning: ${text}` : text });
    } else if (name === 'context-group') {
      let file: string | undefined;
      for (const item of childElements(child).filter((c) => localName(c.name) === 'context')) {
        const type = item.attributes.get('context-type')?.value ?? '';
        const text = textContent(item);
        if (type === 'sourcefile') {
          if (file !== undefined) notes.push({ kind: 'reference', text: file });
          file = text;
        } else if (type === 'linenumber' && file !== undefined) {
          notes.push({ kind: 'reference', text: `${file}:${text}` });
          file = undefined;
        } else if (type === 'x-po-trancomment') notes.push({ kind: 'translator', text });
        else if (type === 'x-po-autocomment') notes.push({ kind: 'extracted', text });
        else notes.push({ kind: 'other', text: type ? `${type}: ${text}` : text });
      }
      if (file !== undefined) notes.push({ kind: 'reference', text: file });
    } else if (name === 'alt-trans') {
      // Earlier or suggested translations: shown to people, never checked.
      const target = childElements(child).find((c) => localName(c.name) === 'target');
      if (target) {
        const origin = child.attributes.get('origin')?.value;
        notes.push({ kind: 'other', text: `alt-trans${origin ? ` (${origin})` : ''}: ${readContent(target, context).text}` });
      }
    }
  }
  return { notes, meaning };
}

function noteKind(from: string): NoteKind {
  switch (from) {
    case 'translator':
    case 'po-translator':
      return 'translator';
    case '': // Xcode and Symfony write the developer's comment without `from`
    case 'developer':
    case 'description':
    case 'meaning':
      return 'developer';
    default:
      return 'other';
  }
}

// ---------------------------------------------------------------- XLIFF 2.0

function walk20(container: XmlElement, scope: FileScope, inherited: Inherited, context: Context, units: Unit[]): void {
  for (const child of childElements(container)) {
    const name = localName(child.name);
    if (name === 'group') walk20(child, scope, inherit(inherited, child), context, units);
    else if (name === 'unit') {
      const unitScope = inherit(inherited, child);
      if (unitScope.translate) {
        const unit = unit20(child, scope, unitScope, context);
        if (unit) units.push(unit);
      }
    }
  }
}

function unit20(element: XmlElement, scope: FileScope, inherited: Inherited, context: Context): Unit | undefined {
  const pieces = childElements(element).filter((child) => ['segment', 'ignorable'].includes(localName(child.name)));
  const segments = pieces.filter((piece) => localName(piece.name) === 'segment');
  if (segments.length === 0) {
    const { line, column } = context.lines.position(elementStart(context.xml.text, element));
    throw new TranslintError(`<${element.name}> has no <segment>`, { file: context.path, line, column });
  }
  const read = pieces.map((piece) => {
    const children = childElements(piece);
    const source = children.find((child) => localName(child.name) === 'source');
    if (!source) {
      const { line, column } = context.lines.position(elementStart(context.xml.text, piece));
      throw new TranslintError(`<${piece.name}> has no <source>`, { file: context.path, line, column });
    }
    const target = children.find((child) => localName(child.name) === 'target');
    return { piece, source, target, sourceContent: readContent(source, context), targetContent: target ? readContent(target, context) : undefined };
  });
  const notes: Note[] = [];
  for (const group of childElements(element).filter((child) => localName(child.name) === 'notes')) {
    for (const note of childElements(group).filter((child) => localName(child.name) === 'note')) {
      const category = note.attributes.get('category')?.value ?? '';
      const kind: NoteKind = category === 'location' ? 'reference' : category === 'translator' ? 'translator' : category === 'description' || category === 'developer' ? 'developer' : 'other';
      notes.push({ kind, text: textContent(note) });
    }
  }
  const join = (contents: (Content | undefined)[]): Content => ({
    text: contents.map((content) => content?.text ?? '').join(''),
    plain: contents.map((content) => content?.plain ?? '').join(''),
    inline: contents.some((content) => content?.inline),
  });
  const single = read.length === 1 ? read[0]! : undefined;
  const sourceContent = join(read.map((part) => part.sourceContent));
  // An ignorable without a target stands for itself in the translation.
  const hasTarget = read.some((part) => part.target && localName(part.piece.name) === 'segment');
  const targetContent = hasTarget ? join(read.map((part) => part.targetContent ?? (localName(part.piece.name) === 'ignorable' ? part.sourceContent : undefined))) : undefined;
  const unit = baseUnit(element, scope, context, sourceContent, [targetContent], notes);
  unit.spans.source = contentSpan(read.find((part) => localName(part.piece.name) === 'segment')!.source, context.xml.text, context.lines);
  // Several segments share one Unit; an edit cannot be split among them, so only a lone segment is editable.
  unit.spans.targets = [single?.target ? contentSpan(single.target, context.xml.text, context.lines) : undefined];
  const states = read.filter((part) => localName(part.piece.name) === 'segment').map((part): UnitState => {
    if (part.sourceContent.text !== '' && (!part.targetContent || part.targetContent.text === '')) return 'untranslated';
    return part.piece.attributes.get('state')?.value === 'initial' ? 'fuzzy' : 'translated';
  });
  unit.state = targetContent === undefined || targetContent.text === '' ? 'untranslated' : worstState(states);
  if (inherited.space) unit.flags.add(`xml:space=${inherited.space}`);
  const name = element.attributes.get('name')?.value;
  if (name && name !== unit.key) notes.push({ kind: 'other', text: `name: ${name}` });
  return unit;
}

// ---------------------------------------------------------------- shared

function baseUnit(element: XmlElement, scope: FileScope, context: Context, source: Content, targets: (Content | undefined)[], notes: Note[]): Unit {
  const id = element.attributes.get('id');
  const resname = element.attributes.get('resname');
  const key = id?.value ?? resname?.value ?? source.plain;
  const keyAttribute = id ?? resname;
  if (resname && id && resname.value !== id.value) notes.push({ kind: 'other', text: `resname: ${resname.value}` });
  const formats = new Set<string>();
  if (source.inline || targets.some((target) => target?.inline)) formats.add('xliff-inline');
  if (ICU_ARGUMENT.test(source.plain)) formats.add('icu');
  addPercentFormat(source.plain, formats);
  const unit: Unit = newUnit({
    key,
    context: scope.context,
    source: source.text,
    sourcePlural: undefined,
    targets: targets.map((target) => target?.text ?? ''),
    flags: new Set(),
    notes,
    locale: scope.locale,
    sourceLocale: scope.sourceLocale,
    state: 'translated',
    formats,
    spans: { unit: spanOf(context.lines, elementStart(context.xml.text, element), element.end), targets: [] },
  });
  if (keyAttribute) unit.spans.key = spanOf(context.lines, keyAttribute.valueStart, keyAttribute.valueEnd);
  if (scope.contextSpan) unit.spans.context = scope.contextSpan;
  return unit;
}

/**
 * XLIFF has no format flags, so `%` syntaxes are guessed from the source: named `%(name)s`
 * means Python (po2xliff of a Django catalog), other directives mean printf (Xcode, C).
 */
function addPercentFormat(plain: string, formats: Set<string>): void {
  if (!plain.includes('%') || formats.has('python')) return;
  if (looksLikePythonPercent(plain)) {
    formats.delete('c');
    formats.add('python');
  } else if (looksLikePrintf(plain.replace(PERCENT_PARAMETER, ''))) formats.add('c');
}

function worstState(states: UnitState[]): UnitState {
  if (states.includes('untranslated')) return 'untranslated';
  if (states.includes('fuzzy')) return 'fuzzy';
  return 'translated';
}

/** Reads `<source>`/`<target>` content: text decoded, inline codes kept as raw XML tokens. */
function readContent(element: XmlElement, context: Context): Content {
  const out: Content = { text: '', plain: '', inline: false };
  const text = context.xml.text;
  const visit = (parent: XmlElement): void => {
    for (const child of parent.children) {
      if (child.kind === 'comment') continue;
      if (child.kind !== 'element') {
        out.text += child.value;
        out.plain += child.value;
        continue;
      }
      const name = localName(child.name);
      if (context.version === 2 && name === 'cp') {
        const character = codePoint(child.attributes.get('hex')?.value);
        if (character === undefined) {
          const { line, column } = context.lines.position(elementStart(context.xml.text, child));
          throw new TranslintError('<cp> needs a hex="..." code point', { file: context.path, line, column });
        }
        out.text += character;
        out.plain += character;
        continue;
      }
      out.inline = true;
      const start = elementStart(text, child);
      if (WHOLE_TOKENS.has(name) || child.selfClosing) {
        out.text += text.slice(start, child.end);
        continue;
      }
      out.text += text.slice(start, child.openEnd);
      visit(child);
      out.text += text.slice(elementCloseStart(text, child), child.end);
    }
  };
  visit(element);
  return out;
}

function codePoint(hex: string | undefined): string | undefined {
  if (!hex || !/^[0-9A-Fa-f]{1,6}$/.test(hex)) return undefined;
  const value = Number.parseInt(hex, 16);
  return value <= 0x10ffff ? String.fromCodePoint(value) : undefined;
}

/** The raw inline-code tokens in a `<source>`/`<target>` content, for keeping them unescaped in edits. */
function collectRawTokens(raw: string, tokens: Set<string>): void {
  let xml: XmlDocument;
  try {
    xml = parseXml(`<t>${raw}</t>`, '');
  } catch {
    return;
  }
  const visit = (parent: XmlElement): void => {
    for (const child of childElements(parent)) {
      const start = elementStart(xml.text, child);
      if (WHOLE_TOKENS.has(localName(child.name)) || child.selfClosing) tokens.add(xml.text.slice(start, child.end));
      else {
        tokens.add(xml.text.slice(start, child.openEnd));
        tokens.add(xml.text.slice(elementCloseStart(xml.text, child), child.end));
        visit(child);
      }
    }
  };
  visit(xml.root);
}

/**
 * Escapes `value` for XLIFF element content. Inline-code tokens taken from the unit itself stay
 * raw, so a value copied from the source keeps its codes; if that would not be well-formed, every
 * `<` is escaped instead. Returns undefined for characters XML 1.0 cannot hold in XLIFF 1.2.
 */
export function encodeXliffText(value: string, tokens: string[], version: Version, eol: string): string | undefined {
  const sorted = [...tokens].sort((a, b) => b.length - a.length);
  const encode = (keepTokens: boolean): string | undefined => {
    let out = '';
    for (let i = 0; i < value.length; i++) {
      if (keepTokens && value[i] === '<') {
        const token = sorted.find((candidate) => value.startsWith(candidate, i));
        if (token) {
          out += token;
          i += token.length - 1;
          continue;
        }
      }
      const code = value.charCodeAt(i);
      const escaped = escapeCharacter(value[i]!, code, eol);
      if (escaped !== undefined) out += escaped;
      else if (version === 2) out += `<cp hex="${code.toString(16).toUpperCase().padStart(4, '0')}"/>`;
      else return undefined;
    }
    return out;
  };
  const withTokens = sorted.length > 0 ? encode(true) : undefined;
  if (withTokens !== undefined && isWellFormed(withTokens)) return withTokens;
  return encode(false);
}

/** XML content escape for one UTF-16 unit; undefined when XML 1.0 has no way to write it. */
export function escapeCharacter(character: string, code: number, eol: string): string | undefined {
  switch (character) {
    case '&': return '&amp;';
    case '<': return '&lt;';
    case '>': return '&gt;';
    case '\r': return '&#13;';
    case '\n': return eol;
    case '\t': return '\t';
    default:
      if (code < 0x20 || code === 0xfffe || code === 0xffff) return undefined;
      return character;
  }
}

function isWellFormed(content: string): boolean {
  try {
    parseXml(`<t>${content}</t>`, '');
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- helpers shared with other XML adapters

/** Offset of the `<` that opens `element` (robust to `start` landing on the name instead). */
export function elementStart(text: string, element: XmlElement): number {
  return text.charCodeAt(element.start) === 60 ? element.start : text.lastIndexOf('<', element.start);
}

/** Offset of the `</` that closes `element` (robust to a `</` that follows right after it). */
export function elementCloseStart(text: string, element: XmlElement): number {
  return element.selfClosing ? element.end : text.lastIndexOf('</', element.end - 1);
}

/** Element name without its namespace prefix. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export function spanOf(lines: LineIndex, start: number, end: number): Span {
  const { line, column } = lines.position(start);
  return { start, end, line, column };
}

/** The content of an element as written; for `<x/>` an empty span just past `/>`. */
export function contentSpan(element: XmlElement, text: string, lines: LineIndex): Span {
  return element.selfClosing ? spanOf(lines, element.end, element.end) : spanOf(lines, element.openEnd, elementCloseStart(text, element));
}

export function eolOf(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * The edit that makes an element's content `encoded`: splices between the tags, or turns a
 * self-closing `<target state="new"/>` into `<target state="new">…</target>`.
 */
export function replaceElementContent(text: string, span: Span, encoded: string): Edit {
  if (span.start === span.end && text.slice(span.start - 2, span.start) === '/>') {
    const open = text.lastIndexOf('<', span.start);
    const name = /^<([^\s/>]+)/.exec(text.slice(open, span.start))?.[1] ?? 'target';
    return { start: span.start - 2, end: span.end, text: `>${encoded}</${name}>` };
  }
  return { start: span.start, end: span.end, text: encoded };
}

/**
 * The name of the first element in `head` (after the XML declaration, comments and DOCTYPE);
 * undefined when the head ends first.
 */
export function rootElementName(head: string): string | undefined {
  const text = head.replace(/\u0000/g, '').replace(/^[\ufeff\ufffd\u00ef\u00bb\u00bf\u00fe\u00ff]+/, '');
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) return undefined;
    if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt);
      if (end < 0) return undefined;
      i = end + 2;
    } else if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt);
      if (end < 0) return undefined;
      i = end + 3;
    } else if (text.startsWith('<!', lt)) {
      const bracket = text.indexOf('[', lt);
      const close = text.indexOf('>', lt);
      if (close < 0) return undefined;
      i = bracket >= 0 && bracket < close ? text.indexOf(']>', bracket) + 2 : close + 1;
      if (i < 2) return undefined;
    } else {
      if (text.slice(i, lt).trim() !== '') return '';
      return /^<([^\s/>]+)/.exec(text.slice(lt))?.[1] ?? '';
    }
  }
  return undefined;
}

/**
 * Decodes an XML file: a BOM or UTF-16 `<` byte pattern wins, then the XML declaration's
 * encoding, then UTF-8 (strictly, so bad bytes are reported at their line).
 */
export function decodeXmlBytes(bytes: Buffer, path: string): Document {
  const bom = detectBom(bytes);
  if (bom) return decodeDocument(path, bytes, bom.encoding, bom.bom);
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return decodeDocument(path, bytes, 'utf16le');
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return decodeDocument(path, bytes, 'utf16be');
  const declaration = /^<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(bytes.subarray(0, 256).toString('latin1'));
  let encoding = 'utf8';
  if (declaration) {
    const name = declaration[1]!.toLowerCase();
    if (!/^(?:utf-?8|utf-?16(?:le|be)?|ucs-2|unicode)$/.test(name)) {
      const known = knownEncoding(name);
      if (!known) throw new TranslintError(`unknown encoding "${declaration[1]}" in the XML declaration`, { file: path, line: 1 });
      encoding = known;
    }
  }
  return decodeDocument(path, bytes, encoding);
}
