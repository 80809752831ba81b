import { defineCheck } from '../../core/check.js';
import { translatedForms } from '../source-for-form.js';

// "width: 635px; height: 400px;" as in Mozilla's XUL dialog size strings (pofilter's mozilla_dialog_re).
const PAIR = /([-a-z]+):\s+(\d+(?:\.\d+)?)([a-z][a-z]);?/g;
const VALID_UNITS = new Set(['em', 'px', 'ch']);

function pairs(text: string): { key: string; unit: string }[] {
  return [...text.matchAll(PAIR)].map((m) => ({ key: m[1]!, unit: m[3]! }));
}

export default defineCheck({
  id: 'markup/mozilla-dialogsizes',
  severity: 'error',
  summary: 'Mozilla dialog sizes ("width: 30em"): CSS property names translated or units changed; only the number may change',
  peers: { pofilter: ['dialogsizes'] },
  defaultOff: true,
  appliesTo: (unit) => unit.source.includes('width') || unit.source.includes('height'),
  check(unit, _context, report) {
    for (const { form, source, target } of translatedForms(unit)) {
      const want = pairs(source);
      if (want.length === 0) continue;
      const have = pairs(target);
      if (have.length !== want.length) {
        report({ form, message: `the source has ${want.length} "property: size" pair${want.length > 1 ? 's' : ''}, the translation ${have.length}: keep "${want.map((p) => p.key).join(': …; ')}: …" and change only the numbers` });
        continue;
      }
      want.forEach((pair, i) => {
        const other = have[i]!;
        if (other.key !== pair.key) report({ form, message: `do not translate the property "${pair.key}" (found "${other.key}")` });
        else if (!VALID_UNITS.has(other.unit)) report({ form, message: `the unit should be one of ${[...VALID_UNITS].join(', ')}; the source uses "${pair.unit}"` });
      });
    }
  },
});
