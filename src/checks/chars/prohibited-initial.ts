import { defineCheck } from '../../core/check.js';
import { translatedForms } from '../source-for-form.js';

// Characters that make spreadsheet software read a CSV cell as a formula (OWASP CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

export default defineCheck({
  id: 'chars/prohibited-initial',
  severity: 'warning',
  summary: 'translation starts with = + - @ (a formula when the glossary or CSV is opened in a spreadsheet)',
  peers: { weblate: ['prohibited_initial_character'] },
  defaultOff: true,
  check(unit, _context, report) {
    for (const { form, target, source } of translatedForms(unit)) {
      if (!FORMULA_START.test(target)) continue;
      // The source starting the same way ("+1", "-v"), or holding the same first word ("the -P option" -> "-P オプション"), is by design.
      if (source[0] === target[0] || source.includes(/^\S+/.exec(target)![0])) continue;
      const shown = target[0] === '\t' ? 'a tab' : target[0] === '\r' ? 'a carriage return' : `"${target[0]}"`;
      report({ form, message: `starts with ${shown}, which spreadsheets read as a formula; reword or put a space first` });
    }
  },
});
