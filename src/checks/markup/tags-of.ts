import { memoText, type Unit } from '../../core/unit.js';
import { markupTags, tagKey, type Tag } from '../../syntax/markup.js';

// `%<PRIu64>` (gettext) and `%<name>s` (Ruby) are placeholders, not tags.
const ANGLE_PLACEHOLDER = /%<[^<>\s]*>/g;

/** Units whose text is markup by declaration: XML/HTML files, XLIFF inline codes, Weblate's `xml-text`. */
export function isMarkupContext(unit: Unit): boolean {
  return unit.flags.has('xml-text') || unit.formats.has('xliff-inline') || unit.formats.has('html') || unit.formats.has('xml');
}

/** Whether the markup checks have anything to look at in this unit. */
export function mayHaveTags(unit: Unit): boolean {
  if (unit.formats.has('icu')) return false; // ICU rich-text tags belong to placeholder/icu
  return unit.source.includes('<') || unit.targets.some((target) => target.includes('<'));
}

/** The markup tags of `text`; `alsoNames` (the source's tag names) count as markup in a translation even when unpaired. */
export function tagsOf(unit: Unit, text: string, alsoNames?: ReadonlySet<string>): Tag[] {
  if (!text.includes('<')) return [];
  return memoText(unit, alsoNames ? 'tags+' : 'tags', text, () => {
    const clean = text.includes('%<') ? text.replace(ANGLE_PLACEHOLDER, (m) => ' '.repeat(m.length)) : text;
    const context = isMarkupContext(unit);
    const tags = markupTags(clean, context);
    if (!alsoNames || context) return tags;
    const markup = new Set(tags.map((tag) => tag.start));
    return markupTags(clean, true).filter((tag) => markup.has(tag.start) || alsoNames.has(tag.name));
  });
}

export function namesOf(tags: readonly Tag[]): Set<string> {
  return new Set(tags.map((tag) => tag.name));
}

/** Tag keys with their counts, in order of first appearance. */
export function keyCounts(tags: readonly Tag[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tag of tags) {
    const key = tagKey(tag);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
