import { isPlural, memo, type Unit } from '../core/unit.js';

/** The source text a target form translates: the singular for form 0, else the plural source. */
export function sourceForForm(unit: Unit, form: number): string {
  return isPlural(unit) && form > 0 ? unit.sourcePlural! : unit.source;
}

export interface TranslatedForm {
  readonly form: number;
  readonly target: string;
  readonly source: string;
}

/** Target forms that have text, with the source each one translates; built once per unit, shared by the rules. */
export function translatedForms(unit: Unit): readonly TranslatedForm[] {
  return memo(unit, 'translated-forms', formsOf);
}

function formsOf(unit: Unit): TranslatedForm[] {
  const forms: TranslatedForm[] = [];
  for (let form = 0; form < unit.targets.length; form++) {
    const target = unit.targets[form]!;
    if (target !== '') forms.push({ form, target, source: sourceForForm(unit, form) });
  }
  return forms;
}
