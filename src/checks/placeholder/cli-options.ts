import { defineCheck } from '../../core/check.js';
import { escapeRegExp } from '../../core/text.js';
import { memoText } from '../../core/unit.js';
import { cliOptions, type CliOption } from '../../syntax/code-words.js';
import { translatedForms } from '../source-for-form.js';

// A value without lower-case letters, or in angle brackets, is a metavariable (FILE, FIRST_PAGE[:LAST_PAGE], <dir>):
// translatable. Anything else is a literal value (--color=auto).
const METAVARIABLE = /^(?:[^\p{Ll}]*\p{Lu}[^\p{Ll}]*|<[^<>]+>)$/u;

export default defineCheck({
  id: 'placeholder/cli-options',
  severity: 'warning',
  summary: 'command-line options (--help, --color=auto) translated, dropped or added; metavariables like --file=FILE may be translated',
  peers: { pofilter: ['options'] },
  appliesTo: (unit) => unit.source.includes('--'),
  check(unit, _context, report) {
    const options = (text: string): CliOption[] => memoText(unit, 'options', text, cliOptions);
    for (const { form, source, target } of translatedForms(unit)) {
      const want = options(source);
      if (want.length === 0) continue;
      const have = options(target);
      const haveNames = new Set(have.map((option) => option.name));
      const wantNames = new Set(want.map((option) => option.name));
      for (const option of want) {
        if (!haveNames.has(option.name)) {
          report({ form, message: `missing or translated option ${option.name}: options are typed as written` });
          continue;
        }
        if (option.value !== undefined && !METAVARIABLE.test(option.value) && !namesShortOptionArgument(source, option.value) && !have.some((o) => o.name === option.name && o.value === option.value)) {
          report({ form, message: `${option.name}=${option.value}: "${option.value}" is a literal value, keep it` });
        }
      }
      for (const name of haveNames) if (!wantNames.has(name)) report({ form, message: `option ${name} is not in the source` });
    }
  },
});

/** Whether `value` is also the argument of a short option ("-e script, --expression=script"): then it is a metavariable. */
function namesShortOptionArgument(source: string, value: string): boolean {
  return new RegExp(`(?:^|\\s)-[A-Za-z0-9] ${escapeRegExp(value)}(?=[,\\s]|$)`).test(source);
}
