import { defineCheck } from '../../core/check.js';
import { laravelPlaceholders } from '../../syntax/web-placeholders.js';
import { reportPlaceholderProblems, usesSyntax } from './flagged.js';

export default defineCheck({
  id: 'placeholder/laravel',
  severity: 'error',
  summary: 'Laravel :name parameters missing, added or translated',
  peers: { weblate: ['laravel_format'] },
  // "Note: value" and "10:30" are prose: only flagged units (or Laravel files) are checked.
  appliesTo: (unit, { catalog }) => usesSyntax(unit, catalog, { format: 'laravel', flags: ['laravel-format'] }),
  check: (unit, { catalog }, report) => reportPlaceholderProblems(unit, catalog, 'laravel', laravelPlaceholders, report),
});
