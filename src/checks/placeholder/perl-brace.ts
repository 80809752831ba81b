import { defineCheck } from '../../core/check.js';
import { perlBracePlaceholders } from '../../syntax/brace-formats.js';
import { reportPlaceholderProblems, usesSyntax } from './flagged.js';

export default defineCheck({
  id: 'placeholder/perl-brace',
  severity: 'error',
  summary: 'Perl brace placeholders ({name}) missing or added',
  peers: {
    weblate: ['perl_brace_format'],
    i18nspector: ['perl-brace-format-string-missing-argument', 'perl-brace-format-string-unknown-argument', 'perl-brace-format-string-error'],
    msgfmt: ['--check-format'],
    poexam: ['formats'],
  },
  appliesTo: (unit, { catalog }) => usesSyntax(unit, catalog, { format: 'perl-brace', flags: ['perl-brace-format'] }),
  check: (unit, { catalog }, report) => reportPlaceholderProblems(unit, catalog, 'perl{}', perlBracePlaceholders, report),
});
