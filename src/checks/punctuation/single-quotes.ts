import { defineCheck } from '../../core/check.js';
import { translatedForms } from '../source-for-form.js';
import { quoteCounts } from './quotes.js';
import { isCredits } from './conventions.js';

const HAS_TEXT = /[\p{L}\p{N}%{$]/u;

export default defineCheck({
  id: 'punctuation/single-quotes',
  severity: 'info',
  summary: 'pairs of single quotation marks differ (apostrophes are not counted)',
  peers: { pofilter: ['singlequoting'] },
  // A punctuation-only source ("'", "`") is punctuation/pure's business.
  appliesTo: (unit) => !isCredits(unit) && HAS_TEXT.test(unit.source),
  check(unit, _context, report) {
    for (const { form, target, source } of translatedForms(unit)) {
      const want = quoteCounts(unit, source);
      const have = quoteCounts(unit, target);
      // Pairs added around a term are the translator's choice; only lost pairs are reported.
      if (have.singlePairs >= want.singlePairs) continue;
      // Many languages quote with « » or „ “ where English uses 'x' or `x'.
      if (have.double - want.double >= 2 * (want.singlePairs - have.singlePairs)) continue;
      const plural = (n: number) => `${n} pair${n === 1 ? '' : 's'}`;
      report({ form, message: `${plural(have.singlePairs)} of single quotes where the source has ${want.singlePairs}` });
    }
  },
});
