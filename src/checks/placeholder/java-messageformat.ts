import { defineCheck } from '../../core/check.js';
import { memoText, type Unit } from '../../core/unit.js';
import { hasJavaArgument, parseJavaMessageFormat, type JavaMessageFormatParse } from '../../syntax/brace-formats.js';
import { translatedForms } from '../source-for-form.js';
import { comparePlaceholders } from './compare.js';

const parsed = (unit: Unit, text: string): JavaMessageFormatParse => memoText(unit, 'java{}', text, parseJavaMessageFormat);

/**
 * `java-format` (gettext, Weblate) always means MessageFormat; a file format that merely may
 * use it (`.properties`) or Weblate's `auto-java-messageformat` counts only when the source has `{0}`.
 */
function appliesTo(unit: Unit): boolean {
  if (unit.flags.has('no-java-format')) return false;
  if (unit.flags.has('java-format') || unit.flags.has('java-messageformat')) return true;
  if (!unit.formats.has('java') && !unit.flags.has('auto-java-messageformat')) return false;
  return hasJavaArgument(unit.source) || (unit.sourcePlural !== undefined && hasJavaArgument(unit.sourcePlural));
}

function doubleLoneApostrophes(text: string, lone: readonly number[]): string {
  let out = '';
  let cursor = 0;
  for (const offset of lone) {
    out += `${text.slice(cursor, offset)}''`;
    cursor = offset + 1;
  }
  return out + text.slice(cursor);
}

export default defineCheck({
  id: 'placeholder/java-messageformat',
  severity: 'error',
  summary: "Java MessageFormat arguments ({0}, {1,number}) missing or added, and single apostrophes that MessageFormat swallows (write '')",
  peers: { weblate: ['java_format'], msgfmt: ['--check-format'], poexam: ['formats'] },
  appliesTo,
  check(unit, { catalog }, report) {
    const quotedOut = new Map<number, Set<string>>();
    for (const { form, source, target } of translatedForms(unit)) {
      const want = parsed(unit, source);
      if (want.errors.length > 0) continue; // a broken source is the developer's to fix
      const have = parsed(unit, target);
      for (const error of have.errors) report({ form, message: `${error.message}: MessageFormat would throw` });
      const quoted = new Set(have.quotedArguments.map((text) => /\d+/.exec(text)![0]));
      quotedOut.set(form, quoted);
      // An apostrophe the source does not use is meant to be printed: MessageFormat drops it unless doubled.
      if (want.loneApostrophes.length === 0 && have.loneApostrophes.length > 0) {
        const at = have.loneApostrophes[0]!;
        const word = /[\p{L}\p{N}]*'[\p{L}\p{N}]*/u.exec(target.slice(Math.max(0, at - 12), at + 12))?.[0] ?? "'";
        const eaten = quoted.size > 0 ? ` and turns ${[...quoted].map((n) => `{${n}}`).join(', ')} into literal text` : '';
        report({
          form,
          message: `the apostrophe in "${word}" starts a MessageFormat quote, so it is not printed${eaten}; write '' (or ’)`,
          fix: { replacement: doubleLoneApostrophes(target, have.loneApostrophes), safe: false, form },
        });
      }
    }
    const tokenize = (text: string) => parsed(unit, text).placeholders;
    for (const problem of comparePlaceholders(unit, catalog, tokenize)) {
      // Already explained by the apostrophe finding.
      if (problem.kind === 'missing' && quotedOut.get(problem.form)?.has(problem.placeholder.argument)) continue;
      report({ form: problem.form, message: problem.message, ...(problem.kind === 'type' ? { severity: 'warning' as const } : {}) });
    }
  },
});
