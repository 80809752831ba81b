import { defineCheck } from '../../core/check.js';
import { polarityFlip } from '../../meaning/negation.js';
import { translatedForms } from '../source-for-form.js';

export default defineCheck({
  id: 'meaning/negation',
  severity: 'error',
  summary: 'the translation negates what the source says, or drops its "not" ("Do not save" -> "Speichern")',
  peers: {},
  check(unit, _context, report) {
    for (const { form, source, target } of translatedForms(unit)) {
      const flip = polarityFlip(source, target, unit.locale, unit.formats);
      if (flip) report({ form, message: flip.message, meaning: flip.meaning, ...(flip.meaning.suggestion ? { fix: { replacement: flip.meaning.suggestion, safe: false, form } } : {}) });
    }
  },
});
