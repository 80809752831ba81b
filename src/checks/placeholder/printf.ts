import { defineCheck } from '../../core/check.js';
import { memoText, type Unit } from '../../core/unit.js';
import { usesFormat } from '../../syntax/formats.js';
import { looksLikePrintf, printfDirectives } from '../../syntax/printf.js';
import { comparePlaceholders, type Placeholder } from './compare.js';

function printfPlaceholders(text: string): Placeholder[] {
  return printfDirectives(text).map((d) => ({ text: d.text, argument: String(d.argument), type: d.type }));
}

export default defineCheck({
  id: 'placeholder/printf',
  severity: 'error',
  summary: 'printf-style directives (%s, %d, %1$s, %lu, %@) missing, added or of another type in the translation',
  peers: {
    pofilter: ['printf'],
    weblate: ['c_format', 'objc_format', 'php_format', 'perl_format', 'lua_format', 'javascript_format', 'object_pascal_format', 'java_printf_format'],
    okapi: ['C-style printf codes'],
    i18nspector: ['c-format-string-missing-arguments', 'c-format-string-excess-arguments', 'c-format-string-argument-type-mismatch', 'c-format-string-error'],
    msgfmt: ['--check-format'],
    poexam: ['formats'],
  },
  appliesTo: (unit, { catalog }) => usesFormat(unit, catalog, 'c', 'c-format', looksLikePrintf, true),
  check(unit: Unit, { catalog }, report) {
    const tokenize = (text: string) => memoText(unit, 'printf', text, () => printfPlaceholders(text));
    for (const problem of comparePlaceholders(unit, catalog, tokenize)) report({ form: problem.form, message: problem.message });
  },
});
