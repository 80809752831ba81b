import { defineCheck } from '../../core/check.js';
import { memoText } from '../../core/unit.js';
import { bbTags, looksLikeBbcode, type BbTag } from '../../syntax/bbcode.js';
import { translatedForms } from '../source-for-form.js';

// Values that are addresses must not change; a colour or size may be adapted.
const VALUE_MATTERS = new Set(['url', 'img', 'email', 'youtube']);

function keyOf(tag: BbTag): string {
  if (tag.closing) return `[/${tag.name}]`;
  return tag.value !== undefined && VALUE_MATTERS.has(tag.name) ? `[${tag.name}=${tag.value}]` : `[${tag.name}${tag.value !== undefined ? '=…' : ''}]`;
}

export default defineCheck({
  id: 'markup/bbcode',
  severity: 'warning',
  summary: 'BBCode tags ([b]…[/b], [url=…]) missing, added or changed',
  peers: { weblate: ['bbcode'] },
  appliesTo: (unit) => unit.flags.has('bbcode-text') || unit.formats.has('bbcode') || looksLikeBbcode(unit.source),
  check(unit, _context, report) {
    const keys = (text: string) => memoText(unit, 'bbcode', text, () => bbTags(text).map(keyOf));
    for (const { form, source, target } of translatedForms(unit)) {
      const remaining = [...keys(target)];
      const missing: string[] = [];
      for (const key of keys(source)) {
        const index = remaining.indexOf(key);
        if (index >= 0) remaining.splice(index, 1);
        else missing.push(key);
      }
      if (missing.length) report({ form, message: `missing ${missing.join(', ')}` });
      if (remaining.length) report({ form, message: `${remaining.join(', ')} ${remaining.length > 1 ? 'are' : 'is'} not in the source` });
    }
  },
});
