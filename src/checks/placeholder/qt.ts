import { defineCheck } from '../../core/check.js';
import { looksLikeQt, qtPlaceholders } from '../../syntax/qt.js';
import { reportPlaceholderProblems, usesSyntax } from './flagged.js';

export default defineCheck({
  id: 'placeholder/qt',
  severity: 'error',
  summary: 'Qt QString::arg() markers (%1 … %99, %L1) missing or added; %1 and %10 are different arguments',
  peers: { weblate: ['qt_format'], msgfmt: ['--check-format'] },
  appliesTo: (unit, { catalog }) => usesSyntax(unit, catalog, { format: 'qt', flags: ['qt-format', 'kde-format'], guess: looksLikeQt }),
  check: (unit, { catalog }, report) =>
    reportPlaceholderProblems(unit, catalog, 'qt', (text) => qtPlaceholders(text).map((p) => ({ text: p.text, argument: p.argument, type: '' })), report),
});
