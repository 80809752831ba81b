import { defineCheck } from '../../core/check.js';
import { FORMAT_FLAGS } from '../../formats/po.js';

const KNOWN = new Set(['fuzzy', 'wrap', 'no-wrap', 'translint-ignore', ...Object.keys(FORMAT_FLAGS), ...Object.keys(FORMAT_FLAGS).map((flag) => `no-${flag}`), ...Object.keys(FORMAT_FLAGS).map((flag) => `possible-${flag}`), 'tcl-format', 'ycp-format', 'elisp-format', 'librep-format', 'smalltalk-format', 'gcc-internal-format', 'qt-plural-format', 'kde-kuit-format', 'lua-format', 'go-format', 'rust-format', 'csharp-format']);
const PARAMETRIC = /^(range:|max-length:|placeholders:|accelerator:|ignore-|noqa|translint-|replacements:|regex:|variants:|font-|max-size:|priority:|check-glossary|strict-same|forbidden|read-only|terminology|safe-html|md-text|rst-text|xml-text|url|case-insensitive|icu-flags:|icu-tag-prefix:|discard)/;

export default defineCheck({
  id: 'file/flags',
  severity: 'warning',
  summary: 'unknown, duplicated or contradictory message flags (#, c-format, no-c-format)',
  peers: { i18nspector: ['unknown-message-flag', 'conflicting-message-flags', 'redundant-message-flag', 'duplicate-message-flag'] },
  scope: 'all',
  // Other formats keep their own attributes (xml:space, translatable=false) as flags.
  appliesTo: (unit, { catalog }) => catalog.format === 'po' && unit.flags.size > 0,
  check(unit, _context, report) {
    for (const flag of unit.flags) {
      if (!KNOWN.has(flag) && !PARAMETRIC.test(flag)) report({ span: unit.spans.unit, severity: 'info', message: `unknown flag "${flag}" (typo of a *-format flag?)` });
      if (flag.endsWith('-format') && !flag.startsWith('no-') && unit.flags.has(`no-${flag}`)) report({ span: unit.spans.unit, message: `"${flag}" and "no-${flag}" contradict each other` });
    }
  },
});
