import type { Catalog } from '../core/catalog.js';
import type { Unit } from '../core/unit.js';

const flaggedCatalogs = new WeakMap<Catalog, boolean>();

/** Whether any unit of the catalog carries a `*-format` flag (xgettext writes them; msgunfmt loses them). */
function catalogHasFormatFlags(catalog: Catalog): boolean {
  let flagged = flaggedCatalogs.get(catalog);
  if (flagged === undefined) {
    flagged = catalog.units.some((unit) => [...unit.flags].some((flag) => flag.endsWith('-format')));
    flaggedCatalogs.set(catalog, flagged);
  }
  return flagged;
}

/**
 * Whether placeholder syntax `format` applies to `unit`: declared by a flag or by the file
 * format, or, in catalogs that carry no format flags at all, guessed from the source text.
 * `no-<flag>` always wins. `fromTargets`: a source without any `%` whose translation holds
 * directives (`%s` added) is checked too, since the program formats the translation.
 */
export function usesFormat(unit: Unit, catalog: Catalog, format: string, flag: string, guess: (source: string) => boolean, fromTargets = false): boolean {
  if (unit.flags.size > 0 && unit.flags.has(negated(flag))) return false;
  if (unit.formats.has(format)) return true;
  if (catalog.format !== 'po' || catalogHasFormatFlags(catalog)) return false;
  if (guess(unit.source) || (unit.sourcePlural !== undefined && guess(unit.sourcePlural))) return true;
  return fromTargets && !unit.source.includes('%') && !(unit.sourcePlural ?? '').includes('%') && unit.targets.some(guess);
}

const negatedFlags = new Map<string, string>();

/** `no-<flag>`, built once per flag rather than once per unit and rule. */
export function negated(flag: string): string {
  let name = negatedFlags.get(flag);
  if (name === undefined) negatedFlags.set(flag, (name = `no-${flag}`));
  return name;
}
