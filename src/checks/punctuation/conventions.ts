/**
 * How languages punctuate, for the punctuation rules. Sources: translate-toolkit
 * `translate/lang/*.py` (`puncdict`, `sentenceend`, `ignoretests`), Weblate
 * `weblate/checks/chars.py` (end_* language lists, punctuation_spacing), CLDR
 * delimiters (quotation marks) and Unicode General Punctuation.
 */
import { languageOf } from '../../core/locale.js';
import type { Unit } from '../../core/unit.js';
import { MASK, MASK_TAG } from '../../syntax/mask.js';
import { isCreditsUnit } from '../translation/credits.js';

/** Translator-credits units list names and addresses: text rules leave them alone (pofilter `credits`). */
export function isCredits(unit: Unit): boolean {
  return unit.source.length <= 40 && isCreditsUnit(unit.source);
}

export type EndKind = 'stop' | 'colon' | 'question' | 'exclamation' | 'interrobang' | 'ellipsis' | 'semicolon' | 'comma' | 'none';

/** Sentence-final marks, language independent (Greek `;` and Indic `|` are added per language). */
const END_KIND: Record<string, EndKind> = {};
const add = (chars: string, kind: EndKind) => {
  for (const char of chars) END_KIND[char] = kind;
};
add('.。｡।॥۔։።။។៕᱾෴།༎꓿', 'stop');
add('?？؟՞⸮፧꘏⳺;⁇', 'question'); // U+037E GREEK QUESTION MARK
add('!！՜߹᥄႟‼', 'exclamation');
add('‽⁈⁉', 'interrobang');
add(':：៖፥︓', 'colon');
add(';；؛፤︔⁏', 'semicolon');
add('…⋯‥︙', 'ellipsis');
add(',，、،፣၊߸﹐', 'comma');

/** Languages that write the Devanagari/Bengali danda, where `|` is a common stand-in (Weblate accepts it). */
export const DANDA_LANGUAGES = new Set(['hi', 'mr', 'ne', 'sa', 'mai', 'bho', 'new', 'bn', 'as', 'or', 'pa', 'kok', 'doi', 'brx']);

/** Right-to-left languages written in Arabic script: `؟` `،` `؛`. */
export const ARABIC_SCRIPT_LANGUAGES = new Set(['ar', 'fa', 'ur', 'ps', 'ckb', 'sd', 'ug', 'ks', 'bal', 'glk', 'mzn', 'lrc', 'azb', 'prs']);

/** Languages that put a (no-break) space before `: ; ! ?` (French rules; Canadian French does not). */
export function spacesBeforeDoublePunctuation(locale: string, language: string): boolean {
  if (language === 'br') return true;
  return language === 'fr' && !/^fr-CA\b/i.test(locale);
}

/** What a final mark means in `language`. */
export function endKindOf(char: string, language: string): EndKind | undefined {
  if (language === 'el') {
    if (char === ';') return 'question';
    if (char === '\u00b7' || char === '\u0387') return 'semicolon';
  }
  if (char === '|' && DANDA_LANGUAGES.has(language)) return 'stop';
  if (char === '՝' && language === 'hy') return 'colon';
  return END_KIND[char];
}

