import { defineCheck } from '../../core/check.js';
import { memoText } from '../../core/unit.js';
import { usesFormat } from '../../syntax/formats.js';
import { looksLikePythonPercent, pythonPercentPlaceholders } from '../../syntax/python.js';
import { comparePlaceholders } from './compare.js';

export default defineCheck({
  id: 'placeholder/python-percent',
  severity: 'error',
  summary: 'Python %-format placeholders (%(name)s, %d) missing, added or of another type',
  aliases: ['placeholder/python'],
  peers: {
    weblate: ['python_format'],
    i18nspector: ['python-format-string-missing-argument', 'python-format-string-unknown-argument', 'python-format-string-argument-number-mismatch', 'python-format-string-argument-type-mismatch', 'python-format-string-error'],
    msgfmt: ['--check-format'],
    poexam: ['formats'],
  },
  appliesTo: (unit, { catalog }) => usesFormat(unit, catalog, 'python', 'python-format', looksLikePythonPercent),
  check(unit, { catalog }, report) {
    const tokenize = (text: string) => memoText(unit, 'python%', text, pythonPercentPlaceholders);
    for (const problem of comparePlaceholders(unit, catalog, tokenize)) {
      const named = !/^\d+$/.test(problem.placeholder.argument);
      // Python lets a translation use fewer *named* arguments without crashing: a warning, not an error.
      report({ form: problem.form, message: problem.message, ...(problem.kind === 'missing' && named ? { severity: 'warning' as const } : {}) });
    }
  },
});
