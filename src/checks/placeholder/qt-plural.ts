import { defineCheck } from '../../core/check.js';
import type { Unit } from '../../core/unit.js';
import { printfDirectives } from '../../syntax/printf.js';
import { qtPluralPlaceholders } from '../../syntax/qt.js';
import { reportPlaceholderProblems } from './flagged.js';

const COUNT = /%L?n(?![\p{L}\p{N}_])/u;

function hasCount(unit: Unit): boolean {
  return unit.source.includes('%') && COUNT.test(unit.source);
}

/** A c-format unit whose only directive is `%n`: Qt's plural count, which C would treat as a pointer write. */
function mistakenForC(unit: Unit): boolean {
  if (!unit.flags.has('c-format') || unit.formats.has('qt-plural') || !hasCount(unit)) return false;
  const directives = printfDirectives(unit.source);
  return directives.length > 0 && directives.every((directive) => directive.type === 'count pointer');
}

export default defineCheck({
  id: 'placeholder/qt-plural',
  severity: 'error',
  summary: 'Qt plural count (%n, %Ln) missing or added, or a Qt plural string flagged c-format',
  peers: { weblate: ['qt_plural_format'], i18nspector: ['qt-plural-format-mistaken-for-c-format'], msgfmt: ['--check-format'] },
  appliesTo(unit) {
    if (unit.flags.has('no-qt-plural-format')) return false;
    if (unit.formats.has('qt-plural') || unit.flags.has('qt-plural-format')) return true;
    return (unit.formats.has('qt') && hasCount(unit)) || mistakenForC(unit);
  },
  check(unit, { catalog }, report) {
    if (mistakenForC(unit)) {
      report({ severity: 'warning', message: '%n here is a Qt plural count, but the unit is flagged c-format, where %n writes to memory: flag it qt-plural-format' });
      return;
    }
    reportPlaceholderProblems(unit, catalog, 'qt%n', (text) => qtPluralPlaceholders(text).map((p) => ({ text: p.text, argument: p.argument, type: '' })), report);
  },
});
