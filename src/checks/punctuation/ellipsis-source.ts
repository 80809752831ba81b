import { defineCheck } from '../../core/check.js';
import { maskText } from '../../syntax/mask.js';

// Exactly three dots; not a range (1...10), not part of a longer run or of a path.
const THREE_DOTS = /(?<![.\d/\\])\.\.\.(?![.\d/\\])/;

export default defineCheck({
  id: 'punctuation/ellipsis-source',
  severity: 'info',
  summary: 'the source string uses three dots "..." instead of the ellipsis character "…"',
  peers: { weblate: ['ellipsis'] },
  scope: 'all',
  check(unit, _context, report) {
    for (const [text, span] of [[unit.source, unit.spans.source], [unit.sourcePlural, unit.spans.sourcePlural]] as const) {
      if (text === undefined || !text.includes('...')) continue;
      if (!THREE_DOTS.test(maskText(unit, text))) continue;
      report({ message: 'the source uses "..." instead of the ellipsis character "…" (source-side advice)', ...(span ? { span } : {}) });
      return;
    }
  },
});
