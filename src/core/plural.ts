import type { Catalog } from './catalog.js';
import { integerPluralCategories } from './locale.js';

const SAMPLE_LIMIT = 1000;
// gettext's msgfmt calls a plural form "often used" when more than 5 of 0..1000 select it.
const RARE_FORM_MAX_COUNTS = 5;

/**
 * How many whole numbers in 0..1000 select plural form `form` in this catalog: from the file's
 * Plural-Forms rule when it has one, else from CLDR (forms in CLDR category order).
 */
export function countsForForm(catalog: Catalog, form: number): number {
  let counts = 0;
  if (catalog.pluralRule) {
    for (let n = 0; n <= SAMPLE_LIMIT; n++) if (catalog.pluralRule.formFor(n) === form) counts++;
    return counts;
  }
  const category = integerPluralCategories(catalog.locale)[form];
  if (!category) return 0;
  const rules = new Intl.PluralRules(catalog.locale);
  for (let n = 0; n <= SAMPLE_LIMIT; n++) if (rules.select(n) === category) counts++;
  return counts;
}

const rareFormCache = new WeakMap<Catalog, Map<number, boolean>>();

/**
 * A form used for only a few counts (English "one", French 0 and 1) may leave the count
 * out ("One file"); in Russian form 0 also serves 21, 31, ... so it may not. This is
 * msgfmt's own rule, so translint agrees with the compiler.
 */
export function isRarePluralForm(catalog: Catalog, form: number): boolean {
  let byForm = rareFormCache.get(catalog);
  if (!byForm) rareFormCache.set(catalog, (byForm = new Map()));
  let rare = byForm.get(form);
  if (rare === undefined) byForm.set(form, (rare = countsForForm(catalog, form) <= RARE_FORM_MAX_COUNTS));
  return rare;
}
