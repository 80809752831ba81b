import { defineCheck } from '../../core/check.js';
import { declaredMaxLength, visibleLength } from './measure.js';

export default defineCheck({
  id: 'length/source-near-limit',
  severity: 'info',
  summary: 'the source already uses more than 85 % of its length limit, leaving translators no room',
  peers: { weblate: ['source-max-length'] },
  scope: 'all',
  check(unit, _context, report) {
    const limit = declaredMaxLength(unit);
    if (limit === undefined) return;
    const length = visibleLength(unit.source);
    if (length > limit * 0.85) report({ message: `the source has ${length} of ${limit} allowed characters: translations rarely fit`, span: unit.spans.source ?? unit.spans.unit });
  },
});
