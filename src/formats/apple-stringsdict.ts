import { newCatalog, type Catalog, type Edit } from '../core/catalog.js';
import { TranslintError } from '../core/errors.js';
import { newUnit, type Note, type Span, type Unit } from '../core/unit.js';
import type { FormatAdapter, ParseOptions } from './adapter.js';
import { maskExternalDoctype } from './android.js';
import { appleLocale, appleSourceCandidates, decodeAppleDocument } from './apple-strings.js';
import { childElements, escapeXmlText, parseXml, textContent, type XmlElement } from './xml.js';

/**
 * Apple `.stringsdict` (XML property list): one unit per plural variable of each key, with
 * CLDR categories named by the dictionary keys, plus one unit for the NSStringLocalizedFormatKey.
 */

const FORMAT_KEY = 'NSStringLocalizedFormatKey';
const CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** Units whose targets were written `<string/>`: an edit must open and close the element. */
const selfClosingTargets = new WeakMap<Unit, boolean[]>();

export const appleStringsdictAdapter: FormatAdapter = {
  id: 'ios-stringsdict',
  name: 'Apple .stringsdict',
  extensions: ['.stringsdict'],
  parse: parseStringsdict,
  editTarget(catalog, unit, form, value): Edit | undefined {
    const span = unit.spans.targets[form];
    // XML 1.0 cannot hold most control characters at all.
    if (!span || /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(value)) return undefined;
    // A literal CR would be read back as LF (XML end-of-line handling).
    const content = escapeXmlText(value).replace(/\r/g, '&#13;');
    if (selfClosingTargets.get(unit)?.[form]) {
      const slash = catalog.document.text.lastIndexOf('/', span.start);
      return { start: slash, end: span.end, text: `>${content}</string>` };
    }
    return { start: span.start, end: span.end, text: content };
  },
  monolingual: { sourceCandidates: appleSourceCandidates },
};

interface Entry {
  key: string;
  keyElement: XmlElement;
  value: XmlElement;
}

