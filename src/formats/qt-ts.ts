import { newCatalog, type Catalog, type PluralRule } from '../core/catalog.js';
import { TranslintError } from '../core/errors.js';
import { localeFromPath, normalizeLocale } from '../core/locale.js';
import type { LineIndex } from '../core/text.js';
import { newUnit, type Note, type Span, type Unit, type UnitState } from '../core/unit.js';
import { looksLikePrintf } from '../syntax/printf.js';
import { parsePluralFormsHeader } from '../syntax/plural-expression.js';
import type { FormatAdapter, ParseOptions } from './adapter.js';
import { FORMAT_FLAGS } from './po.js';
import { contentSpan, decodeXmlBytes, elementStart, eolOf, replaceElementContent, rootElementName, spanOf } from './xliff.js';
import { childElements, parseXml, textContent, type XmlElement } from './xml.js';

/**
 * Qt Linguist `.ts` files (TS 1.1-2.1, as written by lupdate, lconvert and po2ts).
 *
 * A unit is one `<message>`: key = its `id` (qsTrId) or source text; context = the `<context>`
 * name, plus `|` and the `<comment>` disambiguation when there is one. Numerus messages have
 * one target per `<numerusform>`, in the order of Qt's own per-language rules (numerus.cpp),
 * which the catalog exposes as its plural rule. States: type="obsolete"/"vanished" ->
 * obsolete; no text in any form -> untranslated; type="unfinished" -> fuzzy; else translated.
 */

export const qtTsAdapter: FormatAdapter = {
  id: 'qt-ts',
  name: 'Qt Linguist TS',
  extensions: ['.ts'],
  // `.ts` is mostly TypeScript: claim only files whose first element is <TS>.
  sniff: (head) => rootElementName(head) === 'TS',
  parse: parseQtTs,
  editTarget(catalog, unit, form, value) {
    const span = unit.spans.targets[form];
    if (!span) return undefined;
    const text = catalog.document.text;
    return replaceElementContent(text, span, encodeQtText(value, eolOf(text)));
  },
};

// Qt's numerus table (qttools src/linguist/shared/numerus.cpp) as gettext rules, by language.
const QT_PLURAL_RULES: [rule: string, languages: string][] = [
  ['nplurals=1; plural=0;', 'bi my zh dz fj gn hu id ja jv ko ms na om fa su tt th bo tr vi yo za'],
  ['nplurals=2; plural=(n != 1);', 'ab aa af sq am as ay az ba eu bn bg ca kw co da nl en eo et fo fi fur fy gl ka de el kl gu ha he hi ia ie it kn ks kk km rw ky ku lo la ln lb mg ml mr mn ne nso nb nn no oc or ps pt pa qu rm rn sn sd si so st es sw ss sv tg ta te to ts tn tk ug ur uz vo wo xh yi zu'],
  ['nplurals=2; plural=(n > 1);', 'hy br fr pt-BR fil tl ti wa'],
  ['nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2);', 'lv'],
  ['nplurals=2; plural=(n%10==1 && n%100!=11 ? 0 : 1);', 'is'],
  ['nplurals=3; plural=(n==1 ? 0 : n==2 ? 1 : 2);', 'dv iu ik ga gv mi se sm sa'],
  ['nplurals=4; plural=(n==1 || n==11) ? 0 : (n==2 || n==12) ? 1 : (n > 2 && n < 20) ? 2 : 3;', 'gd'],
  ['nplurals=3; plural=((n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2);', 'sk cs'],
  ['nplurals=3; plural=(n%100==1 ? 0 : n%100==2 ? 1 : 2);', 'mk'],
  ['nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && (n%100<10 || n%100>=20) ? 1 : 2);', 'lt'],
  ['nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);', 'bs be hr ru sr uk'],
  ['nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);', 'pl'],
  ['nplurals=3; plural=(n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2);', 'ro'],
  ['nplurals=4; plural=(n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3);', 'sl'],
  ['nplurals=4; plural=(n==1 ? 0 : (n==0 || (n%100>=1 && n%100<=10)) ? 1 : (n%100>=11 && n%100<=19) ? 2 : 3);', 'mt'],
  ['nplurals=5; plural=(n==0 ? 0 : n==1 ? 1 : (n>=2 && n<=5) ? 2 : n==6 ? 3 : 4);', 'cy'],
  ['nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : (n%100>=3 && n%100<=10) ? 3 : n%100>=11 ? 4 : 5);', 'ar'],
];

const RULE_BY_LANGUAGE = new Map<string, string>();
for (const [rule, languages] of QT_PLURAL_RULES) for (const language of languages.split(' ')) RULE_BY_LANGUAGE.set(language, rule);
const pluralRuleCache = new Map<string, PluralRule | undefined>();

