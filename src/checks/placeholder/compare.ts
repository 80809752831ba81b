import type { Catalog } from '../../core/catalog.js';
import { isRarePluralForm } from '../../core/plural.js';
import { isPlural, type Unit } from '../../core/unit.js';

/** A placeholder reduced to what must match: which argument, and what it expects. */
export interface Placeholder {
  text: string;
  /** Identity of the argument: a number or a name. */
  argument: string;
  /** Type the argument is formatted as; '' when the syntax has no types. */
  type: string;
}

export interface PlaceholderProblem {
  form: number;
  message: string;
  /** missing = in the source, not the target; extra = the reverse; type = both, differently. */
  kind: 'missing' | 'extra' | 'type';
  /** The source placeholder (missing, type) or the target one (extra). */
  placeholder: Placeholder;
}

/**
 * Compares the placeholders of the source with those of each target form.
 * Plural forms are compared with the plural source; a rarely used form (English "one")
 * may drop arguments, as msgfmt allows. Reordering is always allowed.
 */
export function comparePlaceholders(unit: Unit, catalog: Catalog, tokenize: (text: string) => Placeholder[]): PlaceholderProblem[] {
  const problems: PlaceholderProblem[] = [];
  const plural = isPlural(unit);
  const want = byArgument(tokenize(plural ? unit.sourcePlural! : unit.source));
  const alsoAllowed = plural ? byArgument(tokenize(unit.source)) : want;
  unit.targets.forEach((target, form) => {
    if (target === '') return;
    const have = byArgument(tokenize(target));
    const where = plural ? ` in plural form ${form}` : '';
    const mayDrop = plural && isRarePluralForm(catalog, unit, form);
    for (const [argument, placeholder] of want) {
      const found = have.get(argument);
      if (!found) {
        if (!mayDrop) problems.push({ form, kind: 'missing', placeholder, message: `missing ${placeholder.text}${where}` });
      } else if (placeholder.type !== found.type) {
        problems.push({ form, kind: 'type', placeholder, message: `${found.text} where the source has ${placeholder.text} (${placeholder.type} expected, ${found.type} given)${where}` });
      }
    }
    for (const [argument, placeholder] of have) {
      if (!want.has(argument) && !alsoAllowed.has(argument)) problems.push({ form, kind: 'extra', placeholder, message: `${placeholder.text} is not in the source${where}` });
    }
  });
  return problems;
}

function byArgument(placeholders: Placeholder[]): Map<string, Placeholder> {
  const map = new Map<string, Placeholder>();
  for (const placeholder of placeholders) if (!map.has(placeholder.argument)) map.set(placeholder.argument, placeholder);
  return map;
}
