import { defineCheck } from '../../core/check.js';
import { memoText, type Unit } from '../../core/unit.js';
import { tagKey, tagLikes } from '../../syntax/markup.js';
import { translatedForms } from '../source-for-form.js';

/** Code with whitespace kept only where it separates two words. */
function normalizeCode(code: string): string {
  return code.replace(/\s+/g, ' ').replace(/\s*([{}()[\],.;:=+\-*/<>!?&|])\s*/g, '$1');
}

/** Top-level `{…}` JavaScript expressions (balanced braces, strings skipped), whitespace-normalized. */
export function jsxExpressions(text: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let start = -1;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (depth > 0 && (c === '"' || c === "'" || c === '`')) quote = c;
    else if (c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === '}' && depth > 0 && --depth === 0) found.push(normalizeCode(text.slice(start, i + 1)));
  }
  return found;
}

/** JSX components (capitalized or dotted names) with their props. */
function components(text: string): string[] {
  return tagLikes(text)
    .filter((tag) => /^[A-Z]|\./.test(tag.name))
    .map((tag) => tagKey(tag));
}

function parts(unit: Unit, text: string): string[] {
  return memoText(unit, 'mdx', text, () => [...jsxExpressions(text), ...components(text)]);
}

export default defineCheck({
  id: 'markup/mdx',
  severity: 'error',
  summary: 'MDX: JSX expressions ({props.x}) or components (<Note>) missing, added or changed',
  peers: { weblate: ['safe-mdx'] },
  // `{` and `<Capital>` are ordinary text outside MDX: only flagged units and MDX files.
  appliesTo: (unit) => unit.flags.has('safe-mdx') || unit.formats.has('mdx'),
  check(unit, _context, report) {
    for (const { form, source, target } of translatedForms(unit)) {
      const remaining = [...parts(unit, target)];
      const missing: string[] = [];
      for (const part of parts(unit, source)) {
        const index = remaining.indexOf(part);
        if (index >= 0) remaining.splice(index, 1);
        else missing.push(part);
      }
      if (missing.length) report({ form, message: `missing ${missing.join(', ')}` });
      if (remaining.length) report({ form, message: `${remaining.join(', ')} ${remaining.length > 1 ? 'are' : 'is'} not in the source` });
    }
  },
});
