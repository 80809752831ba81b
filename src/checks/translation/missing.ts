import { defineCheck } from '../../core/check.js';

export default defineCheck({
  id: 'translation/missing',
  severity: 'warning',
  summary: 'the unit has no translation',
  aliases: ['untranslated'],
  peers: { pofilter: ['untranslated'], poexam: ['untranslated'] },
  // The engine hides untranslated units from every other rule; this one exists for them.
  scope: 'all',
  appliesTo: (unit) => unit.state === 'untranslated',
  check(_unit, _context, report) {
    report({ message: 'not translated' });
  },
});
