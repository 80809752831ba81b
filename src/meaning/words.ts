import { mask } from '../syntax/mask.js';

export interface Word {
  /** As written. */
  text: string;
  /** Lower-cased. */
  lower: string;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*[\p{L}\p{M}]|[\p{L}\p{M}]/gu;
const ACCELERATOR = /(^|[^&_~\p{L}])[&_~](?=\p{L})|(?<=\p{L})[&_~](?=\p{L})/gu;

/** The words of a UI string: placeholders, tags, URLs and accelerator markers removed. */
export function wordsOf(text: string, formats: ReadonlySet<string> = new Set()): Word[] {
  const plain = mask(text, formats).replace(ACCELERATOR, '$1');
  const found: Word[] = [];
  for (const match of plain.matchAll(WORD)) {
    const word = match[0].replace(/^['’-]+|['’-]+$/g, '');
    if (word) found.push({ text: word, lower: word.toLowerCase() });
  }
  return found;
}

/** Replaces the first whole-word occurrence of `word` in `text`, keeping its capitalisation style. */
export function replaceWord(text: string, word: string, replacement: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}])${escaped}(?![\\p{L}\\p{M}])`, 'u');
  return text.replace(pattern, () => matchCase(word, replacement));
}

/** `replacement` in the case pattern of `model`: "Перегрузка" -> "Перезагрузка", "RESET" -> "СБРОС". */
export function matchCase(model: string, replacement: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return replacement.toUpperCase();
  const first = model[0]!;
  if (first !== first.toLowerCase()) return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement[0]!.toLowerCase() + replacement.slice(1);
}
