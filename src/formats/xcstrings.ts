import type { Node, ParseError } from 'jsonc-parser';
import { lazyRequire } from '../core/lazy.js';
import { newCatalog, type Catalog, type Edit } from '../core/catalog.js';
import { decodeDocument, detectBom } from '../core/document.js';
import { TranslintError } from '../core/errors.js';
import { normalizeLocale } from '../core/locale.js';
import { LineIndex } from '../core/text.js';
import { newUnit, type Note, type Span, type Unit, type UnitState } from '../core/unit.js';
import type { FormatAdapter, ParseOptions } from './adapter.js';

const jsonc = lazyRequire<typeof import('jsonc-parser')>('jsonc-parser');

/**
 * Xcode String Catalog (`.xcstrings`, JSON): every language in one file. One unit per key and
 * non-source language (and per device/substitution variant), each with its own locale; the
 * source text is the source language's value, or the key itself, as Xcode does.
 */

export const xcstringsAdapter: FormatAdapter = {
  id: 'xcstrings',
  name: 'Xcode String Catalog',
  extensions: ['.xcstrings'],
  parse: parseXcstrings,
  editTarget(_catalog, unit, form, value): Edit | undefined {
    const span = unit.spans.targets[form];
    if (!span) return undefined;
    return { start: span.start, end: span.end, text: JSON.stringify(value) };
  },
};

const MAX_DEPTH = 1000;

const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: 'unexpected character', InvalidNumberFormat: 'invalid number', PropertyNameExpected: 'expected a property name in quotes',
  ValueExpected: 'expected a value', ColonExpected: 'expected ":"', CommaExpected: 'expected "," (or a closing bracket)',
  CloseBraceExpected: 'expected "}"', CloseBracketExpected: 'expected "]"', EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON', UnexpectedEndOfComment: 'comment is not closed',
  UnexpectedEndOfString: 'string is not terminated', UnexpectedEndOfNumber: 'number is cut off',
  InvalidUnicode: 'invalid \\u escape', InvalidEscapeCharacter: 'invalid escape sequence', InvalidCharacter: 'control character in a string',
};

interface Property {
  key: Node;
  value: Node;
}

/** One string (or plural set) of a localization: its forms and where they differ from the plain value. */
interface Variant {
  /** `device:iphone`, `substitution:count`, ... undefined for the localization's own value. */
  context: string | undefined;
  plural: boolean;
  forms: { category: string | undefined; value: Node | undefined; state: string | undefined }[];
  notes: Note[];
}

