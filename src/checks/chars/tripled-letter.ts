import { languageOf } from '../../core/locale.js';
import { defineCheck } from '../../core/check.js';
import { maskText } from '../../syntax/mask.js';
import { translatedForms } from '../source-for-form.js';
import { isCredits } from '../punctuation/conventions.js';

// Alphabets where a letter tripled is a slip; CJK and Hangul repeat characters on purpose (哈哈哈, ㅋㅋㅋ).
const TRIPLE = /([\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}])\1\1/iu;
// Any character three times before the script-aware, case-insensitive test.
const ANY_TRIPLE = /(\S)\1\1/;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// Roman numerals (III, XXX, MMM), www, and placeholder names like XXX or xxx.
const ALLOWED_WORD = /^(?:[IVXLCDM]+|www|x+|z+|h*m+|sh+|brr+|a+h+|o+h+|e+h+)$/i;
// German and Luxembourgish compounds keep all three letters since the 1996 reform (Schifffahrt, Kontrolllampe, Seeelefant).
const TRIPLES_ALLOWED = new Set(['de', 'lb', 'gsw', 'bar', 'nds']);

export default defineCheck({
  id: 'chars/tripled-letter',
  severity: 'info',
  summary: 'the same letter three times in a row in the translation (Fehhhler)',
  peers: { okapi: ['Tripled letter'] },
  appliesTo: (unit) => !isCredits(unit) && !TRIPLES_ALLOWED.has(languageOf(unit.locale)),
  check(unit, _context, report) {
    for (const { form, target, source } of translatedForms(unit)) {
      if (!ANY_TRIPLE.test(target) || !TRIPLE.test(target)) continue;
      const lowerSource = source.toLowerCase();
      const found: string[] = [];
      for (const word of maskText(unit, target).match(WORD) ?? []) {
        const triple = TRIPLE.exec(word);
        if (!triple || ALLOWED_WORD.test(word) || /\p{N}/u.test(word)) continue;
        if (lowerSource.includes(triple[0].toLowerCase())) continue;
        found.push(word);
      }
      if (found.length) report({ form, message: `tripled letter in ${found.map((w) => `"${w}"`).join(', ')}` });
    }
  },
});
