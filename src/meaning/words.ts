import { mask } from '../syntax/mask.js';

export interface Word {
  /** As written. */
  text: string;
  /** Lower-cased. */
  lower: string;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*[\p{L}\p{M}]|[\p{L}\p{M}]/gu;
const ACCELERATOR = /(^|[^&_~\p{L}])[&_~](?=\p{L})|(?<=\p{L})[&_~](?=\p{L})/gu;
const ACCELERATOR_MARK = /[&_~]/;

const recentWords = new Map<string, readonly Word[]>();
const MAX_REMEMBERED = 50_000;

/**
 * The words of a UI string: placeholders, tags, URLs and accelerator markers removed.
 * Remembered for recent texts: the meaning rules and the translation memory each ask for the
 * same source and target. Callers must not change the result.
 */
export function wordsOf(text: string, formats: ReadonlySet<string> = new Set()): readonly Word[] {
  const key = formats.size === 0 ? text : `${[...formats].sort().join(',')}\u0000${text}`;
  let words = recentWords.get(key);
  if (words === undefined) {
    if (recentWords.size >= MAX_REMEMBERED) recentWords.clear();
    recentWords.set(key, (words = findWords(text, formats)));
  }
  return words;
}

function findWords(text: string, formats: ReadonlySet<string>): Word[] {
  let plain = mask(text, formats);
  if (ACCELERATOR_MARK.test(plain)) plain = plain.replace(ACCELERATOR, '$1');
  const found: Word[] = [];
  // exec, not matchAll: matchAll copies the regex for every text. A match begins and ends with a
  // letter or mark, so no apostrophe or hyphen is left to trim.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(plain); match !== null; match = WORD.exec(plain)) found.push({ text: match[0], lower: match[0].toLowerCase() });
  return found;
}

const LETTER = /[\p{L}\p{M}]/u;

/** Replaces the first whole-word occurrence of `word` in `text`, keeping its capitalisation style. */
export function replaceWord(text: string, word: string, replacement: string): string {
  if (word === '') return text;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (LETTER.test(codePointBefore(text, at)) || LETTER.test(String.fromCodePoint(text.codePointAt(end) ?? 32))) continue;
    return text.slice(0, at) + matchCase(word, replacement) + text.slice(end);
  }
  return text;
}

/** The whole character before `index` (both halves of a surrogate pair), or '' at the start. */
function codePointBefore(text: string, index: number): string {
  if (index === 0) return '';
  const low = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text[index - 1]!;
}

/** `replacement` in the case pattern of `model`: "Перегрузка" -> "Перезагрузка", "RESET" -> "СБРОС". */
export function matchCase(model: string, replacement: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return replacement.toUpperCase();
  const first = model[0]!;
  if (first !== first.toLowerCase()) return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement[0]!.toLowerCase() + replacement.slice(1);
}
