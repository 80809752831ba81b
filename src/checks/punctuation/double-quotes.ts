import { defineCheck } from '../../core/check.js';
import { translatedForms } from '../source-for-form.js';
import { quoteCounts } from './quotes.js';
import { isCredits } from './conventions.js';

const HAS_TEXT = /[\p{L}\p{N}%{$]/u;

export default defineCheck({
  id: 'punctuation/double-quotes',
  severity: 'info',
  summary: 'number of double quotation marks differs, whatever quote style the target language uses',
  peers: { pofilter: ['doublequoting'], poexam: ['double-quotes'] },
  // A punctuation-only source ("'", "`") is punctuation/pure's business.
  appliesTo: (unit) => !isCredits(unit) && HAS_TEXT.test(unit.source),
  check(unit, _context, report) {
    for (const { form, target, source } of translatedForms(unit)) {
      const want = quoteCounts(unit, source);
      const have = quoteCounts(unit, target);
      if (want.double === have.double) continue;
      const marks = (n: number) => `${n} double quotation mark${n === 1 ? '' : 's'}`;
      if (have.double < want.double) {
        // Quotes nested the other way round: "x" may become ‘x’ (en-GB) or ‚x‘ (de, secondary style).
        if (2 * (have.singlePairs - want.singlePairs) >= want.double - have.double) continue;
        report({ form, message: `${marks(have.double)} where the source has ${want.double}` });
      } else if (have.double % 2 === 1 && want.double % 2 === 0) {
        // Quotes added around a term are the translator's choice; an unclosed one is a slip.
        report({ form, message: `${marks(have.double)}: one is not closed (the source has ${want.double})` });
      }
    }
  },
});
