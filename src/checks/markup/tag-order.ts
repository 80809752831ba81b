import { defineCheck } from '../../core/check.js';
import { tagKey } from '../../syntax/markup.js';
import { translatedForms } from '../source-for-form.js';
import { mayHaveTags, namesOf, tagsOf } from './tags-of.js';
import { tagDifference } from './tags.js';

export default defineCheck({
  id: 'markup/tag-order',
  severity: 'warning',
  summary: 'the same tags as the source, in another order (for projects whose inline codes must keep their order)',
  peers: { okapi: ['strictCodeOrder'] },
  defaultOff: true,
  appliesTo: mayHaveTags,
  check(unit, _context, report) {
    for (const { form, source, target } of translatedForms(unit)) {
      const want = tagsOf(unit, source);
      if (want.length < 2) continue;
      const have = tagsOf(unit, target, namesOf(want));
      const { missing, extra } = tagDifference(want, have);
      if (missing.length || extra.length) continue; // markup/tags reports those
      const wantOrder = want.map((tag) => tagKey(tag));
      const haveOrder = have.map((tag) => tagKey(tag));
      if (wantOrder.join('\u0000') !== haveOrder.join('\u0000')) report({ form, message: `tags are in another order: ${haveOrder.join(' ')} (source: ${wantOrder.join(' ')})` });
    }
  },
});
