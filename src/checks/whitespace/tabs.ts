import { defineCheck } from '../../core/check.js';
import { translatedForms } from '../source-for-form.js';

// Tabs at the edges are whitespace/start and whitespace/end's business.
const EDGES = /^[ \t\u00a0\u3000]+|[ \t\u00a0\u3000]+$/g;

function innerTabs(text: string): number {
  if (!text.includes('\t')) return 0;
  const inner = text.replace(EDGES, '');
  let n = 0;
  for (let i = inner.indexOf('\t'); i >= 0; i = inner.indexOf('\t', i + 1)) n++;
  return n;
}

export default defineCheck({
  id: 'whitespace/tabs',
  severity: 'error',
  summary: 'number of tab characters inside the text differs',
  peers: { pofilter: ['tabs'], poexam: ['tabs'] },
  check(unit, _context, report) {
    for (const { form, target, source } of translatedForms(unit)) {
      if (!source.includes('\t') && !target.includes('\t')) continue;
      const want = innerTabs(source);
      const have = innerTabs(target);
      if (want !== have) report({ form, message: `${have} tab${have === 1 ? '' : 's'} where the source has ${want}` });
    }
  },
});
