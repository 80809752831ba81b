import { defineCheck } from '../../core/check.js';
import { esTemplatePlaceholders } from '../../syntax/web-placeholders.js';
import { reportPlaceholderProblems, usesSyntax } from './flagged.js';

// Guessing needs a plain expression: `${var[;width]}` in dpkg's docs is another syntax.
const TEMPLATE = /\$\{\s*[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\s*\}/;

export default defineCheck({
  id: 'placeholder/es-template',
  severity: 'error',
  summary: 'ECMAScript template literal substitutions (${name}) missing, added or changed',
  peers: { weblate: ['es_format'] },
  appliesTo: (unit, { catalog }) => usesSyntax(unit, catalog, { format: 'es', flags: ['es-format'], guess: (source) => source.includes('${') && TEMPLATE.test(source) }),
  check: (unit, { catalog }, report) => reportPlaceholderProblems(unit, catalog, 'es${}', esTemplatePlaceholders, report),
});
