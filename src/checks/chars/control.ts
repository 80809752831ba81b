import { languageOf } from '../../core/locale.js';
import { defineCheck } from '../../core/check.js';
import { translatedForms } from '../source-for-form.js';
import { CONTROL_CANDIDATE, controlAllowed, describeChar } from './conventions.js';

const CANDIDATES = new RegExp(CONTROL_CANDIDATE.source, 'g');
// ISO-2022 escape sequences are chars/corrupted's business.
const ISO_2022_ESCAPE = /\x1b(?:\$[@AB(]|\([BJ])/g;

/** Characters from the `allow` option: the characters themselves or `U+200B` spellings. */
function allowedByOption(option: unknown): Set<string> {
  const allowed = new Set<string>();
  if (!Array.isArray(option)) return allowed;
  for (const entry of option) {
    if (typeof entry !== 'string') continue;
    const code = /^U\+([0-9A-Fa-f]{4,6})$/.exec(entry);
    allowed.add(code ? String.fromCodePoint(parseInt(code[1]!, 16)) : entry);
  }
  return allowed;
}

export default defineCheck({
  id: 'chars/control',
  severity: 'error',
  summary: 'invisible or control characters (ZWSP, NUL, bidi overrides, soft hyphen, BOM) that the source does not have',
  peers: { poexam: ['unicode-ctrl'], weblate: ['zero-width-space'] },
  check(unit, context, report) {
    const language = languageOf(unit.locale);
    const optionAllowed = context.options.allow;
    for (const { form, target, source } of translatedForms(unit)) {
      if (!CONTROL_CANDIDATE.test(target)) continue;
      const allowed = allowedByOption(optionAllowed);
      // Every candidate is one UTF-16 unit, so indexes into the scanned copy are indexes into the target.
      const scanned = target.includes('\x1b') ? target.replace(ISO_2022_ESCAPE, (m) => ' '.repeat(m.length)) : target;
      const stray = new Set<number>();
      CANDIDATES.lastIndex = 0;
      for (let match = CANDIDATES.exec(scanned); match; match = CANDIDATES.exec(scanned)) {
        const char = match[0];
        if (source.includes(char) || allowed.has(char) || controlAllowed(target, match.index, language)) continue;
        stray.add(match.index);
      }
      if (stray.size === 0) continue;
      const names = [...new Set([...stray].map((index) => describeChar(target[index]!)))];
      const replacement = removeIndexes(target, stray);
      report({ form, message: `contains ${names.join(', ')}, which the source does not; remove ${stray.size === 1 ? 'it' : 'them'}`, fix: { replacement, safe: true, form } });
    }
  },
});

function removeIndexes(text: string, indexes: Set<number>): string {
  let out = '';
  for (let i = 0; i < text.length; i++) if (!indexes.has(i)) out += text[i];
  return out;
}
