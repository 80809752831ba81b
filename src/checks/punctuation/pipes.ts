import { languageOf } from '../../core/locale.js';
import { defineCheck } from '../../core/check.js';
import { maskText } from '../../syntax/mask.js';
import { translatedForms } from '../source-for-form.js';
import { DANDA_LANGUAGES } from './conventions.js';

// `|` typed for the danda: glued to the word before, then a space or the end.
const DANDA_PIPE = /(?<=\S)\|(?=\s|$)/g;
// Old GNOME `Q_("Context|Text")`: the translation drops the context prefix.
const CONTEXT_PREFIX = /^[^\s|]+\|[^|]+$/;

/** Separating pipes: not the ones in command-line syntax (`-a|--all`) or drawing a table edge at a line start. */
function pipes(text: string): number {
  let n = 0;
  for (let i = text.indexOf('|'); i >= 0; i = text.indexOf('|', i + 1)) {
    if (text[i + 1] === '-' || text.startsWith(' -', i + 1) || i === 0 || text[i - 1] === '\n') continue;
    n++;
  }
  return n;
}

export default defineCheck({
  id: 'punctuation/pipes',
  severity: 'warning',
  summary: 'number of | separators differs between source and translation',
  peers: { poexam: ['pipes'] },
  check(unit, _context, report) {
    const danda = DANDA_LANGUAGES.has(languageOf(unit.locale));
    for (const { form, target, source } of translatedForms(unit)) {
      if (!source.includes('|') && !target.includes('|')) continue;
      const want = pipes(maskText(unit, source));
      const masked = maskText(unit, target);
      let have = pipes(masked);
      if (have === want) continue;
      if (danda && have > want) have = Math.max(want, have - (masked.match(DANDA_PIPE)?.length ?? 0));
      if (have === want) continue;
      if (have === 0 && want === 1 && CONTEXT_PREFIX.test(source)) continue;
      report({ form, message: `${have} "|" where the source has ${want}` });
    }
  },
});