export function parseXcstrings(bytes: Buffer, options: ParseOptions): Catalog {
  const bom = detectBom(bytes);
  if (bom && bom.encoding !== 'utf8') throw new TranslintError('String Catalogs are UTF-8 JSON; found a UTF-16 byte order mark', { file: options.path, line: 1 });
  const document = decodeDocument(options.path, bytes, 'utf8', bom?.bom);
  const text = document.text;
  const lines = new LineIndex(text);
  const span = (node: Node): Span => ({ start: node.offset, end: node.offset + node.length, ...lines.position(node.offset) });
  const fail = (message: string, offset: number): never => {
    const { line, column } = lines.position(Math.max(0, Math.min(offset, text.length)));
    throw new TranslintError(message, { file: options.path, line, column });
  };

  const tooDeep = offsetBeyondDepth(text, MAX_DEPTH);
  if (tooDeep >= 0) fail(`JSON nested more than ${MAX_DEPTH} deep`, tooDeep);
  const errors: ParseError[] = [];
  const root = jsonc().parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0) {
    const code = jsonc().printParseErrorCode(errors[0]!.error);
    fail(`JSON: ${JSON_ERRORS[code] ?? code}`, errors[0]!.offset);
  }
  if (!root || root.type !== 'object') return fail('a String Catalog must be a JSON object', root?.offset ?? 0);
  const top = properties(root);
  const declared = stringOf(top.get('sourceLanguage')?.value);
  const sourceLanguage = declared ?? options.sourceLocale;
  const sourceLocale = (declared && normalizeLocale(declared)) ?? sourceLanguage;
  const strings = top.get('strings')?.value;
  if (!strings) return fail('a String Catalog needs a "strings" object', root.offset);
  if (strings.type !== 'object') return fail('"strings" must be an object', strings.offset);

  // Every language that any key is localized into; a key without it is untranslated there.
  const entries = [...properties(strings)].map(([key, property]) => ({ key, property, fields: property.value.type === 'object' ? properties(property.value) : new Map<string, Property>() }));
  const languages: string[] = [];
  for (const { fields } of entries) {
    const localizations = fields.get('localizations')?.value;
    if (localizations?.type !== 'object') continue;
    for (const language of properties(localizations).keys()) if (language !== sourceLanguage && !languages.includes(language)) languages.push(language);
  }
  const wanted = (language: string): boolean => !options.locale || (normalizeLocale(language) ?? language) === options.locale;

  const units: Unit[] = [];
  for (const { key, property, fields } of entries) {
    if (fields.get('shouldTranslate')?.value.value === false) continue;
    const stale = stringOf(fields.get('extractionState')?.value) === 'stale';
    const comment = stringOf(fields.get('comment')?.value);
    const notes: Note[] = comment ? [{ kind: 'developer', text: comment }] : [];
    const localizations = fields.get('localizations')?.value;
    const byLanguage = localizations?.type === 'object' ? properties(localizations) : new Map<string, Property>();
    const sourceNode = byLanguage.get(sourceLanguage)?.value;
    const sourceVariants = new Map((sourceNode ? variantsOf(sourceNode) : []).map((variant) => [variant.context, variant]));

    for (const language of languages) {
      if (!wanted(language)) continue;
      const locale = normalizeLocale(language) ?? language;
      const localization = byLanguage.get(language)?.value;
      const variants: Variant[] = localization ? variantsOf(localization) : [];
      if (variants.length === 0) variants.push({ context: undefined, plural: false, forms: [{ category: undefined, value: undefined, state: undefined }], notes: [] });
      for (const variant of variants) {
        const source = sourceTexts(key, variant.context, sourceVariants);
        const targets = variant.forms.map((form) => (form.value ? String(form.value.value) : ''));
        const unit: Unit = newUnit({
          key,
          context: variant.context,
          source: variant.plural ? source.one : source.other,
          sourcePlural: variant.plural ? source.other : undefined,
          targets,
          flags: new Set(),
          notes: [...notes, ...variant.notes],
          locale,
          sourceLocale,
          state: stale ? 'obsolete' : stateOf(variant, targets),
          // Substitution forms use Xcode's own %arg; compare them only with the source's forms.
          formats: new Set(source.found || !variant.context?.startsWith('substitution:') ? ['c'] : []),
          spans: {
            unit: span(localization ?? property.value),
            key: span(property.key),
            targets: variant.forms.map((form) => (form.value ? span(form.value) : undefined)),
          },
        });
        if (variant.plural) unit.pluralCategories = variant.forms.map((form) => form.category!);
        units.push(unit);
      }
    }
  }
  return newCatalog({ document, format: 'xcstrings', locale: options.locale ?? 'mul', sourceLocale, units, localeOrigin: options.locale ? 'option' : 'file' });
}

/** An object's properties by name; a repeated name keeps its first value. */
function properties(node: Node): Map<string, Property> {
  const map = new Map<string, Property>();
  if (node.type !== 'object') return map;
  for (const child of node.children ?? []) {
    const [key, value] = child.children ?? [];
    if (!key || !value || map.has(String(key.value))) continue;
    map.set(String(key.value), { key, value });
  }
  return map;
}

function stringOf(node: Node | undefined): string | undefined {
  return node?.type === 'string' ? (node.value as string) : undefined;
}

