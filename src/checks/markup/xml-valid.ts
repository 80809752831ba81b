import { defineCheck } from '../../core/check.js';
import { brokenTags, KNOWN_ELEMENTS, VOID_ELEMENTS, type Tag } from '../../syntax/markup.js';
import { translatedForms } from '../source-for-form.js';
import { mayHaveTags, namesOf, tagsOf } from './tags-of.js';

/** The first nesting problem of a tag sequence, or undefined when it is well formed. */
export function nestingProblem(tags: readonly Tag[]): string | undefined {
  const open: Tag[] = [];
  for (const tag of tags) {
    if (tag.kind === 'self') continue;
    const lower = tag.name.toLowerCase();
    if (tag.kind === 'open') {
      if (!VOID_ELEMENTS.has(lower)) open.push(tag);
      continue;
    }
    if (VOID_ELEMENTS.has(lower) && !open.some((t) => t.name === tag.name)) continue; // `</br>` tolerated like browsers do
    const top = open[open.length - 1];
    if (!top) return `${tag.text} closes nothing`;
    if (top.name !== tag.name) return open.some((t) => t.name === tag.name) ? `${tag.text} closes <${tag.name}> while ${top.text} is still open (tags cross)` : `${tag.text} closes nothing (${top.text} is open)`;
    open.pop();
  }
  return open.length ? `${open.map((t) => t.text).join(', ')} ${open.length > 1 ? 'are' : 'is'} never closed` : undefined;
}

const BARE_AMPERSAND = /&(?![A-Za-z][A-Za-z0-9]{1,31};|#\d{1,7};|#[xX][0-9A-Fa-f]{1,6};)/;

export default defineCheck({
  id: 'markup/xml-valid',
  severity: 'error',
  summary: 'the translation is not well-formed markup: unclosed, crossing or broken tags (when the source is well formed)',
  peers: { weblate: ['xml-invalid'], pofilter: ['validxml'], i18nspector: ['malformed-xml'] },
  appliesTo: (unit) => mayHaveTags(unit) || unit.flags.has('xml-text'),
  check(unit, _context, report) {
    const strict = unit.flags.has('xml-text');
    for (const { form, source, target } of translatedForms(unit)) {
      const want = tagsOf(unit, source);
      if (want.length === 0 && !strict) continue;
      if (nestingProblem(want)) continue; // the source itself is not well formed: HTML with optional end tags, or a bug upstream
      const names = new Set([...namesOf(want), ...KNOWN_ELEMENTS]);
      const have = tagsOf(unit, target, namesOf(want));
      const broken = brokenTags(target, have, names);
      if (broken.length) {
        report({ form, message: `broken tag "${broken[0]!.text}": it never ends with ">"` });
        continue;
      }
      const problem = nestingProblem(have);
      if (problem) report({ form, message: problem });
      // A plain `&` is only an error where the text is parsed as XML (`xml-text`); elsewhere "Tom & Jerry" is fine.
      if (strict && BARE_AMPERSAND.test(target) && !BARE_AMPERSAND.test(source)) report({ form, message: 'a bare "&" (write &amp;)' });
    }
  },
});
