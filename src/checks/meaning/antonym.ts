import { defineCheck } from '../../core/check.js';
import { unitSenseProblems } from './evidence.js';

export default defineCheck({
  id: 'meaning/antonym',
  severity: 'error',
  summary: 'the translation says the opposite of a source word (Show/Hide, Open/Close, Lock/Unlock, Next/Previous …)',
  peers: {},
  check(unit, context, report) {
    for (const { form, problem } of unitSenseProblems(unit, context)) {
      if (problem.ruleId !== 'meaning/antonym') continue;
      report({ form, message: problem.message, meaning: problem.meaning, ...(problem.meaning.suggestion ? { fix: { replacement: problem.meaning.suggestion, safe: false, form } } : {}) });
    }
  },
});