/** The plural rule lupdate/lrelease use for `locale`; undefined for languages Qt does not know. */
export function qtPluralRule(locale: string): PluralRule | undefined {
  if (pluralRuleCache.has(locale)) return pluralRuleCache.get(locale);
  const [language = '', ...rest] = locale.split('-');
  const region = rest.find((part) => /^[A-Z]{2}$/.test(part));
  const text = RULE_BY_LANGUAGE.get(region ? `${language}-${region}` : '') ?? RULE_BY_LANGUAGE.get(language);
  let rule: PluralRule | undefined;
  if (text) {
    const { count, expression } = parsePluralFormsHeader(text);
    rule = { count, text, formFor: (n) => expression.evaluate(n) };
  }
  pluralRuleCache.set(locale, rule);
  return rule;
}

// Qt's own markers (%1..%99, %L1, %n, %Ln) are not printf; what remains may be (po2ts output, asprintf).
const QT_MARKERS = /%L?(?:\d{1,2}|n)/g;

interface Context {
  text: string;
  path: string;
  lines: LineIndex;
  locale: string;
  sourceLocale: string;
  pluralRule: PluralRule | undefined;
}

export function parseQtTs(bytes: Buffer, options: ParseOptions): Catalog {
  const document = decodeXmlBytes(bytes, options.path);
  const xml = parseXml(document.text, options.path);
  const { root, lines } = xml;
  if (root.name !== 'TS') {
    const { line, column } = lines.position(elementStart(document.text, root));
    throw new TranslintError(`the root element is <${root.name}>, expected <TS>`, { file: options.path, line, column });
  }
  let locale = options.locale;
  let localeOrigin: Catalog['localeOrigin'] = 'option';
  if (!locale) {
    const declared = root.attributes.get('language')?.value;
    const fromFile = declared ? normalizeLocale(declared) : undefined;
    const fromPath = localeFromPath(options.path);
    if (fromFile) [locale, localeOrigin] = [fromFile, 'file'];
    else if (fromPath) [locale, localeOrigin] = [fromPath, 'path'];
    else [locale, localeOrigin] = ['und', 'default'];
  }
  const declaredSource = root.attributes.get('sourcelanguage')?.value;
  const sourceLocale = (declaredSource ? normalizeLocale(declaredSource) : undefined) ?? options.sourceLocale;
  const pluralRule = locale === 'und' ? undefined : qtPluralRule(locale);
  const context: Context = { text: document.text, path: options.path, lines, locale, sourceLocale, pluralRule };

  const units: Unit[] = [];
  for (const group of childElements(root, 'context')) {
    const name = childElements(group, 'name')[0];
    for (const message of childElements(group, 'message')) units.push(messageUnit(message, name, context));
  }
  const catalog: Catalog = newCatalog({ document, format: 'qt-ts', locale, sourceLocale, units, localeOrigin });
  if (pluralRule) catalog.pluralRule = pluralRule;
  return catalog;
}

