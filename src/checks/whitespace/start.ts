import { defineCheck } from '../../core/check.js';
import { checkEdgeWhitespace } from './edges.js';

export default defineCheck({
  id: 'whitespace/start',
  severity: 'warning',
  summary: 'leading spaces or tabs differ between source and translation',
  aliases: ['whitespace/leading-trailing'],
  peers: { pofilter: ['startwhitespace'], weblate: ['begin_space'], okapi: ['leadingWS'], poexam: ['whitespace-start'] },
  check: (unit, _context, report) => checkEdgeWhitespace(unit, 'start', report),
});
