import { defineCheck } from '../../core/check.js';
import { memoText } from '../../core/unit.js';
import { markdownLinks } from '../../syntax/markdown.js';
import { sameUrl } from '../../syntax/urls.js';
import { translatedForms } from '../source-for-form.js';
import { isMarkdown } from './markdown-context.js';

const INLINE_LINK = /\]\(\s*\S/;

export default defineCheck({
  id: 'markup/markdown-links',
  severity: 'warning',
  summary: 'Markdown links whose URL changed, or links missing or added ([text](url); the text may be translated)',
  peers: { weblate: ['md-link'] },
  // `[text](url)` is unambiguous enough to check even without the md-text flag.
  appliesTo: (unit) => isMarkdown(unit) || (unit.source.includes('](') && INLINE_LINK.test(unit.source)),
  check(unit, _context, report) {
    const targets = (text: string) => memoText(unit, 'mdlinks', text, () => markdownLinks(text).map((link) => link.target));
    for (const { form, source, target } of translatedForms(unit)) {
      const want = targets(source);
      const have = [...targets(target)];
      const missing: string[] = [];
      for (const url of want) {
        const index = have.findIndex((candidate) => sameUrl(url, candidate, unit.sourceLocale, unit.locale));
        if (index >= 0) have.splice(index, 1);
        else missing.push(url);
      }
      if (missing.length === 1 && have.length === 1) {
        report({ form, message: `link URL changed: ${missing[0]} became ${have[0]}` });
        continue;
      }
      for (const url of missing) report({ form, message: `missing the link to ${url} (or its [text](url) syntax is broken)` });
      for (const url of have) report({ form, message: `a link to ${url} is not in the source` });
    }
  },
});
