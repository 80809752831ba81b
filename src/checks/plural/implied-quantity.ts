import { defineCheck } from '../../core/check.js';
import { isRarePluralForm } from '../../core/plural.js';
import { isPlural } from '../../core/unit.js';

const COUNT = /%(?:\d+\$)?[-+ #0'I]*\d*[hlLqjzt]*[dui]|%\(\w+\)[dui]|%n|\{\w*\}|\{\{\s*count\s*\}\}|%\{count\}/;

export default defineCheck({
  id: 'plural/implied-quantity',
  severity: 'warning',
  summary: 'a plural form without the count serves several counts (Croatian/Russian "one" also means 21, 31 …)',
  peers: { i18nspector: ['python-format-string-unnamed-plural-argument'] },
  appliesTo: (unit) => isPlural(unit) && unit.targets.length > 1 && COUNT.test(unit.sourcePlural!),
  check(unit, { catalog }, report) {
    unit.targets.forEach((target, form) => {
      if (target === '' || COUNT.test(target) || isRarePluralForm(catalog, unit, form)) return;
      report({ form, message: `plural form ${unit.pluralCategories?.[form] ?? form} has no count but is also used for other numbers than 1 (e.g. 21): show the count` });
    });
  },
});
