import { defineCheck } from '../../core/check.js';
import { maskText } from '../../syntax/mask.js';
import { translatedForms } from '../source-for-form.js';
import { BRACKET_OF, isCredits } from './conventions.js';

const ANY_BRACKET = /[()[\]{}（）［］｛｝【】〔〕﴾﴿⁽⁾]/;
// Pseudo-plurals and optional endings glued to a word: file(s), Datei(en), utilisateur(rice)s.
const OPTIONAL_ENDING = /(?<=\p{L})\(\p{L}{1,4}\)/gu;
// Emoticons and list labels are not bracketed text: :) ;-( 1) a)
const EMOTICON = /(?<=^|\s)[:;]-?[()](?=$|[\s.,!?])|(?<=^|\s)(?:\d{1,2}|[a-z])\)(?=\s)/gu;
// Mnemonic hints ("切り取り(_T)", "内容(&C)") and symbols written with brackets ("(C)" for ©).
const HINTS_AND_SYMBOLS = /\([&_~][\p{L}\p{N}]\)|\((?:c|C|r|R|tm|TM)\)/gu;
const ORDER = ['(', ')', '[', ']', '{', '}'];
const PAIRS: [string, string][] = [['(', ')'], ['[', ']'], ['{', '}']];

/** Counts of ( ) [ ] { } in one number, full-width forms included, for a quick equality test. */
function rawSignature(text: string): number {
  let signature = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII brackets by code (letters are the common case and need no lookup); full-width ones from U+2000.
    if (code < 0x80) signature += ASCII_WEIGHT[code]!;
    else if (code >= 0x2000) {
      const bracket = BRACKET_OF[text[i]!];
      if (bracket) signature += WEIGHT[bracket]!;
    }
  }
  return signature;
}

// Powers of 64: counts up to 63 of each bracket kind stay apart.
const WEIGHT: Record<string, number> = { '(': 1, ')': 64, '[': 64 ** 2, ']': 64 ** 3, '{': 64 ** 4, '}': 64 ** 5 };
const ASCII_WEIGHT = Array.from({ length: 0x80 }, (_, code) => WEIGHT[String.fromCharCode(code)] ?? 0);

function bracketCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const cleaned = text.replace(OPTIONAL_ENDING, '').replace(EMOTICON, '').replace(HINTS_AND_SYMBOLS, '');
  for (const char of cleaned) {
    const bracket = BRACKET_OF[char];
    if (bracket) counts.set(bracket, (counts.get(bracket) ?? 0) + 1);
  }
  return counts;
}

export default defineCheck({
  id: 'punctuation/brackets',
  severity: 'info',
  summary: 'brackets ( ) [ ] { } of the source missing in the translation, or left unbalanced',
  peers: { pofilter: ['brackets'], poexam: ['brackets'], okapi: ['Opening parenthesis', 'Closing parenthesis', 'Bracketing characters'] },
  appliesTo: (unit) => !isCredits(unit),
  check(unit, _context, report) {
    for (const { form, target, source } of translatedForms(unit)) {
      if (!ANY_BRACKET.test(source) && !ANY_BRACKET.test(target)) continue;
      // Same raw counts: masking and clean-up could only remove the same things on both sides.
      if (rawSignature(source) === rawSignature(target)) continue;
      const want = bracketCounts(maskText(unit, source));
      const have = bracketCounts(maskText(unit, target));
      const missing: string[] = [];
      for (const bracket of ORDER) if ((have.get(bracket) ?? 0) < (want.get(bracket) ?? 0)) missing.push(`"${bracket}"`);
      if (missing.length) {
        report({ form, message: `missing ${missing.join(', ')} compared with the source` });
        continue;
      }
      // Brackets a translator adds around an explanation are a choice; an unclosed one is a slip.
      for (const [open, close] of PAIRS) {
        const sourceBalanced = (want.get(open) ?? 0) === (want.get(close) ?? 0);
        const opened = have.get(open) ?? 0;
        const closed = have.get(close) ?? 0;
        if (sourceBalanced && opened !== closed) {
          report({ form, message: `${opened} "${open}" but ${closed} "${close}": a bracket is not ${opened > closed ? 'closed' : 'opened'}` });
          break;
        }
      }
    }
  },
});
