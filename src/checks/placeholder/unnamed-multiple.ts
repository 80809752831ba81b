import { defineCheck } from '../../core/check.js';
import { isPlural, type Unit } from '../../core/unit.js';
import { usesFormat } from '../../syntax/formats.js';
import { looksLikePythonPercent, pythonPercentPlaceholders } from '../../syntax/python.js';

function unnamed(text: string): string[] {
  return pythonPercentPlaceholders(text).filter((p) => !p.named).map((p) => p.text);
}

export default defineCheck({
  id: 'placeholder/unnamed-multiple',
  severity: 'info',
  summary: 'source advice: Python %-format string with several unnamed arguments (translators cannot reorder them), or an unnamed count in a plural',
  peers: { weblate: ['unnamed_format'], i18nspector: ['python-format-string-multiple-unnamed-arguments', 'python-format-string-unnamed-plural-argument'] },
  scope: 'all',
  // Only Python: C, PHP and Java let a translation reorder unnamed arguments with %2$s; Python's % operator cannot.
  appliesTo: (unit: Unit, { catalog }) => unit.source.includes('%') && usesFormat(unit, catalog, 'python', 'python-format', looksLikePythonPercent),
  check(unit, _context, report) {
    const texts = isPlural(unit) ? [unit.source, unit.sourcePlural!] : [unit.source];
    for (const text of texts) {
      const found = unnamed(text);
      if (found.length >= 2) {
        report({ message: `the source has ${found.length} unnamed arguments (${found.join(', ')}): translators cannot reorder them; use %(name)s`, span: unit.spans.source ?? unit.spans.unit });
        return;
      }
    }
    if (isPlural(unit) && unnamed(unit.sourcePlural!).length === 1) {
      report({ message: `the count ${unnamed(unit.sourcePlural!)[0]} is unnamed: a translation whose singular leaves it out fails with "not all arguments converted"; use %(n)d`, span: unit.spans.source ?? unit.spans.unit });
    }
  },
});
