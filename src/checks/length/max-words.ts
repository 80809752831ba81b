import { defineCheck } from '../../core/check.js';
import { translatedForms } from '../source-for-form.js';

// Made on first use: loading ICU's segmentation data is a noticeable part of start-up.
let wordSegmenter: Intl.Segmenter | undefined;

export default defineCheck({
  id: 'length/max-words',
  severity: 'warning',
  summary: 'the translation has more words than the configured maximum',
  peers: {},
  defaultOff: true,
  check(unit, { options }, report) {
    const max = typeof options.max === 'number' ? options.max : undefined;
    if (max === undefined) return;
    for (const { form, target } of translatedForms(unit)) {
      let words = 0;
      for (const segment of (wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' })).segment(target)) if (segment.isWordLike) words++;
      if (words > max) report({ form, message: `${words} words, over the maximum of ${max}` });
    }
  },
});
