import { defineCheck } from '../../core/check.js';
import { translatedForms } from '../source-for-form.js';
import { declaredMaxLength, visibleLengthOf } from './measure.js';

export default defineCheck({
  id: 'length/max-chars',
  severity: 'error',
  summary: 'the translation exceeds a declared length limit (max-length flag, note or option)',
  peers: { weblate: ['max-length'], okapi: ['checkAbsoluteMaxCharLength', 'checkStorageSize'] },
  check(unit, { options }, report) {
    const limit = declaredMaxLength(unit) ?? (typeof options.max === 'number' ? options.max : undefined);
    if (limit === undefined) return;
    for (const { form, target } of translatedForms(unit)) {
      const length = visibleLengthOf(unit, target);
      if (length > limit) report({ form, message: `${length} characters, over the limit of ${limit}` });
    }
  },
});
