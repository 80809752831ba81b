import { languageOf } from '../../core/locale.js';
import { defineCheck } from '../../core/check.js';
import { maskText } from '../../syntax/mask.js';
import { translatedForms } from '../source-for-form.js';
import { ACRONYM_TRANSLATING_LANGUAGES } from './conventions.js';
import { isCredits } from '../punctuation/conventions.js';

const WORDS = /[\p{L}\p{M}\p{N}]+/gu;
const ACRONYM = /^[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*$/u;
const QUICK = /\p{Lu}\p{N}*\p{Lu}/u;
const QUICK_ASCII = /[A-Z][0-9]*[A-Z]/;
const NON_ASCII = /[^\x00-\x7f]/;
const LOWER = /\p{Ll}/u;
// Roman numerals in the I/V/X range (chapter II, Henry VIII) may become digits.
const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
// Commonly translated abbreviations: OK (Aceptar), AM/PM, storage units (fr Ko/Mo/Go, ru КБ/МБ), ID (Kennung).
const TRANSLATED_BY_CUSTOM = new Set(['OK', 'AM', 'PM', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ID', 'IDS', 'OS']);
// Words written in capitals for emphasis or as command-line metavariables (GNU --help), which
// translators translate: "There is NO WARRANTY", "--file=FILE", "Search for PATTERNS".
const CAPITALISED_WORDS = new Set([
  'NO', 'NOT', 'YES', 'ALL', 'NONE', 'AND', 'OR', 'WARNING', 'ERROR', 'NOTE', 'IMPORTANT', 'WARRANTY', 'WHEN', 'FILE', 'FILES', 'DIR', 'DIRECTORY',
  'PATTERN', 'PATTERNS', 'NUM', 'NUMBER', 'OPTION', 'OPTIONS', 'ACTION', 'TYPE', 'LABEL', 'SEP', 'GLOB', 'COMMAND', 'ARG', 'ARGS', 'NAME', 'SIZE',
  'MODE', 'WORD', 'TEXT', 'PATH', 'PREFIX', 'SUFFIX', 'LIST', 'KEY', 'VALUE', 'STRING', 'COUNT', 'DATE', 'TIME', 'USER', 'HOST', 'PORT', 'FORMAT',
  'SCRIPT', 'PROGRAM', 'LINE', 'LINES', 'COLUMN', 'WIDTH', 'LENGTH', 'SOURCE', 'DEST', 'TARGET', 'DEVICE', 'LEVEL', 'MESSAGE', 'TITLE',
  'CHAR', 'SCHEMA', 'LOCATION', 'LINK', 'OWNER', 'GROUP', 'FIELD', 'FIELDS', 'SETTING', 'SETTINGS', 'SIGNAL', 'DEFAULT', 'UNKNOWN', 'INVALID',
  'ADDED', 'REMOVED', 'CHANGED', 'DELETED', 'MODIFIED', 'NEW', 'OLD', 'NEVER', 'ALWAYS', 'AUTO',
]);
/** Whether `word` is used as a metavariable in `text`: --file=FILE, [FILE], <FILE>, FILE..., {FILE} (runs only for missing words). */
function isMetavariable(word: string, text: string): boolean {
  let pattern = metavariablePatterns.get(word);
  if (pattern === undefined) {
    pattern = new RegExp(`(?:[=\\[<{]${word}\\b|\\b${word}(?:\\.\\.\\.|[\\]>}]))`, 'u');
    // Bounded: the same few acronyms (HTTP, URL, ID) recur across a whole corpus.
    if (metavariablePatterns.size < 5_000) metavariablePatterns.set(word, pattern);
  }
  return pattern.test(text);
}
const metavariablePatterns = new Map<string, RegExp>();
const CAPS_WORD = /^[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*$/u;

/** Words in capitals in the translation that the source does not have. */
function newCapitalWords(target: string, source: string): number {
  let count = 0;
  for (const word of target.match(WORDS) ?? []) if (CAPS_WORD.test(word) && !source.includes(word)) count++;
  return count;
}

export default defineCheck({
  id: 'case/acronyms',
  severity: 'warning',
  summary: 'an acronym of the source (HTTP, USB, PDF) is missing from the translation',
  peers: { pofilter: ['acronyms'], poexam: ['acronyms'] },
  appliesTo: (unit) => !isCredits(unit) && !ACRONYM_TRANSLATING_LANGUAGES.has(languageOf(unit.locale)),
  check(unit, context, report) {
    const ignored = (context.options.ignore as string[] | undefined) ?? [];
    for (const { form, target, source } of translatedForms(unit)) {
      if (!QUICK_ASCII.test(source) && !(NON_ASCII.test(source) && QUICK.test(source))) continue;
      const maskedSource = maskText(unit, source);
      const sourceWords = maskedSource.match(WORDS) ?? [];
      const maskedTarget = maskText(unit, target).normalize('NFKC');
      // A source written in capitals is shouting, not a row of acronyms ("HTTP API" is acronyms).
      if (!LOWER.test(maskedSource) && sourceWords.length > 1) {
        if (sourceWords.length > 2 || sourceWords.some((word) => word.length > 5) || !LOWER.test(maskedTarget)) continue;
      }
      const missing = new Set<string>();
      for (const word of sourceWords) {
        if (!ACRONYM.test(word) || ROMAN.test(word) || TRANSLATED_BY_CUSTOM.has(word) || CAPITALISED_WORDS.has(word) || ignored.includes(word)) continue;
        if (maskedTarget.includes(word)) continue;
        if (isMetavariable(word, maskedSource)) continue;
        missing.add(word);
      }
      // Translated into capitals too (FICHIER for FILE, ŽÁDNÁ ZÁRUKA for NO WARRANTY): a translated metavariable or emphasis.
      if (missing.size && newCapitalWords(maskedTarget, maskedSource) >= missing.size) continue;
      if (missing.size) {
        const list = [...missing].map((word) => `"${word}"`).join(', ');
        report({ form, message: `acronym${missing.size === 1 ? '' : 's'} ${list} missing from the translation; acronyms usually stay as they are` });
      }
    }
  },
});
