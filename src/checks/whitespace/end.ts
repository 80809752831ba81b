import { defineCheck } from '../../core/check.js';
import { checkEdgeWhitespace } from './edges.js';

export default defineCheck({
  id: 'whitespace/end',
  severity: 'warning',
  summary: 'trailing spaces or tabs differ between source and translation',
  aliases: ['whitespace/leading-trailing'],
  peers: { pofilter: ['endwhitespace'], weblate: ['end_space'], okapi: ['trailingWS'], poexam: ['whitespace-end'] },
  check: (unit, _context, report) => checkEdgeWhitespace(unit, 'end', report),
});
