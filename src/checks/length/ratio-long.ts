import { defineCheck } from '../../core/check.js';
import { translatedForms } from '../source-for-form.js';
import { visibleLengthOf } from './measure.js';

export default defineCheck({
  id: 'length/ratio-long',
  severity: 'warning',
  summary: 'the translation is far longer than the source (extra text, or it will not fit)',
  peers: { pofilter: ['long'], okapi: ['checkMaxCharLength'], poexam: ['long'] },
  check(unit, { options }, report) {
    // Okapi's defaults: 350 % below 20 characters, 200 % above; plus an absolute floor so "OK" -> "D'accord" is fine.
    const shortRatio = typeof options.shortRatio === 'number' ? options.shortRatio : 3.5;
    const longRatio = typeof options.longRatio === 'number' ? options.longRatio : 2.5;
    const floor = typeof options.extraCharacters === 'number' ? options.extraCharacters : 20;
    for (const { form, source, target } of translatedForms(unit)) {
      const sourceLength = visibleLengthOf(unit, source);
      if (sourceLength === 0) continue;
      const targetLength = visibleLengthOf(unit, target);
      const ratio = sourceLength < 20 ? shortRatio : longRatio;
      if (targetLength > sourceLength * ratio && targetLength > sourceLength + floor) {
        report({ form, message: `the translation has ${targetLength} characters for a source of ${sourceLength}: is there extra text?` });
      }
    }
  },
});
