import { languageOf } from '../../core/locale.js';
import { defineCheck } from '../../core/check.js';
import { translatedForms } from '../source-for-form.js';
import { acceleratorText, findAccelerators, markerOf } from './markers.js';
import { isCredits } from '../punctuation/conventions.js';

function times(n: number): string {
  return n === 1 ? 'once' : `${n} times`;
}

export default defineCheck({
  id: 'accelerator/mismatch',
  severity: 'warning',
  summary: 'accelerator marker (&, _, ~) missing, added or repeated in the translation',
  peers: { pofilter: ['accelerators'], weblate: ['accelerator'], poexam: ['accelerators'], msgfmt: ['--check-accelerators'] },
  // Nepali translations leave accelerators out (translate-toolkit ne.py ignoretests).
  appliesTo: (unit) => languageOf(unit.locale) !== 'ne' && !isCredits(unit) && (unit.source.includes('&') || unit.source.includes('_') || unit.source.includes('~') || unit.targets.some((t) => /[&_~]/.test(t))),
  check(unit, context, report) {
    const choice = markerOf(unit, context);
    if (!choice) return;
    const { marker, known } = choice;
    for (const { form, target, source } of translatedForms(unit)) {
      const want = findAccelerators(acceleratorText(unit, source), marker, known);
      const have = findAccelerators(acceleratorText(unit, target), marker, true, known ? undefined : source);
      const wanted = want.valid.length;
      const had = have.valid.length;
      if (wanted === had) continue;
      if (wanted === 0) {
        // Only a declared or catalog-wide marker makes an extra one an error; a guess cannot.
        if (known) report({ form, message: `accelerator "${marker}${have.valid[0]!.char}" is not in the source` });
      } else if (had === 0) {
        const stray = have.stray[0];
        const hint = stray ? `; "${marker}" stands before "${stray.char}", which cannot be an accelerator` : '';
        report({ form, message: `missing accelerator "${marker}" (the source has "${marker}${want.valid[0]!.char}")${hint}` });
      } else if (wanted === 1) {
        report({ form, message: `accelerator "${marker}" appears ${times(had)}; the source has one` });
      } else {
        report({ form, message: `accelerator "${marker}" appears ${times(had)}; the source has it ${times(wanted)}` });
      }
    }
  },
});
