import { defineCheck } from '../../core/check.js';
import { memoText } from '../../core/unit.js';
import { markdownReferences } from '../../syntax/markdown.js';
import { translatedForms } from '../source-for-form.js';
import { isMarkdown } from './markdown-context.js';

function ids(text: string): string[] {
  const { references, definitions } = markdownReferences(text);
  return [...references.map((r) => `[${r.target}]`), ...definitions.map((d) => `[${d.target}]:`)];
}

export default defineCheck({
  id: 'markup/markdown-refs',
  severity: 'warning',
  summary: 'Markdown reference links ([text][id], [id]: url) whose id is missing, translated or added',
  peers: { weblate: ['md-reflink'] },
  appliesTo: (unit) => isMarkdown(unit) && unit.source.includes(']'),
  check(unit, _context, report) {
    const of = (text: string) => memoText(unit, 'mdrefs', text, ids);
    for (const { form, source, target } of translatedForms(unit)) {
      const remaining = [...of(target)];
      const missing: string[] = [];
      for (const id of of(source)) {
        const index = remaining.indexOf(id);
        if (index >= 0) remaining.splice(index, 1);
        else missing.push(id);
      }
      if (missing.length) report({ form, message: `reference ${missing.join(', ')} is missing or its id was translated (ids must match their definitions)` });
      if (remaining.length) report({ form, message: `reference ${remaining.join(', ')} is not in the source` });
    }
  },
});
