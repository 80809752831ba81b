import { defineCheck } from '../../core/check.js';
import { translatedForms } from '../source-for-form.js';

const LEADING = /^[ \t\u00a0\u3000]*/;
const TRAILING = /[ \t\u00a0\u3000]*$/;

function edgesOf(line: string): { lead: string; trail: string; core: string } {
  const lead = LEADING.exec(line)![0];
  const rest = line.slice(lead.length);
  const trail = TRAILING.exec(rest)![0];
  return { lead, trail, core: rest.slice(0, rest.length - trail.length) };
}

export default defineCheck({
  id: 'whitespace/line-edges',
  severity: 'warning',
  summary: 'leading or trailing spaces of inner lines differ (indentation of multi-line text)',
  peers: { poexam: ['whitespace-line-start', 'whitespace-line-end'] },
  defaultOff: true,
  check(unit, _context, report) {
    for (const { form, target, source } of translatedForms(unit)) {
      if (!source.includes('\n')) continue;
      const sourceLines = source.split('\n');
      const targetLines = target.split('\n');
      // Reflowed text has no line-by-line correspondence (whitespace/newlines reports the count).
      if (sourceLines.length !== targetLines.length) continue;
      const lines: number[] = [];
      const fixed = targetLines.map((line, index) => {
        const want = edgesOf(sourceLines[index]!);
        const have = edgesOf(line);
        // The text's own first start and last end are whitespace/start and whitespace/end's business.
        const lead = index === 0 ? have.lead : want.lead;
        const trail = index === targetLines.length - 1 ? have.trail : want.trail;
        if (have.core === '' || (lead === have.lead && trail === have.trail)) return line;
        lines.push(index + 1);
        return lead + have.core + trail;
      });
      if (lines.length === 0) continue;
      report({ form, message: `spaces at the start or end of line${lines.length === 1 ? '' : 's'} ${lines.join(', ')} differ from the source`, fix: { replacement: fixed.join('\n'), safe: true, form } });
    }
  },
});
