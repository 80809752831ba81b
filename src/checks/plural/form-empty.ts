import { defineCheck } from '../../core/check.js';

export default defineCheck({
  id: 'plural/form-empty',
  severity: 'error',
  summary: 'some plural forms are translated and others are empty',
  peers: { weblate: ['plurals'], i18nspector: ['partially-translated-message'] },
  appliesTo: (unit) => unit.targets.length > 1,
  check(unit, _context, report) {
    unit.targets.forEach((target, form) => {
      if (target === '') report({ form, message: `plural form ${unit.pluralCategories?.[form] ?? form} is empty while other forms are translated` });
    });
  },
});
