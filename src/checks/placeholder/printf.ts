import { defineCheck } from '../../core/check.js';
import { memoText, type Unit } from '../../core/unit.js';
import { usesFormat } from '../../syntax/formats.js';
import { looksLikePrintf, printfDirectives, type PrintfDirective } from '../../syntax/printf.js';
import { translatedForms } from '../source-for-form.js';
import { comparePlaceholders, type Placeholder } from './compare.js';

/** Precision as a reader sees it: `.250`, or the C default for `%.s` (zero). */
const shownPrecision = (precision: string) => `.${precision === '' ? '0' : precision}`;

const STRING_CONVERSION = /[sS@]$/;

/**
 * A directive of the same type whose precision changes what is printed, which msgfmt accepts:
 * a string limit dropped (`%.250s` cuts a string at 250 characters, `%250s` pads it to 250), a
 * zero precision added (`%.s` prints nothing), or the digits of a number changed (`%.1f` → `%.2f`).
 * A limit a translator puts on a string only shortens very long values, so it passes.
 */
function precisionChange(want: PrintfDirective, have: PrintfDirective): string | undefined {
  if (want.precision === have.precision || want.precision?.startsWith('*') || have.precision?.startsWith('*')) return undefined;
  const what = `${have.text} where the source has ${want.text}: precision`;
  if (have.precision === undefined) return `${what} ${shownPrecision(want.precision!)} dropped`;
  const isString = STRING_CONVERSION.test(want.text);
  const haveZero = Number(have.precision || 0) === 0;
  if (want.precision === undefined) return !isString || haveZero ? `${what} ${shownPrecision(have.precision)} added` : undefined;
  if (Number(want.precision || 0) === Number(have.precision || 0) || (isString && !haveZero)) return undefined;
  return `${what} ${shownPrecision(want.precision)} changed to ${shownPrecision(have.precision)}`;
}

function firstByArgument(directives: PrintfDirective[]): Map<number, PrintfDirective> {
  const map = new Map<number, PrintfDirective>();
  for (const directive of directives) if (directive.type !== 'int' || !directive.text.startsWith('*')) if (!map.has(directive.argument)) map.set(directive.argument, directive);
  return map;
}

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
    const tokenize = (text: string) => memoText(unit, 'printf', text, printfPlaceholders);
    const problems = comparePlaceholders(unit, catalog, tokenize);
    for (const problem of problems) report({ form: problem.form, message: problem.message });
    // Same argument and type, other precision: a warning, since the program still runs.
    const directives = (text: string) => memoText(unit, 'printf-directives', text, () => firstByArgument(printfDirectives(text)));
    for (const { form, source, target } of translatedForms(unit)) {
      if ((!source.includes('.') && !target.includes('.')) || problems.some((problem) => problem.form === form)) continue;
      const have = directives(target);
      for (const [argument, want] of directives(source)) {
        const found = have.get(argument);
        const message = found && found.type === want.type ? precisionChange(want, found) : undefined;
        if (message) report({ form, severity: 'warning', message });
      }
    }
  },
});
