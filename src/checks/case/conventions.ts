/**
 * Case conventions per language. Sources: translate-toolkit `translate/lang/*.py`
 * `ignoretests` (startcaps, simplecaps, acronyms) and Unicode letter categories.
 */
import { MASK, MASK_TAG } from '../../syntax/mask.js';

/**
 * Languages whose script has no case in practice. Most are caught by looking at the letters
 * themselves; these also have "case" in Unicode that nobody writes (Georgian Mtavruli,
 * Cherokee) or are excluded by translate-toolkit (Armenian).
 */
export const CASE_IGNORED_LANGUAGES = new Set(['ka', 'chr', 'hy', 'ar', 'he', 'fa', 'ur', 'ja', 'ko', 'zh', 'th', 'km', 'lo', 'my', 'hi', 'bn', 'gu', 'kn', 'ml', 'mr', 'pa', 'ta', 'te', 'si', 'or', 'am', 'ug', 'nqo', 'ne', 'bo', 'dz']);

/** Languages that capitalise nouns, so a capital where the source has none is normal (pofilter disables simplecaps for de). */
export const NOUN_CAPITALISING_LANGUAGES = new Set(['de', 'lb', 'gsw', 'bar', 'nds']);

/** Languages whose translators usually translate or transliterate acronyms (translate-toolkit `ignoretests`). */
export const ACRONYM_TRANSLATING_LANGUAGES = new Set(['ar', 'he', 'nqo', 'ug', 'zh']);

export const UPPER = /\p{Lu}|\p{Lt}/u;
export const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const LEADING_PREFIX = /^(?:(?:…|\.{3}|[-–—•*]\s+))?[¿¡]?(?:["'“”„«»‹›‘‚「『(\[{\uE001][ \u00a0\u202f]?){0,2}[&_~]?/;
const DIGIT = /\p{N}/u;

export type Initial = 'upper' | 'lower' | 'caseless' | 'digit' | 'placeholder' | 'none';

/**
 * Case of the first letter of `masked` text, looking past spaces, punctuation, accelerator
 * markers and markup. Irish `nGaeilge`, `hAthair` and brands like `iPhone` count as capitals.
 * `index` is where the first word starts.
 */
export function initialCase(masked: string, language: string): { initial: Initial; index: number } {
  let i = 0;
  while (i < masked.length && (masked[i] === MASK_TAG || /\s/.test(masked[i]!))) i++;
  // A list marker or leading ellipsis, an inverted mark, up to two opening quotes or brackets,
  // an accelerator marker. Anything else first ("\\{ sans correspondance", "„(“ или") means the
  // text opens with a symbol and its first letter is not the start of a sentence.
  const prefix = LEADING_PREFIX.exec(masked.slice(i, i + 12));
  if (prefix) i += prefix[0].length;
  if (i >= masked.length) return { initial: 'none', index: i };
  if (masked[i] === MASK) return { initial: 'placeholder', index: i };
  const code = masked.charCodeAt(i);
  const alphanumeric = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || (code > 0x7f && (LETTER.test(masked[i]!) || DIGIT.test(masked[i]!)));
  if (!alphanumeric) return { initial: 'none', index: i };
  // Afrikaans 'n and Dutch 's/'t are lower-case articles before the real first word.
  if ((language === 'af' || language === 'nl') && masked[i - 1] === "'" && /^[nst]\s/.test(masked.slice(i, i + 2))) {
    i += 2;
    while (i < masked.length && /\s/.test(masked[i]!)) i++;
    if (i >= masked.length) return { initial: 'none', index: i };
  }
  const first = masked[i]!;
  if (DIGIT.test(first)) return { initial: 'digit', index: i };
  if (UPPER.test(first)) return { initial: 'upper', index: i };
  if (LOWER.test(first)) {
    const second = masked[i + 1];
    if (second !== undefined && UPPER.test(second)) return { initial: 'upper', index: i };
    return { initial: 'lower', index: i };
  }
  return { initial: 'caseless', index: i };
}

const WORD_AT = /[\p{L}\p{M}\p{N}]+/uy;

/** The word starting at `index`. */
export function wordAt(text: string, index: number): string {
  WORD_AT.lastIndex = index;
  return WORD_AT.exec(text)?.[0] ?? '';
}

/** Number of upper-case, lower-case and all letters. */
export function caseCounts(text: string): { upper: number; lower: number; letters: number } {
  let upper = 0;
  let lower = 0;
  let letters = 0;
  for (const char of text) {
    if (UPPER.test(char)) upper++;
    else if (LOWER.test(char)) lower++;
    if (LETTER.test(char)) letters++;
  }
  return { upper, lower, letters };
}
