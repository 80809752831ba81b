import { defineCheck } from '../../core/check.js';
import { translatedForms } from '../source-for-form.js';
import { isDenseScript, visibleLengthOf } from './measure.js';

export default defineCheck({
  id: 'length/ratio-short',
  severity: 'warning',
  summary: 'the translation is far shorter than the source (words probably lost)',
  peers: { pofilter: ['short'], okapi: ['checkMinCharLength'], poexam: ['short'] },
  check(unit, { options }, report) {
    const minRatio = typeof options.minRatio === 'number' ? options.minRatio : 0.25;
    const minSource = typeof options.minSourceLength === 'number' ? options.minSourceLength : 8;
    for (const { form, source, target } of translatedForms(unit)) {
      const sourceLength = visibleLengthOf(unit, source);
      if (sourceLength < minSource || target.trim() === '') continue;
      const targetLength = visibleLengthOf(unit, target);
      // Only a short translation can fail; the script test below is the costly part.
      if (targetLength >= sourceLength * Math.max(minRatio, minRatio / 3) && targetLength !== 1) continue;
      // Chinese, Japanese and Korean need a third of the characters or less.
      const dense = isDenseScript(target);
      if (targetLength < sourceLength * (dense ? minRatio / 3 : minRatio) || (targetLength === 1 && !dense)) {
        report({ form, message: `the translation has ${targetLength} characters for a source of ${sourceLength}: is something missing?` });
      }
    }
  },
});
