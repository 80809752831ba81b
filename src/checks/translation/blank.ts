import { defineCheck } from '../../core/check.js';

export default defineCheck({
  id: 'translation/blank',
  severity: 'error',
  summary: 'the translation is only whitespace while the source has text',
  peers: { pofilter: ['blank'], poexam: ['blank'] },
  check(unit, _context, report) {
    unit.targets.forEach((target, form) => {
      if (target !== '' && target.trim() === '' && unit.source.trim() !== '') report({ form, message: 'the translation is only whitespace' });
    });
  },
});
