import { defineCheck } from '../../core/check.js';
import { componentTags, hasComponentClosingTag } from '../../syntax/web-placeholders.js';
import { reportPlaceholderProblems, usesSyntax } from './flagged.js';

export default defineCheck({
  id: 'placeholder/component-tags',
  severity: 'error',
  summary: 'interpolate-components tags ({{strong}}…{{/strong}}, {{br/}}) missing, added or renamed',
  peers: { weblate: ['automattic_components_format'] },
  appliesTo: (unit, { catalog }) => usesSyntax(unit, catalog, { format: 'automattic', flags: ['automattic-components-format'], guess: hasComponentClosingTag }),
  check: (unit, { catalog }, report) => reportPlaceholderProblems(unit, catalog, 'components', componentTags, report),
});
