import { defineCheck } from '../../core/check.js';

// Placeholders and digits only: identical forms are expected ("%d" in every form).
const PLACEHOLDER = /%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?[hlLqjzt]*[a-zA-Z@]|%\([^)]*\)[a-z]|\{[^{}]*\}|%[nL]\w?/g;
const hasWords = (text: string): boolean => /\p{L}/u.test(text.replace(PLACEHOLDER, ''));

export default defineCheck({
  id: 'plural/same-forms',
  severity: 'warning',
  summary: 'all plural forms are identical in a language that distinguishes them',
  peers: { weblate: ['same-plurals'] },
  appliesTo: (unit) => unit.targets.length > 1,
  check(unit, _context, report) {
    const forms = unit.targets.filter((target) => target !== '');
    if (forms.length < 2 || !hasWords(forms[0]!)) return;
    if (forms.every((form) => form === forms[0])) report({ message: `all ${forms.length} plural forms are "${forms[0]}": inflect them for each count` });
  },
});
