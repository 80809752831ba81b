import type { Catalog } from './catalog.js';
import type { Unit } from './unit.js';

/** What pairing a key-value file with its source file found. */
export interface Pairing {
  sourcePath: string;
  /** Source keys the target file lacks (untranslated in key-value formats). */
  missing: Unit[];
  /** Target keys the source file does not have (stale translations). */
  extra: Unit[];
}

const keyOf = (unit: Unit): string => `${unit.context ?? ''}\u0004${unit.key}`;

/**
 * Gives each unit of a one-language target catalog its source text from the source catalog
 * (matched by key and context). Plural sources use the `one` and `other` forms.
 */
export function pairWithSource(target: Catalog, source: Catalog): Pairing {
  const sources = new Map<string, Unit>();
  for (const unit of source.units) if (!sources.has(keyOf(unit))) sources.set(keyOf(unit), unit);
  const seen = new Set<string>();
  const extra: Unit[] = [];
  for (const unit of target.units) {
    const key = keyOf(unit);
    seen.add(key);
    const original = sources.get(key);
    if (!original) {
      // A key the source no longer has: stale, with no source to check against. Hidden from the
      // rules (which would compare with an empty source) and listed in `extra`.
      extra.push(unit);
      if (unit.state !== 'obsolete') unit.state = 'obsolete';
      continue;
    }
    if (original.pluralCategories) {
      const form = (category: string) => original.targets[original.pluralCategories!.indexOf(category)];
      unit.source = form('one') ?? form('other') ?? original.targets[0] ?? '';
      unit.sourcePlural = form('other') ?? original.targets[original.targets.length - 1] ?? '';
    } else {
      unit.source = original.targets[0] ?? '';
    }
    for (const format of original.formats) unit.formats.add(format);
    for (const flag of original.flags) if (flag.endsWith('-format')) unit.flags.add(flag);
  }
  const missing = source.units.filter((unit) => !seen.has(keyOf(unit)) && unit.state !== 'obsolete');
  return { sourcePath: source.document.path, missing, extra };
}
