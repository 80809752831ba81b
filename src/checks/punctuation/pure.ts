import { languageOf } from '../../core/locale.js';
import { defineCheck } from '../../core/check.js';
import { MASK, MASK_TAG, maskText } from '../../syntax/mask.js';
import { translatedForms } from '../source-for-form.js';
import { type EndKind, endKindOf, isCredits } from './conventions.js';

// ©, ® and ™ stand for words ("(C)" -> "©").
const WORDLIKE = new RegExp(`[\\p{L}\\p{N}©®™${MASK}]`, 'u');
const QUOTE_MARKS = /["'`“”„‟«»‹›‘’‚‛「」『』＂]/g;
const IGNORED = new RegExp(`[\\s${MASK_TAG}\\u200b-\\u200f]`, 'gu');
const CANONICAL: Partial<Record<EndKind, string>> = { stop: '.', question: '?', exclamation: '!', colon: ':', semicolon: ';', comma: ',', ellipsis: '…' };

/** Whether a text holds symbols and punctuation only (no letters, digits or placeholders). */
function isPurePunctuation(masked: string): boolean {
  return !WORDLIKE.test(masked) && masked.replace(IGNORED, '') !== '';
}

/** Punctuation compared by meaning: `...` = `…`, `؟` = `?`, Greek `;` = `?`, `：` = `:`; spaces ignored. */
function canonical(text: string, language: string): string {
  let out = '';
  // A lone quotation mark becomes the language's own ("`" -> "„", "'" -> "»").
  for (const char of text.replace(IGNORED, '').replace(/\.{3}/g, '…').replace(QUOTE_MARKS, '"')) {
    const kind = endKindOf(char, language);
    out += (kind && CANONICAL[kind]) ?? char.normalize('NFKC');
  }
  return out;
}

export default defineCheck({
  id: 'punctuation/pure',
  severity: 'warning',
  summary: 'a punctuation-only string (+, -, …, |) was changed, or a translation became punctuation only',
  peers: { pofilter: ['purepunc'] },
  appliesTo: (unit) => !isCredits(unit),
  check(unit, _context, report) {
    const language = languageOf(unit.locale);
    const sourceLanguage = languageOf(unit.sourceLocale);
    for (const { form, target, source } of translatedForms(unit)) {
      const maskedSource = maskText(unit, source);
      const maskedTarget = maskText(unit, target);
      if (isPurePunctuation(maskedSource)) {
        if (canonical(maskedSource, sourceLanguage) !== canonical(maskedTarget, language)) {
          report({ form, message: `the source is only punctuation ("${source.trim()}"); keep it instead of "${target.trim()}"` });
        }
      } else if (isPurePunctuation(maskedTarget) && /[\p{L}\p{N}]/u.test(maskedSource)) {
        report({ form, message: `the translation is only punctuation ("${target.trim()}") but the source has words` });
      }
    }
  },
});
