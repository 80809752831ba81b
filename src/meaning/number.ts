import { languageOf } from '../core/locale.js';
import type { Meaning } from '../core/finding.js';
import { mask } from '../syntax/mask.js';
import { numberTokens } from '../syntax/numbers.js';
import { mayHaveNumberWord, numberWordFor, numberWordValue } from './number-words.js';

interface Quantity {
  text: string;
  values: string[];
  /** Spelled as a word ("drei") rather than digits. */
  word: boolean;
}

const WORD = /[\p{L}][\p{L}'’]*/gu;

function quantities(plain: string, language: string): Quantity[] {
  const found: Quantity[] = numberTokens(plain, true).filter((token) => !token.soft).map((token) => ({ text: token.text, values: token.values, word: false }));
  if (mayHaveNumberWord(language, plain)) for (const match of plain.matchAll(WORD)) {
    const value = numberWordValue(language, match[0]);
    if (value !== undefined) found.push({ text: match[0], values: [String(value)], word: true });
  }
  return found;
}

/** Removes from both lists the quantities that match by value; returns what is left on each side. */
function unmatched(source: Quantity[], target: Quantity[]): { source: Quantity[]; target: Quantity[] } {
  const left = [...target];
  const missing: Quantity[] = [];
  for (const quantity of source) {
    const index = left.findIndex((candidate) => candidate.values.some((value) => quantity.values.includes(value)));
    if (index >= 0) left.splice(index, 1);
    else missing.push(quantity);
  }
  return { source: missing, target: left };
}

/**
 * A number whose value changed ("3 days" -> "5 дней", "three" -> "fünf"): both sides have a
 * number the other lacks. Dropped or added numbers alone are number/mismatch's business.
 * `masked` hides placeholders; a check passes the unit's cached masking (syntax/mask maskText).
 */
export function numberChange(
  source: string,
  target: string,
  sourceLocale: string,
  targetLocale: string,
  formats: ReadonlySet<string>,
  masked: (text: string) => string = (text) => mask(text, formats),
): { message: string; meaning: Meaning } | undefined {
  if (source.length > 2000 || target.length > 4000) return undefined;
  const sourceLanguage = languageOf(sourceLocale);
  const targetLanguage = languageOf(targetLocale);
  const want = quantities(masked(source), sourceLanguage);
  if (want.length === 0) return undefined;
  const have = quantities(masked(target), targetLanguage);
  const { source: lost, target: extra } = unmatched(want, have);
  if (lost.length === 0 || extra.length === 0) return undefined;
  const expected = lost[0]!;
  const found = extra[0]!;
  const expectedValue = Number(expected.values[0]);
  const replacement = found.word ? numberWordFor(targetLanguage, expectedValue) ?? expected.values[0]! : expected.values[0]!;
  const suggestion = target.replace(found.text, replacement);
  return {
    message: `"${found.text}" means ${found.values[0]}, not ${expected.values[0]}; did you mean "${suggestion}"?`,
    meaning: { targetMeans: found.values[0]!, expected: expected.values[0]!, suggestion },
  };
}
