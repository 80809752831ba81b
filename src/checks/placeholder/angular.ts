import { defineCheck } from '../../core/check.js';
import { angularPlaceholders } from '../../syntax/web-placeholders.js';
import { reportPlaceholderProblems, usesSyntax } from './flagged.js';

export default defineCheck({
  id: 'placeholder/angular',
  severity: 'error',
  summary: 'AngularJS interpolations ({{ expression }}) missing, added or changed',
  peers: { weblate: ['angularjs_format'] },
  appliesTo: (unit, { catalog }) => usesSyntax(unit, catalog, { format: 'angular', flags: ['angularjs-format', 'angular-format'] }),
  check: (unit, { catalog }, report) => reportPlaceholderProblems(unit, catalog, 'angular', angularPlaceholders, report),
});
