import { defineCheck } from '../../core/check.js';
import { unitSenseProblems } from './evidence.js';

export default defineCheck({
  id: 'meaning/sense',
  severity: 'error',
  summary: 'a target word means something else than the source asks for (wrong sense, wrong word, or a near-miss spelling of the right one)',
  peers: { weblate: ['ai_accuracy'] },
  check(unit, context, report) {
    for (const { form, problem } of unitSenseProblems(unit, context)) {
      if (problem.ruleId !== 'meaning/sense') continue;
      const minConfidence = typeof context.options.minConfidence === 'number' ? context.options.minConfidence : 0.6;
      if (problem.confidence < minConfidence) continue;
      report({ form, message: problem.message, meaning: problem.meaning, ...(problem.meaning.suggestion ? { fix: { replacement: problem.meaning.suggestion, safe: false, form } } : {}) });
    }
  },
});
