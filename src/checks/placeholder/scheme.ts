import { defineCheck } from '../../core/check.js';
import { schemeDirectives } from '../../syntax/scheme.js';
import { reportPlaceholderProblems, usesSyntax } from './flagged.js';

export default defineCheck({
  id: 'placeholder/scheme',
  severity: 'error',
  summary: 'Scheme/Lisp format directives (~a, ~d, ~s) missing, added or of another type',
  peers: { weblate: ['scheme_format'], msgfmt: ['--check-format'] },
  // "~" is common in prose ("~5 minutes"), so only flagged units are checked.
  appliesTo: (unit, { catalog }) => usesSyntax(unit, catalog, { format: 'scheme', flags: ['scheme-format', 'lisp-format'] }),
  check: (unit, { catalog }, report) => reportPlaceholderProblems(unit, catalog, 'scheme', schemeDirectives, report),
});
