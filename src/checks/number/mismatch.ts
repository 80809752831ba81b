import { defineCheck } from '../../core/check.js';
import { languageOf } from '../../core/locale.js';
import { fieldMemoKeys, isPlural, memo, type Unit } from '../../core/unit.js';
import { mask } from '../../syntax/mask.js';
import { hasDigit, numberTokens, timeTokens, type NumberToken } from '../../syntax/numbers.js';
import { emails, ipAddresses, paths } from '../../syntax/urls.js';
import { translatedForms } from '../source-for-form.js';
import { DUAL_LANGUAGES, HAN_NUMERAL, hanValue, numberWords } from './conventions.js';

// Codes that contain digits but are not quantities: colours, escapes, character references.
const NOT_QUANTITIES = /#(?=[0-9A-Fa-f]*[A-Fa-f])[0-9A-Fa-f]{3,8}(?![\p{L}\p{N}])|\\(?:x[0-9A-Fa-f]{1,4}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[0-7]{1,3})|&#\d+;/gu;
const WORD = /[\p{L}\p{M}'’]+/gu;
const HAN_HINT = /[零〇一二两兩三四五六七八九十百千万萬]/u;

const spaceGrouping = new Map<string, boolean>();

/** Whether the locale groups thousands with a space (CLDR: fr "1 000", ru, pl, sv, cs …). */
function groupsWithSpace(locale: string): boolean {
  let spaced = spaceGrouping.get(locale);
  if (spaced === undefined) {
    try {
      const group = new Intl.NumberFormat(locale).formatToParts(10000).find((part) => part.type === 'group')?.value ?? ',';
      spaced = /\s/.test(group);
    } catch {
      spaced = false;
    }
    spaceGrouping.set(locale, spaced);
  }
  return spaced;
}

/** `text` without the spans whose digits are not quantities (placeholders, tags, URLs, addresses, paths, times). */
function quantitiesText(unit: Unit, text: string): string {
  let out = mask(text, unit.formats);
  const blank = (spans: { start: number; end: number }[]) => {
    for (const { start, end } of spans) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  };
  if (out.includes('@')) blank(emails(out));
  if (out.includes('/') || out.includes(':\\')) blank(paths(out));
  if (out.includes('.') || out.includes(':')) blank(ipAddresses(out));
  // Clock times are compared by number/time-date-measure, which knows 3:00 PM is 15:00.
  blank(timeTokens(out));
  return out.includes('#') || out.includes('\\') || out.includes('&#') ? out.replace(NOT_QUANTITIES, (m) => ' '.repeat(m.length)) : out;
}

const NUMBER_KEYS = fieldMemoKeys('numbers:');
const WORD_KEYS = fieldMemoKeys('number-words:');
const NO_NUMBERS: readonly NumberToken[] = [];

/** The numbers of one field; `key` names it (NUMBER_KEYS) so the cache key stays short however long the text. */
function numbersOf(unit: Unit, key: string, text: string, locale: string): readonly NumberToken[] {
  if (!hasDigit(text)) return NO_NUMBERS;
  return memo(unit, key, () => numberTokens(quantitiesText(unit, text), groupsWithSpace(locale)));
}

/** Values written as words ("three", "drei", "三"), counted; only computed when a number is unmatched. */
function wordsOf(unit: Unit, key: string, text: string, locale: string): Map<string, number> {
  return memo(unit, key, () => {
    const words = new Map<string, number>();
    const add = (value: number) => words.set(String(value), (words.get(String(value)) ?? 0) + 1);
    const table = numberWords(languageOf(locale));
    if (table.size > 0) {
      for (const [word] of text.toLowerCase().matchAll(WORD)) {
        const value = table.get(word);
        if (value !== undefined) add(value);
      }
    }
    if (HAN_HINT.test(text)) {
      for (const [run] of text.matchAll(HAN_NUMERAL)) {
        const value = hanValue(run);
        if (!Number.isNaN(value)) add(value);
      }
    }
    return words;
  });
}

function take(counts: Map<string, number>, value: string): boolean {
  const n = counts.get(value) ?? 0;
  if (n === 0) return false;
  counts.set(value, n - 1);
  return true;
}

function shares(a: NumberToken, b: NumberToken): boolean {
  return a.values.some((value) => b.values.includes(value));
}

export default defineCheck({
  id: 'number/mismatch',
  severity: 'warning',
  summary: 'a number of the source is missing or different in the translation (5 → 15), compared by value across scripts and separators',
  peers: { pofilter: ['numbers'] },
  check(unit, _context, report) {
    const plural = isPlural(unit);
    const dual = DUAL_LANGUAGES.has(languageOf(unit.locale));
    for (const { form, source, target } of translatedForms(unit)) {
      const sourceIndex = plural && form > 0 ? 1 : 0;
      const want = numbersOf(unit, NUMBER_KEYS.source(sourceIndex), source, unit.sourceLocale);
      const have = numbersOf(unit, NUMBER_KEYS.target(form), target, unit.locale);
      if (want.length === 0 && have.length === 0) continue;
      const unmatched = [...have];
      const softLeft: NumberToken[] = [];
      const missing: NumberToken[] = [];
      // Required numbers first, fewest readings first ("1,000" may be 1000 or 1), then soft ones.
      const order = [...want].sort((a, b) => Number(a.soft) - Number(b.soft) || a.values.length - b.values.length);
      let targetWords: Map<string, number> | undefined;
      for (const token of order) {
        const index = unmatched.findIndex((candidate) => shares(token, candidate));
        if (index >= 0) unmatched.splice(index, 1);
        else if (token.soft) softLeft.push(token);
        else if (token.values.some((value) => take((targetWords ??= new Map(wordsOf(unit, WORD_KEYS.target(form), target, unit.locale))), value))) continue;
        else missing.push(token);
      }
      // Ordinals, digits of names, number words of the source and a plural's count may show up as plain numbers.
      let sourceWords: Map<string, number> | undefined;
      const extra = unmatched.filter((token) => {
        if (token.soft || (plural && token.values.includes('1'))) return false;
        const soft = softLeft.findIndex((candidate) => shares(token, candidate));
        if (soft >= 0) return softLeft.splice(soft, 1), false;
        return !token.values.some((value) => take((sourceWords ??= new Map(wordsOf(unit, WORD_KEYS.source(sourceIndex), source, unit.sourceLocale))), value));
      });
      const required = missing.filter((token) => !(plural && token.values.includes('1')) && !(dual && token.values.includes('2')));
      if (required.length === 1 && extra.length === 1) {
        report({ form, message: `${required[0]!.text} in the source is ${extra[0]!.text} in the translation` });
        continue;
      }
      if (required.length) report({ form, message: `missing number${required.length > 1 ? 's' : ''} ${required.map((t) => t.text).join(', ')}` });
      if (extra.length) report({ form, message: `${extra.map((t) => t.text).join(', ')} ${extra.length > 1 ? 'are' : 'is'} not in the source` });
    }
  },
});
