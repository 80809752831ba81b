import { defineCheck } from '../../core/check.js';
import { memoText } from '../../core/unit.js';
import { bareRoles, rstItems, strayBackticks } from '../../syntax/rst.js';
import { translatedForms } from '../source-for-form.js';

export default defineCheck({
  id: 'markup/rst',
  severity: 'warning',
  summary: 'reStructuredText roles, references, literals and substitutions changed, or broken backticks',
  peers: { weblate: ['rst-references', 'rst-syntax'] },
  appliesTo: (unit) => unit.flags.has('rst-text') || unit.formats.has('rst'),
  check(unit, _context, report) {
    const keys = (text: string) => memoText(unit, 'rst', text, () => rstItems(text).map((item) => item.key));
    for (const { form, source, target } of translatedForms(unit)) {
      const wantRoles = new Set(keys(source).filter((key) => key.startsWith(':')).map((key) => key.slice(0, key.indexOf(':', 1) + 1)));
      const broken = bareRoles(target).filter((role) => wantRoles.has(role) && !bareRoles(source).includes(role));
      if (broken.length) report({ form, message: `${broken.join(', ')} lost ${broken.length > 1 ? 'their' : 'its'} backticks: write ${broken[0]}\`…\`` });
      else if (strayBackticks(target) > strayBackticks(source)) report({ form, message: 'unbalanced backticks: a role, reference or literal is not closed' });
      const remaining = [...keys(target)];
      const missing: string[] = [];
      for (const key of keys(source)) {
        const index = remaining.indexOf(key);
        if (index >= 0) remaining.splice(index, 1);
        else missing.push(key);
      }
      if (broken.length === 0 && missing.length) report({ form, message: `missing or changed: ${missing.join(', ')}` });
      if (broken.length === 0 && remaining.length) report({ form, message: `not in the source: ${remaining.join(', ')}` });
    }
  },
});
