import { defineCheck } from '../../core/check.js';

export default defineCheck({
  id: 'translation/empty-source',
  severity: 'warning',
  summary: 'a translation exists for an empty source text',
  peers: { okapi: ['emptySource'] },
  check(unit, _context, report) {
    if (unit.source === '' && unit.sourcePlural === undefined && unit.targets.some((t) => t !== '')) report({ message: 'the source is empty but a translation is given' });
  },
});
