import { defineCheck } from '../../core/check.js';
import { i18nextPlaceholders } from '../../syntax/i18next.js';
import { reportPlaceholderProblems, usesSyntax } from './flagged.js';

export default defineCheck({
  id: 'placeholder/i18next',
  severity: 'error',
  summary: 'i18next interpolations ({{name}}, {{value, number}}) and $t(key) nestings missing, added or reformatted',
  peers: { weblate: ['i18next_interpolation'] },
  appliesTo: (unit, { catalog }) => usesSyntax(unit, catalog, { format: 'i18next', flags: ['i18next-interpolation', 'i18next-format'] }),
  check: (unit, { catalog }, report) => reportPlaceholderProblems(unit, catalog, 'i18next', i18nextPlaceholders, report, 'warning'),
});
