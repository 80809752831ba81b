import { defineCheck } from '../../core/check.js';

export default defineCheck({
  id: 'translation/blank',
  severity: 'error',
  summary: 'the translation is only whitespace while the source has text',
  peers: { pofilter: ['blank'], poexam: ['blank'] },
  check(unit, _context, report) {
    for (let form = 0; form < unit.targets.length; form++) {
      const target = unit.targets[form]!;
      if (target !== '' && target.trim() === '' && unit.source.trim() !== '') report({ form, message: 'the translation is only whitespace' });
    }
  },
});
