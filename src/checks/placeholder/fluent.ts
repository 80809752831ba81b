import { defineCheck } from '../../core/check.js';
import { memoText, type Unit } from '../../core/unit.js';
import { allRefs, guaranteedRefs, parseFluent, type FluentParse } from '../../syntax/fluent.js';
import { translatedForms } from '../source-for-form.js';

const parsed = (unit: Unit, text: string): FluentParse => memoText(unit, 'fluent', text, parseFluent);

export function isFluent(unit: Unit): boolean {
  return unit.formats.has('fluent') || unit.flags.has('fluent-references') || unit.flags.has('fluent-parts');
}

export default defineCheck({
  id: 'placeholder/fluent',
  severity: 'error',
  summary: 'Fluent references ({ $var }, { -term }, { message.attr }) missing, added, or missing from some variants',
  peers: { weblate: ['fluent-references', 'fluent-parts'] },
  appliesTo: (unit) => isFluent(unit) && unit.source.includes('{'),
  check(unit, _context, report) {
    for (const { form, source, target } of translatedForms(unit)) {
      const want = parsed(unit, source);
      const have = parsed(unit, target);
      // Syntax errors are markup/fluent's; comparing references of a broken pattern would only add noise.
      if (want.errors.length > 0 || have.errors.length > 0) continue;
      const required = guaranteedRefs(want.pattern);
      const shown = guaranteedRefs(have.pattern);
      const sourceAll = allRefs(want.pattern);
      const targetAll = allRefs(have.pattern);
      for (const ref of required) {
        if (shown.has(ref)) continue;
        report({ form, message: targetAll.shown.has(ref) ? `{ ${ref} } is missing from some variants` : `missing { ${ref} }` });
      }
      for (const ref of targetAll.shown) {
        if (!sourceAll.shown.has(ref) && !sourceAll.selectors.has(ref)) report({ form, message: `{ ${ref} } is not in the source` });
      }
      // A translation may select on a term attribute (grammatical gender) the source does not; a new variable is another matter.
      for (const ref of targetAll.selectors) {
        if (ref.startsWith('$') && !sourceAll.shown.has(ref) && !sourceAll.selectors.has(ref)) report({ form, message: `selects on ${ref}, which the source does not use` });
      }
    }
  },
});
