import { defineCheck } from '../../core/check.js';
import { isPlural } from '../../core/unit.js';

// "file(s)", "item(s)": a word immediately followed by (s) or (es), next to a count.
const PSEUDO_PLURAL = /\b\p{L}+\((?:s|es)\)(?!\p{L})/iu;
const COUNT = /%(?:\d+\$)?[-+ #0]*\d*[hlLqjzt]*[dui]|%\(\w+\)d|\{\w*\}|\b\d+\b|%n/;

export default defineCheck({
  id: 'plural/english-style',
  severity: 'info',
  summary: 'the source fakes a plural with "file(s)" next to a count; it needs real plural forms',
  peers: { pofilter: ['simpleplurals'], weblate: ['optional_plural'] },
  appliesTo: (unit) => !isPlural(unit) && unit.source.includes('('),
  check(unit, _context, report) {
    if (PSEUDO_PLURAL.test(unit.source) && COUNT.test(unit.source)) report({ message: 'the source uses "(s)" for a count: ask the developers for ngettext/plural forms' });
  },
});
