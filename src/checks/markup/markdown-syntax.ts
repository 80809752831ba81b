import { defineCheck } from '../../core/check.js';
import { memoText } from '../../core/unit.js';
import { markdownSyntax, type MarkdownSyntax } from '../../syntax/markdown.js';
import { translatedForms } from '../source-for-form.js';
import { isMarkdown } from './markdown-context.js';

const WRITTEN: Record<MarkdownSyntax, string> = { bold: '**bold**', italic: '*italic*', strikethrough: '~~strikethrough~~', code: '`code`' };

export default defineCheck({
  id: 'markup/markdown-syntax',
  severity: 'warning',
  summary: 'Markdown emphasis, bold, strikethrough or code spans dropped or added',
  peers: { weblate: ['md-syntax'] },
  appliesTo: (unit) => isMarkdown(unit) && /[*_`~]/.test(unit.source),
  check(unit, _context, report) {
    const counts = (text: string) => memoText(unit, 'mdsyntax', text, () => markdownSyntax(text).counts);
    for (const { form, source, target } of translatedForms(unit)) {
      const want = counts(source);
      const have = counts(target);
      for (const kind of Object.keys(WRITTEN) as MarkdownSyntax[]) {
        const a = want.get(kind) ?? 0;
        const b = have.get(kind) ?? 0;
        if (a !== b) report({ form, message: `${WRITTEN[kind]}: the source has ${a}, the translation ${b}` });
      }
    }
  },
});