function messageUnit(message: XmlElement, nameElement: XmlElement | undefined, context: Context): Unit {
  const { lines } = context;
  const child = (name: string) => childElements(message, name)[0];
  const sourceElement = child('source');
  const comment = child('comment');
  const translation = child('translation');
  const numerus = message.attributes.get('numerus')?.value === 'yes' || (translation !== undefined && childElements(translation, 'numerusform').length > 0);
  // lconvert keeps a PO msgid_plural here; Qt itself has one source for all forms.
  const pluralSource = child('extra-po-msgid_plural');
  const source = sourceElement ? readQtText(sourceElement, context) : '';
  const contextName = nameElement ? readQtText(nameElement, context) : '';
  const disambiguation = comment ? readQtText(comment, context) : '';
  const id = message.attributes.get('id');

  // Targets: one per <numerusform> (first <lengthvariant> when there are variants), else the translation.
  const targetElements: (XmlElement | undefined)[] = [];
  if (numerus) {
    const forms = translation ? childElements(translation, 'numerusform') : [];
    if (forms.length > 0) targetElements.push(...forms.map(firstVariant));
    else for (let i = 0; i < (context.pluralRule?.count ?? 1); i++) targetElements.push(undefined);
  } else {
    targetElements.push(translation ? firstVariant(translation) : undefined);
  }
  const targets = targetElements.map((element) => (element ? readQtText(element, context) : ''));

  const notes: Note[] = [];
  const flags = new Set<string>();
  const formats = new Set<string>(['qt']);
  let lastFile: string | undefined;
  for (const element of childElements(message)) {
    switch (element.name) {
      case 'location': {
        const file = element.attributes.get('filename')?.value ?? lastFile;
        const line = element.attributes.get('line')?.value;
        lastFile = file;
        if (file !== undefined || line !== undefined) notes.push({ kind: 'reference', text: line === undefined ? file ?? '' : `${file ?? ''}:${line}` });
        break;
      }
      case 'extracomment': notes.push({ kind: 'extracted', text: readQtText(element, context) }); break;
      case 'translatorcomment': notes.push({ kind: 'translator', text: readQtText(element, context) }); break;
      // Not 'previous': that is gettext's `#|`, which checks expect only on fuzzy units.
      case 'oldsource': notes.push({ kind: 'other', text: `old source: ${readQtText(element, context)}` }); break;
      case 'oldcomment': notes.push({ kind: 'other', text: `old comment: ${readQtText(element, context)}` }); break;
      case 'extra-po-flags':
        for (const flag of textContent(element).split(/[\s,]+/)) {
          if (!flag) continue;
          flags.add(flag);
          const format = FORMAT_FLAGS[flag];
          if (format) formats.add(format);
        }
        break;
      default:
        break;
    }
  }
  const type = translation?.attributes.get('type')?.value;
  if (numerus) formats.add('qt-plural');
  if (!flags.has('no-c-format') && looksLikePrintf(source.replace(QT_MARKERS, ''))) formats.add('c');

  let state: UnitState;
  if (type === 'obsolete' || type === 'vanished') state = 'obsolete';
  else if (targets.every((target) => target === '')) state = 'untranslated';
  else if (type === 'unfinished') state = 'fuzzy';
  else state = 'translated';

  const unit: Unit = newUnit({
    key: id?.value ?? source,
    context: disambiguation === '' ? contextName || undefined : `${contextName}|${disambiguation}`,
    source,
    sourcePlural: numerus ? (pluralSource ? readQtText(pluralSource, context) : source) : undefined,
    targets,
    flags,
    notes,
    locale: context.locale,
    sourceLocale: context.sourceLocale,
    state,
    formats,
    spans: {
      unit: spanOf(lines, elementStart(context.text, message), message.end),
      targets: targetElements.map((element) => (element ? contentSpan(element, context.text, lines) : undefined)),
    },
  });
  if (sourceElement) {
    unit.spans.source = contentSpan(sourceElement, context.text, lines);
    if (numerus) unit.spans.sourcePlural = unit.spans.source;
  }
  if (numerus && pluralSource) unit.spans.sourcePlural = contentSpan(pluralSource, context.text, lines);
  const keySpan: Span | undefined = id ? spanOf(lines, id.valueStart, id.valueEnd) : unit.spans.source;
  if (keySpan) unit.spans.key = keySpan;
  const contextElement = comment && disambiguation !== '' ? comment : nameElement;
  if (contextElement) unit.spans.context = contentSpan(contextElement, context.text, lines);
  return unit;
}

/** Length variants (`variants="yes"`) hold alternatives; the first is the full-length text. */
function firstVariant(element: XmlElement): XmlElement {
  return childElements(element, 'lengthvariant')[0] ?? element;
}

/** Text of a TS element; `<byte value="x1b"/>` stands for a character XML cannot hold. */
function readQtText(element: XmlElement, context: Context): string {
  let out = '';
  for (const child of element.children) {
    if (child.kind === 'comment') continue;
    if (child.kind !== 'element') {
      out += child.value;
      continue;
    }
    if (child.name !== 'byte') {
      out += textContent(child);
      continue;
    }
    const value = child.attributes.get('value')?.value ?? '';
    const code = /^x[0-9A-Fa-f]{1,6}$/.test(value) ? Number.parseInt(value.slice(1), 16) : /^\d{1,7}$/.test(value) ? Number(value) : Number.NaN;
    if (!(code >= 0 && code <= 0x10ffff)) {
      const { line, column } = context.lines.position(elementStart(context.text, child));
      throw new TranslintError(`<byte value="${value}"> is not a character code (write value="x1b" or value="27")`, { file: context.path, line, column });
    }
    out += String.fromCodePoint(code);
  }
  return out;
}

const NON_ASCII_SPACE = /[\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/** Escapes text the way lupdate does (ts.cpp `protect`), writing newlines in the file's style. */
export function encodeQtText(value: string, eol: string): string {
  let out = '';
  for (const character of value) {
    switch (character) {
      case '"': out += '&quot;'; break;
      case '&': out += '&amp;'; break;
      case '>': out += '&gt;'; break;
      case '<': out += '&lt;'; break;
      case "'": out += '&apos;'; break;
      case '\n': out += eol; break;
      case '\t': out += '\t'; break;
      default: {
        const code = character.codePointAt(0)!;
        if (code < 0x20) out += `<byte value="x${code.toString(16)}"/>`;
        else if (NON_ASCII_SPACE.test(character)) out += `&#x${code.toString(16)};`;
        else out += character;
      }
    }
  }
  return out;
}
