import { languageOf } from '../../core/locale.js';
import { defineCheck } from '../../core/check.js';
import { translatedForms } from '../source-for-form.js';
import { KABYLE_REPLACEMENTS } from './conventions.js';

const GREEK = /[γεΓΕ]/g;

export default defineCheck({
  id: 'chars/kabyle',
  severity: 'warning',
  summary: 'Greek γ or ε typed instead of Kabyle Latin ɣ or ɛ',
  peers: { weblate: ['kabyle-characters'] },
  appliesTo: (unit) => languageOf(unit.locale) === 'kab',
  check(unit, _context, report) {
    for (const { form, target, source } of translatedForms(unit)) {
      if (!/[γεΓΕ]/.test(target)) continue;
      const found = [...new Set(target.match(GREEK)!)].filter((char) => !source.includes(char));
      if (found.length === 0) continue;
      const replacement = target.replace(GREEK, (char) => (found.includes(char) ? KABYLE_REPLACEMENTS[char]! : char));
      const list = found.map((char) => `Greek "${char}" → "${KABYLE_REPLACEMENTS[char]}"`).join(', ');
      report({ form, message: `uses ${list}`, fix: { replacement, safe: true, form } });
    }
  },
});
