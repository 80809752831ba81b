import { languageOf } from '../../core/locale.js';
import { defineCheck } from '../../core/check.js';
import { maskText } from '../../syntax/mask.js';
import { translatedForms } from '../source-for-form.js';
import { isCredits } from '../punctuation/conventions.js';

/**
 * Words that are correctly doubled, per language. Sources: Okapi `doubledWord` exceptions
 * (sie; vous; nous), Weblate `DuplicateCheck` (fr vous/nous, hi कर/उठ/बैठ, tr tek, sq të),
 * translate-toolkit `validdoublewords` (st o/le/ba, wo), grammar ("die die", "had had", "that that").
 */
const VALID_DOUBLES: Record<string, ReadonlySet<string>> = {
  de: new Set(['die', 'das', 'der', 'dem', 'den', 'sie']),
  lb: new Set(['déi', 'dat', 'den', 'dem']),
  nl: new Set(['die', 'dat']),
  fr: new Set(['nous', 'vous']),
  // "Se se marca": if + reflexive pronoun.
  gl: new Set(['se']),
  // "em vez do do ficheiro": instead of that of the file.
  pt: new Set(['se', 'do', 'da', 'dos', 'das']),
  en: new Set(['had', 'that', 'is', 'bye']),
  hi: new Set(['कर', 'उठ', 'बैठ', 'धीरे', 'कभी', 'जल्दी', 'साथ', 'अलग']),
  tr: new Set(['tek']),
  sq: new Set(['të']),
  st: new Set(['o', 'le', 'ba']),
  wo: new Set(['am', 'baana', 'bëgg', 'bën', 'dagg', 'damm', 'dégg', 'feeñ', 'fël', 'gaañ', 'gàkk', 'jaar', 'jafe', 'jam', 'jékki', 'koom', 'léeg', 'matt', 'mën', 'mutt', 'ndank', 'ŋun', 'pas', 'pël', 'raŋ', 'ray', 'rëq', 'saay', 'sañ', 'soor', 'soox', 'sum', 'tàkk', 'tàng', 'téq', 'tipp', 'tolof', 'tóor', 'waalo', 'waaŋ', 'xam', 'xar', 'xew', 'yëg', 'yopp']),
};

/** Languages where reduplication is grammar (plurals, intensity), or written without spaces. */
const REDUPLICATING = new Set(['ms', 'id', 'tl', 'fil', 'jv', 'su', 'ceb', 'vi', 'th', 'lo', 'km', 'my', 'zh', 'ja', 'yue', 'scn']);

const LETTER = /\p{L}/u;
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

/**
 * Cheap test before tokenizing: two neighbouring space-separated tokens that are equal
 * ignoring case. Scans character codes without allocating; most texts have none.
 */
export function mayHaveDoubledWord(text: string): boolean {
  const length = text.length;
  let previousStart = -1;
  let previousLength = 0;
  let i = 0;
  while (i < length) {
    while (i < length && isSpace(text.charCodeAt(i))) i++;
    const start = i;
    while (i < length && !isSpace(text.charCodeAt(i))) i++;
    const tokenLength = i - start;
    // One whitespace character apart: a run of spaces is a column boundary ("FILE      File").
    if (tokenLength > 0 && tokenLength === previousLength && start - (previousStart + previousLength) === 1 && sameIgnoringCase(text, previousStart, start, tokenLength)) return true;
    previousStart = start;
    previousLength = tokenLength;
  }
  return false;
}

function sameIgnoringCase(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    const x = text.charCodeAt(a + k);
    const y = text.charCodeAt(b + k);
    if (x === y) continue;
    if (x < 128 && y < 128) {
      if ((x | 32) !== (y | 32) || (x | 32) < 97 || (x | 32) > 122) return false;
      continue;
    }
    return text.slice(a, a + length).toLowerCase() === text.slice(b, b + length).toLowerCase();
  }
  return true;
}
const TOKENS = /\S+/g;
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

export default defineCheck({
  id: 'words/doubled',
  severity: 'info',
  summary: 'the same word twice in a row in the translation (the the)',
  peers: { pofilter: ['doublewords'], weblate: ['duplicate'], okapi: ['doubledWord'], poexam: ['double-words'] },
  appliesTo: (unit) => !isCredits(unit) && !REDUPLICATING.has(languageOf(unit.locale)),
  check(unit, _context, report) {
    const language = languageOf(unit.locale);
    const valid = VALID_DOUBLES[language];
    for (const { form, target, source } of translatedForms(unit)) {
      // A source with doubled tokens of its own ("eof CHAR      CHAR will…", a column layout) is mirrored.
      if (!mayHaveDoubledWord(target) || mayHaveDoubledWord(source)) continue;
      const masked = maskText(unit, target);
      const lowerSource = source.toLowerCase();
      let previous: { word: string; end: number; glued: boolean } | undefined;
      TOKENS.lastIndex = 0;
      for (let match = TOKENS.exec(masked); match; match = TOKENS.exec(masked)) {
        const token = match[0];
        const bare = token.replace(EDGE_PUNCTUATION, '');
        // "The the" and "the the" are doubled; "do DO" (a word and a metavariable) is not.
        const word = bare.charAt(0).toLowerCase() + bare.slice(1);
        // "Yes, yes" and "(the) the" are separated by punctuation: only bare neighbours count.
        const opensClean = !/^[\p{P}\p{S}]/u.test(token);
        const adjacent = previous !== undefined && match.index - previous.end === 1;
        if (previous && adjacent && previous.glued && opensClean && word === previous.word && LETTER.test(word) && !valid?.has(word.toLowerCase()) && !lowerSource.includes(`${word.toLowerCase()} ${word.toLowerCase()}`)) {
          const message = `the word "${word}" is repeated`;
          if (masked === target) {
            const replacement = target.slice(0, previous.end) + target.slice(match.index + token.length);
            report({ form, message, fix: { replacement, safe: false, form } });
          } else {
            report({ form, message });
          }
          previous = undefined;
          continue;
        }
        previous = { word, end: match.index + token.length, glued: !/[\p{P}\p{S}]$/u.test(token) };
      }
    }
  },
});
