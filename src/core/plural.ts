import type { Catalog } from './catalog.js';
import { integerPluralCategories } from './locale.js';
import type { Unit } from './unit.js';

const SAMPLE_LIMIT = 1000;
// gettext's msgfmt calls a plural form "often used" when more than 5 of 0..1000 select it.
const RARE_FORM_MAX_COUNTS = 5;

/** How many whole numbers in 0..1000 fall in CLDR category `category` of `locale`. */
function countsForCategory(locale: string, category: string): number {
  let rules: Intl.PluralRules;
  try {
    rules = new Intl.PluralRules(locale);
  } catch {
    return 0;
  }
  let counts = 0;
  for (let n = 0; n <= SAMPLE_LIMIT; n++) if (rules.select(n) === category) counts++;
  return counts;
}

/**
 * How many whole numbers in 0..1000 select plural form `form` of `unit`: by the category the
 * format names, else by the file's Plural-Forms rule, else by CLDR category order.
 */
export function countsForForm(catalog: Catalog, unit: Unit, form: number): number {
  const named = unit.pluralCategories?.[form];
  if (named) return countsForCategory(unit.locale, named);
  if (catalog.pluralRule) {
    let counts = 0;
    for (let n = 0; n <= SAMPLE_LIMIT; n++) if (catalog.pluralRule.formFor(n) === form) counts++;
    return counts;
  }
  const category = integerPluralCategories(unit.locale)[form];
  return category ? countsForCategory(unit.locale, category) : 0;
}

const rareFormCache = new WeakMap<Catalog, Map<string, boolean>>();

/**
 * A form used for only a few counts (English "one", French 0 and 1) may leave the count
 * out ("One file"); in Russian form 0 also serves 21, 31, ... so it may not. This is
 * msgfmt's own rule, so translint agrees with the compiler.
 */
export function isRarePluralForm(catalog: Catalog, unit: Unit, form: number): boolean {
  let cache = rareFormCache.get(catalog);
  if (!cache) rareFormCache.set(catalog, (cache = new Map()));
  const key = `${unit.locale}\u0000${unit.pluralCategories?.[form] ?? form}`;
  let rare = cache.get(key);
  if (rare === undefined) cache.set(key, (rare = countsForForm(catalog, unit, form) <= RARE_FORM_MAX_COUNTS));
  return rare;
}
