import { isPlural, type Unit } from '../core/unit.js';

/** The source text a target form translates: the singular for form 0, else the plural source. */
export function sourceForForm(unit: Unit, form: number): string {
  return isPlural(unit) && form > 0 ? unit.sourcePlural! : unit.source;
}

/** Target forms that have text, with the source each one translates. */
export function translatedForms(unit: Unit): { form: number; target: string; source: string }[] {
  const forms: { form: number; target: string; source: string }[] = [];
  unit.targets.forEach((target, form) => {
    if (target !== '') forms.push({ form, target, source: sourceForForm(unit, form) });
  });
  return forms;
}
