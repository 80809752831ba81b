import { defineCheck } from '../../core/check.js';
import { translatedForms } from '../source-for-form.js';

// Two or more spaces inside the text; edges belong to whitespace/start and whitespace/end.
const INNER_RUN = /(?<=\S) {2,}(?=\S)/g;

function innerRuns(text: string): number {
  return text.includes('  ') ? (text.match(INNER_RUN)?.length ?? 0) : 0;
}

export default defineCheck({
  id: 'whitespace/double-space',
  severity: 'info',
  summary: 'double space inside the translation where the source has none',
  peers: { pofilter: ['doublespacing'], weblate: ['double_space'], poexam: ['double-spaces'] },
  check(unit, _context, report) {
    for (const { form, target, source } of translatedForms(unit)) {
      const have = innerRuns(target);
      // A source that uses runs of spaces anywhere aligns columns (help screens): the translation may realign them.
      if (have === 0 || source.includes('  ')) continue;
      const message = have === 1 ? 'double space where the source has none' : `${have} double spaces where the source has none`;
      report({ form, message, fix: { replacement: target.replace(INNER_RUN, ' '), safe: true, form } });
    }
  },
});
