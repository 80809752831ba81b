import { defineCheck } from '../../core/check.js';
import { hasPluralRules, integerPluralCategories, languageOf } from '../../core/locale.js';
import type { Report } from '../../core/check.js';
import { isPlural, type Unit } from '../../core/unit.js';

/** Formats that name categories (Android, stringsdict, i18next, Rails): compare with CLDR by name. */
function checkNamedCategories(unit: Unit, report: (unit: Unit, finding: Report) => void): void {
  if (unit.locale === 'und' || !hasPluralRules(unit.locale)) return;
  const required = integerPluralCategories(unit.locale);
  const present = unit.pluralCategories!;
  const missing = required.filter((category) => !present.includes(category));
  // `zero`/`two` beside the required ones are legal refinements in most formats; others are dead.
  const unused = present.filter((category) => !required.includes(category) && category !== 'zero' && category !== 'two' && category !== 'other');
  if (missing.length > 0) report(unit, { message: `missing plural ${missing.length === 1 ? 'category' : 'categories'} ${missing.join(', ')} that ${unit.locale} needs (CLDR: ${required.join(', ')})` });
  if (unused.length > 0) report(unit, { severity: 'warning', message: `plural ${unused.length === 1 ? 'category' : 'categories'} ${unused.join(', ')} never used in ${unit.locale} (CLDR: ${required.join(', ')})` });
}

export default defineCheck({
  id: 'plural/forms-count',
  severity: 'error',
  summary: "number of plural forms differs from the language's (Plural-Forms header or CLDR plural rules)",
  aliases: ['plural/forms'],
  peers: {
    pofilter: ['nplurals'],
    i18nspector: ['incorrect-number-of-plural-forms', 'inconsistent-number-of-plural-forms'],
    poexam: ['plurals'],
    msgfmt: ['--check-format'],
  },
  checkCatalog(catalog, context, report) {
    const plurals = catalog.units.filter((unit) => (isPlural(unit) || unit.pluralCategories !== undefined) && unit.state !== 'obsolete');
    const known = catalog.locale !== 'und' && hasPluralRules(catalog.locale);
    const cldr = known ? integerPluralCategories(catalog.locale) : undefined;
    const declared = catalog.pluralRule?.count;

    // The header is what gettext uses at run time, and gettext's counts differ from CLDR's by
    // tradition in many languages (uk 3 or 4, tr 1 or 2, he 2 to 4): compared only on request.
    if (context.options.compareWithCldr === true && declared !== undefined && cldr && declared !== cldr.length && catalog.header && !catalog.header.fields.get('plural-forms')?.includes('nplurals=INTEGER')) {
      report(undefined, {
        severity: 'warning',
        span: catalog.header.span,
        message: `Plural-Forms declares ${declared} forms but CLDR gives ${languageOf(catalog.locale)} ${cldr.length} (${cldr.join(', ')})`,
      });
    }
    if (plurals.length > 0 && declared === undefined && catalog.format === 'po' && plurals.some(isPlural) && !catalog.document.path.endsWith('.pot')) {
      report(plurals[0], { message: 'the catalog has plural messages but no Plural-Forms header; msgfmt will reject it' });
    }
    const expected = declared ?? cldr?.length;
    for (const unit of plurals) {
      if (unit.state === 'untranslated') continue;
      if (unit.pluralCategories) {
        checkNamedCategories(unit, report);
        continue;
      }
      if (expected === undefined) continue;
      if (unit.targets.length !== expected) {
        const basis = declared !== undefined ? 'Plural-Forms' : `CLDR for ${catalog.locale}`;
        report(unit, { message: `${unit.targets.length} plural forms where ${basis} requires ${expected}` });
      }
    }
  },
});
