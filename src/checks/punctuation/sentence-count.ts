import { languageOf } from '../../core/locale.js';
import { defineCheck } from '../../core/check.js';
import { maskText } from '../../syntax/mask.js';
import { translatedForms } from '../source-for-form.js';
import { isCredits } from './conventions.js';

// A sentence ends with a mark, spaces, then something that does not start in lower case
// (translate-toolkit `sentencere`); CJK and Indic marks need no space after them.
const SPACED_END = /[.!?…։؟۔።](?:["'”’»)\]]*)\s+(?=[^\p{Ll}\p{N}\s])/gu;
// Greek ends questions with `;`.
const SPACED_END_EL = /[.!?…;;](?:["'”’»)\]]*)\s+(?=[^\p{Ll}\p{N}\s])/gu;
const UNSPACED_END = /[。！？।॥](?=\s*\S)/g;
// Thai and Lao do not mark sentence ends (translate-toolkit th.py ignores this test).
const SKIPPED = new Set(['th', 'lo']);

/** Number of sentences in `text` (masked); 0 for empty text. */
export function sentenceCount(text: string, language: string): number {
  if (text.trim() === '') return 0;
  let count = 1;
  count += text.match(language === 'el' ? SPACED_END_EL : SPACED_END)?.length ?? 0;
  count += text.match(UNSPACED_END)?.length ?? 0;
  return count;
}

export default defineCheck({
  id: 'punctuation/sentence-count',
  severity: 'info',
  summary: 'the translation has more or fewer sentences than the source',
  peers: { pofilter: ['sentencecount'] },
  defaultOff: true,
  appliesTo: (unit) => !isCredits(unit) && !SKIPPED.has(languageOf(unit.locale)),
  check(unit, _context, report) {
    const language = languageOf(unit.locale);
    const sourceLanguage = languageOf(unit.sourceLocale);
    for (const { form, target, source } of translatedForms(unit)) {
      const want = sentenceCount(maskText(unit, source), sourceLanguage);
      const have = sentenceCount(maskText(unit, target), language);
      if (want !== have) report({ form, message: `${have} sentence${have === 1 ? '' : 's'} where the source has ${want}` });
    }
  },
});
