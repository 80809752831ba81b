import { languageOf } from '../../core/locale.js';
import { defineCheck } from '../../core/check.js';
import { maskText } from '../../syntax/mask.js';
import { translatedForms } from '../source-for-form.js';
import { CASE_IGNORED_LANGUAGES, initialCase, NOUN_CAPITALISING_LANGUAGES, wordAt } from './conventions.js';
import { isCredits } from '../punctuation/conventions.js';

export default defineCheck({
  id: 'case/start',
  severity: 'info',
  summary: 'the first letter is upper case in the source and lower case in the translation, or the reverse',
  peers: { pofilter: ['startcaps'] },
  appliesTo: (unit) => !isCredits(unit) && !CASE_IGNORED_LANGUAGES.has(languageOf(unit.locale)) && !CASE_IGNORED_LANGUAGES.has(languageOf(unit.sourceLocale)),
  check(unit, _context, report) {
    const language = languageOf(unit.locale);
    const sourceLanguage = languageOf(unit.sourceLocale);
    for (const { form, target, source } of translatedForms(unit)) {
      const maskedSource = maskText(unit, source);
      const want = initialCase(maskedSource, sourceLanguage);
      if ((want.initial !== 'upper' && want.initial !== 'lower') || maskedSource.trim().length < 2) continue;
      const maskedTarget = maskText(unit, target);
      const have = initialCase(maskedTarget, language);
      if (have.initial !== 'upper' && have.initial !== 'lower') continue;
      if (want.initial === have.initial) continue;
      if (want.initial === 'lower' && NOUN_CAPITALISING_LANGUAGES.has(language)) continue;
      // A word taken over from the source (a brand, a name) keeps its own case.
      const targetWord = wordAt(maskedTarget, have.index);
      const sourceWord = wordAt(maskedSource, want.index);
      if (containsWord(maskedSource, targetWord) || containsWord(maskedTarget, sourceWord)) continue;
      // A first word in capitals is an acronym or emphasis (FIFO, WARNING:), not sentence case.
      if (ALL_CAPS.test(targetWord) || ALL_CAPS.test(sourceWord)) continue;
      if (want.initial === 'upper') {
        report({ form, message: `starts with a lower-case letter ("${targetWord}") but the source starts with a capital` });
      } else {
        report({ form, message: `starts with a capital ("${targetWord}") but the source starts with a lower-case letter` });
      }
    }
  },
});

const ALL_CAPS = /^\p{Lu}[\p{Lu}\p{N}]+$/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Whether `word` occurs in `text` as a whole word, with its case. */
export function containsWord(text: string, word: string): boolean {
  if (word === '') return false;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = text[i - 1];
    const after = text[i + word.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) return true;
  }
  return false;
}
