import { defineCheck } from '../../core/check.js';
import { percentNamedPlaceholders } from '../../syntax/web-placeholders.js';
import { reportPlaceholderProblems, usesSyntax } from './flagged.js';

export default defineCheck({
  id: 'placeholder/percent-named',
  severity: 'error',
  summary: '%name% placeholders (Symfony, Joomla, Windows) missing, added or translated',
  peers: { weblate: ['percent_placeholders'] },
  // "10% to 20%" is prose: only flagged units are checked.
  appliesTo: (unit, { catalog }) => usesSyntax(unit, catalog, { format: 'percent', flags: ['percent-placeholders'] }),
  check: (unit, { catalog }, report) => reportPlaceholderProblems(unit, catalog, '%name%', percentNamedPlaceholders, report),
});
