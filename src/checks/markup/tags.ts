import { defineCheck } from '../../core/check.js';
import { isWholeStringTag, tagKey, type Tag } from '../../syntax/markup.js';
import { translatedForms } from '../source-for-form.js';
import { mayHaveTags, namesOf, tagsOf } from './tags-of.js';

function kindOf(key: string): string {
  return key.startsWith('</') ? 'close' : key.endsWith('/>') ? 'self' : 'open';
}

function nameOf(key: string): string {
  return /^<\/?([^\s>/]+)/.exec(key)![1]!;
}

/** Source tags the translation lacks and translation tags the source lacks, as multisets of keys. */
export function tagDifference(want: readonly Tag[], have: readonly Tag[]): { missing: string[]; extra: string[] } {
  const remaining = new Map<string, number>();
  for (const tag of have) {
    const key = tagKey(tag);
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  const missing: string[] = [];
  for (const tag of want) {
    const key = tagKey(tag);
    const left = remaining.get(key) ?? 0;
    if (left > 0) remaining.set(key, left - 1);
    else missing.push(key);
  }
  const extra: string[] = [];
  for (const [key, count] of remaining) for (let i = 0; i < count; i++) extra.push(key);
  return { missing, extra };
}

export default defineCheck({
  id: 'markup/tags',
  severity: 'error',
  summary: 'XML/HTML tags or inline codes missing, added or renamed in the translation (order is free; alt/title text may change)',
  peers: {
    pofilter: ['xmltags'],
    weblate: ['xml-tags'],
    okapi: ['codeDifference'],
    poexam: ['html-tags'],
  },
  appliesTo: mayHaveTags,
  check(unit, _context, report) {
    for (const { form, source, target } of translatedForms(unit)) {
      // pofilter's rule: a string that is one bare tag (`<Error>`) is a word in brackets.
      if (isWholeStringTag(source)) continue;
      const want = tagsOf(unit, source);
      const have = tagsOf(unit, target, namesOf(want));
      if (want.length === 0 && have.length === 0) continue;
      const { missing, extra } = tagDifference(want, have);
      // Pair a missing tag with an added one of the same kind: that is a rename or an attribute change.
      const unpaired: string[] = [];
      for (const key of missing) {
        const index = extra.findIndex((candidate) => kindOf(candidate) === kindOf(key) && nameOf(candidate) === nameOf(key));
        const sameKind = index >= 0 ? index : extra.findIndex((candidate) => kindOf(candidate) === kindOf(key));
        if (sameKind >= 0) {
          report({ form, message: `${key} became ${extra[sameKind]}` });
          extra.splice(sameKind, 1);
        } else unpaired.push(key);
      }
      if (unpaired.length) report({ form, message: `missing ${unpaired.join(', ')}` });
      if (extra.length) report({ form, message: `${extra.join(', ')} ${extra.length > 1 ? 'are' : 'is'} not in the source` });
    }
  },
});
