import { defineCheck } from '../../core/check.js';
import { memoText } from '../../core/unit.js';
import { usesFormat } from '../../syntax/formats.js';
import { looksLikePythonBrace, pythonBracePlaceholders } from '../../syntax/python.js';
import { comparePlaceholders } from './compare.js';

export default defineCheck({
  id: 'placeholder/python-brace',
  severity: 'error',
  summary: 'Python str.format placeholders ({name}, {0}, {}) missing or added',
  aliases: ['placeholder/python'],
  peers: {
    pofilter: ['pythonbraceformat'],
    weblate: ['python_brace_format'],
    i18nspector: ['python-brace-format-string-missing-argument', 'python-brace-format-string-unknown-argument', 'python-brace-format-string-argument-type-mismatch', 'python-brace-format-string-error'],
    poexam: ['formats'],
  },
  appliesTo: (unit, { catalog }) => usesFormat(unit, catalog, 'python-brace', 'python-brace-format', looksLikePythonBrace),
  check(unit, { catalog }, report) {
    const tokenize = (text: string) => memoText(unit, 'python{}', text, pythonBracePlaceholders);
    for (const problem of comparePlaceholders(unit, catalog, tokenize)) report({ form: problem.form, message: problem.message });
  },
});