function formOf(stringUnit: Node | undefined, category: string | undefined): Variant['forms'][number] {
  const fields = stringUnit ? properties(stringUnit) : new Map<string, Property>();
  const value = fields.get('value')?.value;
  return { category, value: value?.type === 'string' ? value : undefined, state: stringOf(fields.get('state')?.value) };
}

/** The plain value, plural and device variations, and substitutions of one localization. */
function variantsOf(localization: Node): Variant[] {
  const variants: Variant[] = [];
  const fields = properties(localization);
  const stringUnit = fields.get('stringUnit')?.value;
  if (stringUnit) variants.push({ context: undefined, plural: false, forms: [formOf(stringUnit, undefined)], notes: [] });
  const variations = fields.get('variations')?.value;
  if (variations) collectVariations(variations, undefined, variants, []);
  const substitutions = fields.get('substitutions')?.value;
  for (const [name, substitution] of substitutions ? properties(substitutions) : []) {
    const spec = properties(substitution.value);
    const notes: Note[] = [];
    const argument = spec.get('argNum')?.value.value;
    const specifier = stringOf(spec.get('formatSpecifier')?.value);
    if (argument !== undefined || specifier !== undefined) notes.push({ kind: 'developer', text: `substitution %#@${name}@: argument ${argument ?? '?'}, %${specifier ?? '?'}` });
    const nested = spec.get('variations')?.value;
    if (nested) collectVariations(nested, `substitution:${name}`, variants, notes);
  }
  return variants;
}

function collectVariations(variations: Node, context: string | undefined, out: Variant[], notes: Note[]): void {
  const kinds = properties(variations);
  const plural = kinds.get('plural')?.value;
  if (plural) {
    const forms = [...properties(plural)].map(([category, form]) => formOf(properties(form.value).get('stringUnit')?.value, category));
    if (forms.length > 0) out.push({ context, plural: true, forms, notes });
  }
  const device = kinds.get('device')?.value;
  for (const [name, variant] of device ? properties(device) : []) {
    const deviceContext = context ? `${context} device:${name}` : `device:${name}`;
    const fields = properties(variant.value);
    const stringUnit = fields.get('stringUnit')?.value;
    if (stringUnit) out.push({ context: deviceContext, plural: false, forms: [formOf(stringUnit, undefined)], notes });
    const nested = fields.get('variations')?.value;
    if (nested) collectVariations(nested, deviceContext, out, notes);
  }
}

/** Source texts for a target variant: the same variant in the source language, else its plain value, else the key. */
function sourceTexts(key: string, context: string | undefined, sourceVariants: Map<string | undefined, Variant>): { one: string; other: string; found: boolean } {
  const exact = sourceVariants.get(context);
  const variant = exact ?? (context?.startsWith('substitution:') ? undefined : sourceVariants.get(undefined));
  if (!variant) return { one: key, other: key, found: false };
  const text = (category: string): string | undefined => {
    const form = variant!.forms.find((candidate) => candidate.category === category);
    return form?.value ? String(form.value.value) : undefined;
  };
  const first = variant.forms[0]?.value ? String(variant.forms[0].value.value) : key;
  const last = variant.forms[variant.forms.length - 1]?.value;
  if (!variant.plural) return { one: first, other: first, found: exact !== undefined };
  return { one: text('one') ?? text('other') ?? first, other: text('other') ?? (last ? String(last.value) : first), found: exact !== undefined };
}

function stateOf(variant: Variant, targets: string[]): UnitState {
  if (targets.every((target) => target === '')) return 'untranslated';
  if (variant.forms.some((form) => form.state === 'needs_review' || form.state === 'new')) return 'fuzzy';
  return 'translated';
}

/** Offset of the first bracket nested deeper than `limit`, or -1; strings are skipped. */
function offsetBeyondDepth(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i++;
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      if (++depth > limit) return i;
    } else if (char === 0x7d || char === 0x5d) depth--;
  }
  return -1;
}
