import { defineCheck } from '../../core/check.js';
import { vuePlaceholders } from '../../syntax/web-placeholders.js';
import { reportPlaceholderProblems, usesSyntax } from './flagged.js';

export default defineCheck({
  id: 'placeholder/vue',
  severity: 'error',
  summary: 'vue-i18n placeholders ({name}, {0}, %{name}) and linked messages (@:key) missing, added or translated',
  peers: { weblate: ['vue_format'] },
  appliesTo: (unit, { catalog }) => usesSyntax(unit, catalog, { format: 'vue', flags: ['vue-format'] }),
  check: (unit, { catalog }, report) => reportPlaceholderProblems(unit, catalog, 'vue', vuePlaceholders, report),
});
