import { defineCheck } from '../../core/check.js';
import { looksLikeRuby, rubyPlaceholders } from '../../syntax/ruby.js';
import { reportPlaceholderProblems, usesSyntax } from './flagged.js';

export default defineCheck({
  id: 'placeholder/ruby',
  severity: 'error',
  summary: 'Ruby format placeholders (%{name}, %<name>d, %s) missing, added or of another type',
  peers: { weblate: ['ruby_format'] },
  appliesTo: (unit, { catalog }) => usesSyntax(unit, catalog, { format: 'ruby', flags: ['ruby-format'], guess: looksLikeRuby }),
  check: (unit, { catalog }, report) => reportPlaceholderProblems(unit, catalog, 'ruby', rubyPlaceholders, report),
});
