import { defineCheck } from '../../core/check.js';
import { isPlural } from '../../core/unit.js';

export default defineCheck({
  id: 'plural/range-flag',
  severity: 'warning',
  summary: 'gettext "range:" flag that is malformed or on a message without plural forms',
  peers: { i18nspector: ['invalid-range-flag', 'range-flag-without-plural-string'] },
  scope: 'all',
  appliesTo: (unit) => [...unit.flags].some((flag) => flag.startsWith('range:')),
  check(unit, _context, report) {
    for (const flag of unit.flags) {
      if (!flag.startsWith('range:')) continue;
      const match = /^range:\s*(\d+)\.\.(\d+)$/.exec(flag);
      if (!match || Number(match[1]) >= Number(match[2])) report({ message: `"${flag}" is not a valid range (write "range: 0..10" with the lower bound first)`, span: unit.spans.unit });
      else if (!isPlural(unit)) report({ message: `"${flag}" is on a message without msgid_plural`, span: unit.spans.unit });
    }
  },
});
