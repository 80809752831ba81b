import { fieldMemoKeys, type Unit } from '../../core/unit.js';
import { maskText } from '../../syntax/mask.js';
import { DOUBLE_QUOTES, SINGLE_QUOTES } from './conventions.js';

export interface QuoteCounts {
  /** Double quotation marks of any style (`"` `“` `„` `«` `「` ...). */
  double: number;
  /** Pairs of single quotes (`'x'`, `‘x’`, `‹x›`); apostrophes are not quotes. */
  singlePairs: number;
}

const KEYS = fieldMemoKeys('quotes:');
const NONE: QuoteCounts = { double: 0, singlePairs: 0 };
// Letters, digits and masked placeholders: `'%s'` quotes a placeholder.
const WORD = /[\p{L}\p{N}\uE000]/u;
const QUICK = /[&"'`“”„‟«»＂〝〞〟「」『』‘’‚‛‹›＇]/;

/** Quotation marks of `text` (masked: placeholders and markup attributes do not count). */
export function quoteCounts(unit: Unit, text: string): QuoteCounts {
  if (!QUICK.test(text)) return NONE;
  return KEYS.memo(unit, text, countInMasked);
}

function countInMasked(unit: Unit, text: string): QuoteCounts {
  return count(maskText(unit, text).replace(/\\(?=['"])/g, ''));
}

const HEBREW = /\p{Script=Hebrew}/u;
const APOSTROPHE_BEFORE = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Hebrew}\p{N}\uE000]/u;
const APOSTROPHE_SCRIPTS = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Hebrew}\p{N}]/u;
const QUOTE_CHARS = /["'`“”„‟«»＂〝〞〟「」『』‘’‚‛‹›＇]/g;

function count(text: string): QuoteCounts {
  let double = 0;
  let opens = 0;
  let closes = 0;
  // Visit the quote characters only; their neighbours decide what they are.
  QUOTE_CHARS.lastIndex = 0;
  for (let match = QUOTE_CHARS.exec(text); match; match = QUOTE_CHARS.exec(text)) {
    const char = match[0];
    const i = match.index;
    const wordBefore = i > 0 && WORD.test(text[i - 1]!);
    const wordAfter = i + 1 < text.length && WORD.test(text[i + 1]!);
    // Apostrophes join letters of alphabets that use them; a quote glued to Korean, Japanese or
    // Tibetan particles ('%s'이, '%s'を) is still a quote.
    const apostrophe = i > 0 && i + 1 < text.length && APOSTROPHE_BEFORE.test(text[i - 1]!) && APOSTROPHE_SCRIPTS.test(text[i + 1]!);
    if (DOUBLE_QUOTES.has(char)) {
      // Hebrew gershayim (צה"ל): a mark between two Hebrew letters is not a quote.
      if (char === '"' && i > 0 && HEBREW.test(text[i - 1]!) && HEBREW.test(text[i + 1] ?? '')) continue;
      double++;
    } else if (SINGLE_QUOTES.has(char)) {
      if (apostrophe) continue; // it's, l'écran, don’t, %s's
      if (char === '‹' || char === '‚' || char === '‘' || char === '‛' || char === '`') opens++; // GNU style `quote' opens with a backquote
      else if (char === '›') closes++;
      else if (wordAfter && !wordBefore) opens++;
      else if (wordBefore && !wordAfter) closes++;
      // Glued on both sides ('%s'이, は'%s'): whichever the pairing needs.
      else if (wordBefore && wordAfter) {
        if (opens > closes) closes++;
        else opens++;
      }
    }
  }
  return double === 0 && opens === 0 && closes === 0 ? NONE : { double, singlePairs: Math.min(opens, closes) };
}