export function parseStringsdict(bytes: Buffer, options: ParseOptions): Catalog {
  const document = decodeAppleDocument(bytes, options.path);
  const text = document.text;
  // The standard plist DOCTYPE names an external DTD, which xml.ts would refuse; it is never fetched.
  const { root, lines } = parseXml(maskExternalDoctype(text), options.path);
  const fail = (message: string, element: XmlElement): never => {
    const { line, column } = lines.position(tagStart(element, text));
    throw new TranslintError(message, { file: options.path, line, column });
  };
  if (root.name !== 'plist') fail(`root element is <${root.name}>, expected <plist>`, root);
  const top = childElements(root)[0];
  if (!top || top.name !== 'dict') return fail('the property list must contain a <dict>', top ?? root);

  const { locale, localeOrigin } = appleLocale(options);
  const span = (start: number, end: number): Span => ({ start, end, ...lines.position(start) });
  const units: Unit[] = [];
  const stringsdictUnit = (key: string, entry: Entry, targets: XmlElement[], categories: string[] | undefined, notes: Note[]): Unit => {
    const values = targets.map((element) => textContent(element));
    const unit: Unit = newUnit({
      key,
      context: undefined,
      source: '',
      sourcePlural: undefined,
      targets: values,
      flags: new Set(),
      notes,
      locale,
      sourceLocale: options.sourceLocale,
      state: values.some((value) => value !== '') ? 'translated' : 'untranslated',
      formats: new Set(['c']),
      spans: {
        unit: span(tagStart(entry.keyElement, text), entry.value.end),
        key: span(entry.keyElement.openEnd, closeTagStart(entry.keyElement, text)),
        targets: targets.map((element) => span(element.openEnd, closeTagStart(element, text))),
      },
    });
    if (categories) unit.pluralCategories = categories;
    selfClosingTargets.set(unit, targets.map((element) => element.selfClosing));
    units.push(unit);
    return unit;
  };

  for (const entry of dictEntries(top, fail)) {
    if (entry.value.name === 'string') {
      stringsdictUnit(entry.key, entry, [entry.value], undefined, []);
      continue;
    }
    if (entry.value.name !== 'dict') continue;
    const fields = new Map<string, Entry>();
    for (const field of dictEntries(entry.value, fail)) if (!fields.has(field.key)) fields.set(field.key, field);
    const format = fields.get(FORMAT_KEY);
    const formatText = format?.value.name === 'string' ? textContent(format.value) : undefined;
    const variables = [...fields.values()].filter((field) => field.key !== FORMAT_KEY && field.value.name === 'dict');
    const plurals: { name: string; spec: Map<string, Entry> }[] = [];
    for (const variable of variables) {
      const spec = new Map<string, Entry>();
      for (const field of dictEntries(variable.value, fail)) if (!spec.has(field.key)) spec.set(field.key, field);
      const type = spec.get('NSStringFormatSpecTypeKey');
      if (type && textContent(type.value).trim() === 'NSStringPluralRuleType') plurals.push({ name: variable.key, spec });
    }
    if (format?.value.name === 'string') {
      stringsdictUnit(`${entry.key}:${FORMAT_KEY}`, entry, [format.value], undefined, []);
    }
    for (const { name, spec } of plurals) {
      const forms = [...spec.values()].filter((field) => CATEGORIES.has(field.key) && field.value.name === 'string');
      const notes: Note[] = [];
      if (formatText !== undefined) notes.push({ kind: 'developer', text: `${FORMAT_KEY}: ${formatText}` });
      const valueType = spec.get('NSStringFormatValueTypeKey');
      if (valueType) notes.push({ kind: 'developer', text: `NSStringFormatValueTypeKey: ${textContent(valueType.value)}` });
      const key = plurals.length === 1 ? entry.key : `${entry.key}:${name}`;
      stringsdictUnit(key, entry, forms.map((field) => field.value), forms.map((field) => field.key), notes);
    }
    // Width and device variants (NSStringVariableWidthRuleType, NSStringDeviceSpecificRuleType) hold plain strings.
    for (const [ruleKey, label] of [['NSStringVariableWidthRuleType', 'width'], ['NSStringDeviceSpecificRuleType', 'device']] as const) {
      const rule = fields.get(ruleKey);
      if (rule?.value.name !== 'dict') continue;
      for (const variant of dictEntries(rule.value, fail)) {
        if (variant.value.name === 'string') stringsdictUnit(`${entry.key}:${label}=${variant.key}`, variant, [variant.value], undefined, []);
      }
    }
  }

  // A duplicate key: keep the first and carry on.
  const seen = new Set<string>();
  const unique: Unit[] = [];
  for (const unit of units) {
    if (seen.has(unit.key)) continue;
    seen.add(unit.key);
    unique.push(unit);
  }
  return newCatalog({ document, format: 'ios-stringsdict', locale, sourceLocale: options.sourceLocale, units: unique, localeOrigin });
}

/** The key/value pairs of a plist `<dict>`, in order. */
function dictEntries(dict: XmlElement, fail: (message: string, element: XmlElement) => never): Entry[] {
  const entries: Entry[] = [];
  const elements = childElements(dict);
  for (let i = 0; i < elements.length; i += 2) {
    const keyElement = elements[i]!;
    if (keyElement.name !== 'key') fail(`expected <key> in <dict>, found <${keyElement.name}>`, keyElement);
    const value = elements[i + 1];
    if (!value) return fail(`<key>${textContent(keyElement)}</key> has no value`, keyElement);
    if (value.name === 'key') fail(`<key>${textContent(keyElement)}</key> is followed by another <key> instead of its value`, value);
    entries.push({ key: textContent(keyElement), keyElement, value });
  }
  return entries;
}

/** Offset of the `<` of an element's start tag (robust to xml.ts pointing at the name). */
function tagStart(element: XmlElement, text: string): number {
  return text.lastIndexOf('<', element.start);
}

/** Offset of the `<` of an element's end tag (its content ends there). */
function closeTagStart(element: XmlElement, text: string): number {
  return element.selfClosing ? element.openEnd : text.lastIndexOf('</', element.end - 1);
}
