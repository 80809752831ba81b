import { defineCheck } from '../../core/check.js';
import { numberChange } from '../../meaning/number.js';
import { maskText } from '../../syntax/mask.js';
import { translatedForms } from '../source-for-form.js';

export default defineCheck({
  id: 'meaning/number',
  severity: 'error',
  summary: 'a number changed value ("3 days" -> "5 дней", "three" -> "fünf"), in digits or words',
  peers: { pofilter: ['numbers'] },
  supersedes: ['number/mismatch'],
  check(unit, _context, report) {
    // Plural forms legitimately differ ("1 file" in form 0 of "%d files"): only compare singular units.
    if (unit.sourcePlural !== undefined) return;
    for (const { form, source, target } of translatedForms(unit)) {
      const change = numberChange(source, target, unit.sourceLocale, unit.locale, unit.formats, (text) => maskText(unit, text));
      if (change) report({ form, message: change.message, meaning: change.meaning, fix: { replacement: change.meaning.suggestion!, safe: false, form } });
    }
  },
});
