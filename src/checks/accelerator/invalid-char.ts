import { languageOf } from '../../core/locale.js';
import { defineCheck } from '../../core/check.js';
import { translatedForms } from '../source-for-form.js';
import { acceleratorText, findAccelerators, markerOf, VALID_ACCELERATORS } from './markers.js';

function validCharacters(locale: string, option: unknown): string | undefined {
  if (typeof option === 'string' && option !== '') return option;
  return VALID_ACCELERATORS[locale] ?? VALID_ACCELERATORS[languageOf(locale)];
}

export default defineCheck({
  id: 'accelerator/invalid-char',
  severity: 'warning',
  summary: 'the accelerator is on a character the target keyboard cannot type directly',
  peers: { pofilter: ['accelerators'] },
  appliesTo: (unit, context) => validCharacters(unit.locale, context.options.chars) !== undefined && unit.targets.some((t) => /[&_~]/.test(t)),
  check(unit, context, report) {
    const valid = validCharacters(unit.locale, context.options.chars)!;
    const choice = markerOf(unit, context);
    if (!choice) return;
    for (const { form, target } of translatedForms(unit)) {
      for (const use of findAccelerators(acceleratorText(unit, target), choice.marker, true).valid) {
        if (!valid.includes(use.char)) report({ form, message: `accelerator "${choice.marker}${use.char}": "${use.char}" is not among the characters keyboards for this language type directly` });
      }
    }
  },
});