/** Spaces and invisible marks that may trail a text after its punctuation. */
export const TRAILING_SPACE = /[\s\u00a0\u202f\u2009\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;
/**
 * Closing quotes: word order may put them after or before the final mark (`"Stop."` vs
 * `« Stop ».`). Brackets are not looked through: `[:space:]` does not end with a colon.
 */
export const CLOSERS = new Set([...'"\'”’»«›‹」』“', MASK_TAG]);
const OPENING_QUOTES = new Set([...'"\'“„«»‹›「『‘‚']);

/** Whether the text's last visible character is a masked placeholder or URL. */
export function endsWithPlaceholder(masked: string, ending: Ending): boolean {
  return ending.kind === 'none' && ending.end > 0 && masked[ending.end - 1] === MASK;
}

export interface Ending {
  /** The final punctuation as written, spaces inside removed (`?`, `...`, `?!`). */
  mark: string;
  kind: EndKind;
  /** Index of the first character of the final punctuation (or of the trailing closers). */
  start: number;
  /** Index just past the text's last visible character. */
  end: number;
}

/**
 * The final punctuation of `text` (already masked). Trailing spaces, closing quotes and
 * brackets are looked through: `(see "Help").` and `(voir « Aide »).` both end with a stop.
 */
export function endingOf(text: string, language: string): Ending {
  let end = text.length;
  while (end > 0 && TRAILING_SPACE.test(text[end - 1]!)) end--;
  let runEnd = end;
  while (runEnd > 0 && (CLOSERS.has(text[runEnd - 1]!) || TRAILING_SPACE.test(text[runEnd - 1]!))) runEnd--;
  if (runEnd === 0 || endKindOf(text[runEnd - 1]!, language) === undefined) {
    // Tibetan and Dzongkha write an ellipsis as a run of tsheg marks: སྦ་་་་
    if ((language === 'bo' || language === 'dz') && text.endsWith('་་', runEnd)) return { mark: '…', kind: 'ellipsis', start: runEnd - 2, end };
    return { mark: '', kind: 'none', start: end, end };
  }
  let start = runEnd;
  while (start > 0) {
    const char = text[start - 1]!;
    // `Vraiment… ?`: a space between two marks belongs to the run.
    if (endKindOf(char, language) !== undefined || (INNER_SPACE.test(char) && start > 1 && endKindOf(text[start - 2]!, language) !== undefined)) start--;
    else break;
  }
  const mark = text.slice(start, runEnd).replace(/[ \u00a0\u202f\u2009]/g, '');
  // A quoted mark (`«!»`, `"?"`) is a symbol being talked about, not the end of a sentence.
  if (runEnd < end && start > 0 && OPENING_QUOTES.has(text[start - 1]!)) return { mark: '', kind: 'none', start: end, end };
  return { mark, kind: classify(mark, language), start, end };
}

const INNER_SPACE = /[ \u00a0\u202f\u2009]/;

function classify(mark: string, language: string): EndKind {
  let question = false;
  let exclamation = false;
  let last: EndKind = 'none';
  for (const char of mark) {
    const kind = endKindOf(char, language)!;
    if (kind === 'interrobang') return 'interrobang';
    if (kind === 'question') question = true;
    if (kind === 'exclamation') exclamation = true;
    last = kind;
  }
  if (question && exclamation) return 'interrobang';
  if (question) return 'question';
  if (exclamation) return 'exclamation';
  if (mark.includes('...') || mark.includes('。。。') || [...mark].some((c) => END_KIND[c] === 'ellipsis')) return 'ellipsis';
  return last;
}

/** Whether a target ending of kind `target` is an acceptable rendering of a source ending of kind `source` in `language`. */
export function endKindsAgree(source: EndKind, target: EndKind, language: string): boolean {
  if (source === target) return true;
  // A comma at the end means a fragment or a list; word order decides, peers do not compare it.
  if (source === 'comma' || target === 'comma') return true;
  switch (language) {
    case 'bo': case 'dz':
      // Tibetan and Dzongkha close every phrase, labels too, with the shad ། (or leave it out).
      return (source === 'none' && target === 'stop') || (source === 'stop' && target === 'none');
    case 'th': case 'lo': case 'jbo':
      // No full stop in Thai and Lao (translate-toolkit th.py, Weblate end_stop).
      return source === 'stop' && target === 'none';
    case 'hy':
      // Armenian question and exclamation marks sit on the stressed word, not at the end;
      // the full stop `։` is often typed as a colon.
      if (source === 'question' || source === 'exclamation') return target !== 'ellipsis';
      return (source === 'stop' || source === 'colon') && (target === 'stop' || target === 'colon');
    case 'ja':
      // A Japanese sentence introducing a list may end with 。 (Weblate end_colon).
      return (source === 'colon' || source === 'semicolon') && target === 'stop';
    case 'vi':
      // Exclamation marks are rare in Vietnamese UI text (translate/translate#236).
      return source === 'exclamation' && (target === 'stop' || target === 'none');
    default:
      return false;
  }
}

/** The mark to append in `locale` for a source ending of `kind`; undefined when a fix would be a guess. */
export function endMarkFor(kind: EndKind, sourceMark: string, locale: string, language: string): string | undefined {
  if (kind === 'ellipsis') return sourceMark.includes('…') ? '…' : '...';
  const cjk = language === 'zh' || language === 'ja';
  const french = spacesBeforeDoublePunctuation(locale, language);
  switch (kind) {
    case 'stop':
      if (cjk) return '。';
      if (DANDA_LANGUAGES.has(language)) return '।';
      if (language === 'ur') return '۔';
      if (language === 'hy') return '։';
      if (language === 'am' || language === 'ti') return '።';
      if (language === 'my') return '။';
      if (language === 'km') return '។';
      if (language === 'bo' || language === 'dz') return '།';
      if (language === 'th' || language === 'lo') return undefined;
      return '.';
    case 'question':
      // Spanish-like languages open questions too; Armenian marks the word.
      if (['es', 'ca', 'gl', 'ast', 'hy'].includes(language)) return undefined;
      if (language === 'el') return ';';
      if (ARABIC_SCRIPT_LANGUAGES.has(language) || language === 'nqo') return '؟';
      if (cjk) return '？';
      return french ? '\u00a0?' : '?';
    case 'exclamation':
      if (['es', 'ca', 'gl', 'ast', 'hy'].includes(language)) return undefined;
      if (cjk) return '！';
      if (language === 'nqo') return '߹';
      return french ? '\u00a0!' : '!';
    case 'colon':
      if (cjk) return '：';
      if (language === 'km') return '៖';
      return french || /^fr-CA\b/i.test(locale) ? '\u00a0:' : ':';
    case 'semicolon':
      if (language === 'el') return '·';
      if (ARABIC_SCRIPT_LANGUAGES.has(language)) return '؛';
      if (language === 'zh') return '；';
      if (language === 'am' || language === 'ti') return '፤';
      return french ? '\u00a0;' : ';';
    default:
      return undefined;
  }
}

/** Human name of an ending for messages. */
export function describeEnding(ending: Ending): string {
  return ending.kind === 'none' ? 'no end punctuation' : `"${ending.mark}"`;
}

/** Punctuation and symbols that may open a text: list bullets, dashes, ellipses, inverted marks. */
export const OPENERS = new Set([...'"\'“”„‘’‚«»‹›「『《〈（([［【{｛', MASK_TAG]);

/** Languages that open questions and exclamations with `¿` and `¡`. */
export const INVERTED_MARK_LANGUAGES = new Set(['es', 'ca', 'gl', 'ast', 'eu', 'an', 'oc']);

/** Quotation marks counted as double quotes (CLDR primary delimiters of many locales, plus CJK corner brackets). */
export const DOUBLE_QUOTES = new Set([...'"“”„‟«»＂〝〞〟「」『』']);
/** Typographic single quotes (ASCII `'` is handled apart: it is mostly an apostrophe). */
export const SINGLE_QUOTES = new Set([...'\'‘’‚‛‹›＇`']);

/** Full-width and ornate brackets counted as their ASCII counterparts. */
export const BRACKET_OF: Record<string, string> = {
  '(': '(', ')': ')', '[': '[', ']': ']', '{': '{', '}': '}',
  '（': '(', '）': ')', '［': '[', '］': ']', '｛': '{', '｝': '}', '【': '[', '】': ']', '〔': '[', '〕': ']', '﴾': '(', '﴿': ')', '⁽': '(', '⁾': ')',
};
