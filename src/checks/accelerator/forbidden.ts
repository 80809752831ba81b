import { languageOf } from '../../core/locale.js';
import { defineCheck } from '../../core/check.js';
import { translatedForms } from '../source-for-form.js';
import { ACCELERATOR_FREE_LANGUAGES, acceleratorText, findAccelerators, markerOf } from './markers.js';

function languages(option: unknown): readonly string[] {
  return Array.isArray(option) ? (option as string[]) : ACCELERATOR_FREE_LANGUAGES;
}

export default defineCheck({
  id: 'accelerator/forbidden',
  severity: 'warning',
  summary: 'accelerator marker in a language whose interfaces do not use accelerators (Indic and others)',
  peers: { pofilter: ['accelerators'] },
  defaultOff: true,
  appliesTo: (unit, context) => languages(context.options.languages).includes(languageOf(unit.locale)) && unit.targets.some((t) => /[&_~]/.test(t)),
  check(unit, context, report) {
    const choice = markerOf(unit, context);
    if (!choice) return;
    const { marker } = choice;
    for (const { form, target } of translatedForms(unit)) {
      const uses = findAccelerators(acceleratorText(unit, target), marker, true).valid;
      if (uses.length === 0) continue;
      // Positions come from the masked text; only offer the fix when masking changed nothing.
      const masked = acceleratorText(unit, target);
      const fix = masked === target ? { replacement: removeAt(target, uses.map((u) => u.index)), safe: false, form } : undefined;
      report({ form, message: `accelerator "${marker}${uses[0]!.char}" should not appear: this language does not use accelerators`, ...(fix ? { fix } : {}) });
    }
  },
});

function removeAt(text: string, indexes: number[]): string {
  let out = '';
  let cursor = 0;
  for (const index of indexes) {
    out += text.slice(cursor, index);
    cursor = index + 1;
  }
  return out + text.slice(cursor);
}
