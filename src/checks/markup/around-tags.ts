import { defineCheck } from '../../core/check.js';
import { languageOf } from '../../core/locale.js';
import { isWholeStringTag, tagKey, VOID_ELEMENTS, type Tag } from '../../syntax/markup.js';
import { translatedForms } from '../source-for-form.js';
import { AFFIXING_LANGUAGES, NO_SPACE_SCRIPT } from './conventions.js';
import { mayHaveTags, namesOf, tagsOf } from './tags-of.js';

const LETTER = /[\p{L}\p{N}\p{M}]/u;

type Side = 'letter' | 'other' | 'any';

function sideOf(char: string | undefined): Side {
  if (char === undefined || !LETTER.test(char)) return 'other';
  return NO_SPACE_SCRIPT.test(char) ? 'any' : 'letter';
}

function charBefore(text: string, index: number): string | undefined {
  if (index === 0) return undefined;
  const code = text.charCodeAt(index - 1);
  return code >= 0xdc00 && code <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text[index - 1];
}

function charAfter(text: string, index: number): string | undefined {
  if (index >= text.length) return undefined;
  return String.fromCodePoint(text.codePointAt(index)!);
}

/** The nth occurrence of each tag key, so reordered tags are compared with their own counterpart. */
function byOccurrence(tags: readonly Tag[]): Map<string, Tag> {
  const seen = new Map<string, number>();
  const map = new Map<string, Tag>();
  for (const tag of tags) {
    const key = tagKey(tag);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    map.set(`${key}#${n}`, tag);
  }
  return map;
}

export default defineCheck({
  id: 'markup/around-tags',
  severity: 'warning',
  summary: 'a tag that sits inside a word in the source is cut off by a space in the translation, or the reverse',
  peers: { weblate: ['xml-chars-around-tags'] },
  appliesTo: (unit) => mayHaveTags(unit) && !unit.flags.has('safe-html'),
  check(unit, _context, report) {
    const gluingIsNormal = AFFIXING_LANGUAGES.has(languageOf(unit.locale));
    for (const { form, source, target } of translatedForms(unit)) {
      if (isWholeStringTag(source)) continue;
      const want = tagsOf(unit, source);
      if (want.length === 0) continue;
      const have = byOccurrence(tagsOf(unit, target, namesOf(want)));
      for (const [key, tag] of byOccurrence(want)) {
        const counterpart = have.get(key);
        if (!counterpart) continue; // markup/tags reports missing tags
        // Only the outer side of a tag: what is inside an element is the translated text itself.
        const sides: [string, Side, Side][] = [];
        const alone = tag.kind === 'self' || VOID_ELEMENTS.has(tag.name.toLowerCase());
        if (tag.kind !== 'close') sides.push(['before', sideOf(charBefore(source, tag.start)), sideOf(charBefore(target, counterpart.start))]);
        if (tag.kind !== 'open' || alone) sides.push(['after', sideOf(charAfter(source, tag.end)), sideOf(charAfter(target, counterpart.end))]);
        for (const [where, wantSide, haveSide] of sides) {
          if (wantSide === 'any' || haveSide === 'any' || wantSide === haveSide) continue;
          if (wantSide === 'letter') {
            report({ form, message: `${counterpart.text} is inside a word in the source but has a space or punctuation ${where} it in the translation` });
          } else if (!gluingIsNormal) {
            report({ form, message: `${counterpart.text} has a letter right ${where} it in the translation, where the source has a space or punctuation` });
          }
          break;
        }
      }
    }
  },
});
