import { languageOf } from '../../core/locale.js';
import { defineCheck } from '../../core/check.js';
import { maskText } from '../../syntax/mask.js';
import { translatedForms } from '../source-for-form.js';
import { INVERTED_MARK_LANGUAGES, isCredits, OPENERS } from './conventions.js';

const SPACE = /\s/;
// `../parent` is a path, not an ellipsis.
const ELLIPSIS = /^(?:…|\.{3,}(?![/\\])|⋯|‥)/;
// List markers that need a space after them: dashes, bullets, asterisk.
const BULLETS: Record<string, string> = { '-': '-', '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-', '•': '•', '∙': '•', '◦': '•', '▪': '•', '‣': '•', '●': '•', '·': '•', '*': '•' };
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The punctuation a text opens with when it carries layout meaning: a leading ellipsis
 * ("…and more", a continuation) or a list marker followed by a space ("- item", "• item").
 * Other leading marks are symbols being talked about ("? at start of expression") or belong
 * to a word (`.htaccess`, `-v`), and are left out. Returns '…', '-', '•' or ''.
 */
export function leadingPunctuation(text: string, skipInverted: boolean): string {
  let i = 0;
  while (i < text.length && (SPACE.test(text[i]!) || OPENERS.has(text[i]!) || (skipInverted && (text[i] === '¿' || text[i] === '¡')))) i++;
  const rest = text.slice(i, i + 4);
  if (ELLIPSIS.test(rest)) return '…';
  const bullet = BULLETS[text[i] ?? ''];
  if (bullet && i + 1 < text.length && SPACE.test(text[i + 1]!)) return bullet;
  return '';
}

function firstMark(text: string): string {
  return text.trimStart()[0] ?? '';
}

export default defineCheck({
  id: 'punctuation/start',
  severity: 'info',
  summary: 'a leading ellipsis or list marker (dash, bullet) of the source is missing or added in the translation',
  peers: { pofilter: ['startpunc'], poexam: ['punc-start'] },
  appliesTo: (unit) => !isCredits(unit),
  check(unit, _context, report) {
    const inverted = INVERTED_MARK_LANGUAGES.has(languageOf(unit.locale));
    for (const { form, target, source } of translatedForms(unit)) {
      const maskedSource = maskText(unit, source);
      const want = leadingPunctuation(maskedSource, false);
      const maskedTarget = maskText(unit, target);
      const have = leadingPunctuation(maskedTarget, inverted);
      if (want === have) continue;
      // A symbol-only source ("-", "…") is punctuation/pure's business.
      if (!LETTER_OR_DIGIT.test(maskedSource)) continue;
      // A mark that word order moved elsewhere ("* at start" -> "„*” la început") is a symbol, not a list marker.
      if (have === '' && want !== '…' && maskedTarget.includes(firstMark(maskedSource))) continue;
      if (want === '' && have !== '…' && maskedSource.includes(firstMark(maskedTarget))) continue;
      if (have === '') report({ form, message: `the source starts with "${want}" but the translation does not` });
      else if (want === '') report({ form, message: `starts with "${have}" but the source does not` });
      else report({ form, message: `starts with "${have}" but the source starts with "${want}"` });
    }
  },
});
