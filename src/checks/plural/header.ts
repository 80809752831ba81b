import { defineCheck } from '../../core/check.js';
import { integerPluralCategories, hasPluralRules } from '../../core/locale.js';
import { isPlural } from '../../core/unit.js';

const SAMPLE = 200;

export default defineCheck({
  id: 'plural/header',
  severity: 'error',
  summary: 'PO Plural-Forms header missing where needed, or its expression picks forms that do not exist or never picks some',
  peers: {
    i18nspector: ['no-required-plural-forms-header-field', 'no-plural-forms-header-field', 'syntax-error-in-plural-forms', 'codomain-error-in-plural-forms', 'arithmetic-error-in-plural-forms', 'unusual-plural-forms', 'leading-junk-in-plural-forms', 'trailing-junk-in-plural-forms'],
    msgfmt: ['--check-header'],
    poexam: ['header'],
  },
  checkCatalog(catalog, _context, report) {
    if (catalog.format !== 'po' || !catalog.header) return;
    const rule = catalog.pluralRule;
    const span = catalog.header.span;
    if (catalog.pluralFormsProblem) report(undefined, { span, severity: catalog.pluralFormsProblem.severity, message: catalog.pluralFormsProblem.message });
    if (!rule && catalog.pluralFormsProblem) return;
    if (!rule) {
      // Syntax errors are file errors (the parser refuses the file); here: a missing header.
      if (catalog.units.some(isPlural) && !catalog.document.path.endsWith('.pot')) report(undefined, { span, message: 'no Plural-Forms header but the catalog has plural messages' });
      else if (catalog.locale !== 'und' && hasPluralRules(catalog.locale) && integerPluralCategories(catalog.locale).length > 1 && !catalog.document.path.endsWith('.pot')) {
        report(undefined, { span, severity: 'info', message: `no Plural-Forms header; add the one for ${catalog.locale} before plural messages arrive` });
      }
      return;
    }
    const used = new Set<number>();
    for (let n = 0; n <= SAMPLE; n++) {
      const form = rule.formFor(n);
      if (!Number.isInteger(form)) {
        report(undefined, { span, message: `Plural-Forms divides by zero for n=${n}` });
        return;
      }
      if (form < 0 || form >= rule.count) {
        report(undefined, { span, message: `Plural-Forms selects form ${form} for n=${n}, but nplurals=${rule.count}` });
        return;
      }
      used.add(form);
    }
    const unused = [...Array(rule.count).keys()].filter((form) => !used.has(form));
    if (unused.length > 0) report(undefined, { span, severity: 'warning', message: `Plural-Forms never selects form${unused.length > 1 ? 's' : ''} ${unused.join(', ')} for 0..${SAMPLE}` });
  },
});
