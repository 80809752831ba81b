import { languageOf } from '../../core/locale.js';
import { defineCheck } from '../../core/check.js';
import { maskText } from '../../syntax/mask.js';
import { translatedForms } from '../source-for-form.js';
import { CASE_IGNORED_LANGUAGES, caseCounts, NOUN_CAPITALISING_LANGUAGES } from './conventions.js';
import { containsWord } from './start.js';
import { isCredits } from '../punctuation/conventions.js';

const WORDS = /[\p{L}\p{M}\p{N}]+/gu;
const HAS_LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

/** Words with letters, and whether each is written in capitals only. */
function words(masked: string): string[] {
  return (masked.match(WORDS) ?? []).filter((word) => HAS_LETTER.test(word));
}

export default defineCheck({
  id: 'case/overall',
  severity: 'info',
  summary: 'the source is in capitals and the translation is not, or the reverse',
  peers: { pofilter: ['simplecaps'] },
  appliesTo: (unit) => {
    const language = languageOf(unit.locale);
    return !isCredits(unit) && !CASE_IGNORED_LANGUAGES.has(language) && !NOUN_CAPITALISING_LANGUAGES.has(language) && !CASE_IGNORED_LANGUAGES.has(languageOf(unit.sourceLocale));
  },
  check(unit, _context, report) {
    for (const { form, target, source } of translatedForms(unit)) {
      // Both sides have lower-case letters: neither is written in capitals (the common case).
      if (LOWER.test(source) && LOWER.test(target)) continue;
      const maskedSource = maskText(unit, source);
      const maskedTarget = maskText(unit, target);
      const sourceCase = caseCounts(maskedSource);
      const targetCase = caseCounts(maskedTarget);
      if (sourceCase.upper + sourceCase.lower < 3 || targetCase.upper + targetCase.lower < 3) continue;
      // Mostly letters without case (Assamese, Shavian…) with a few Latin words: case says nothing.
      if (2 * (targetCase.upper + targetCase.lower) < targetCase.letters || 2 * (sourceCase.upper + sourceCase.lower) < sourceCase.letters) continue;
      if (sourceCase.lower === 0 && targetCase.lower > 0) {
        // Shouting needs two words, and acronyms kept in the translation ("URL" -> "URL-адрес") are not shouting.
        const sourceWords = words(maskedSource);
        if (sourceWords.length < 2 || sourceWords.every((word) => containsWord(maskedTarget, word))) continue;
        report({ form, message: 'the source is written in capitals but the translation is not' });
      } else if (targetCase.lower === 0 && sourceCase.lower > 0) {
        const targetWords = words(maskedTarget);
        const letters = targetCase.upper;
        // A short all-capitals translation is an abbreviation ("Portable Document Format" -> "PDF").
        if (targetWords.length < 2 && letters < 6) continue;
        if (targetWords.every((word) => containsWord(maskedSource, word))) continue;
        report({ form, message: 'the translation is written in capitals but the source is not' });
      }
    }
  },
});
