import { languageOf } from '../../core/locale.js';
import type { Report } from '../../core/check.js';
import { defineCheck } from '../../core/check.js';
import { maskText } from '../../syntax/mask.js';
import { translatedForms } from '../source-for-form.js';
import { spacesBeforeDoublePunctuation } from './conventions.js';

// Scripts written without spaces after punctuation (full-width marks carry their spacing).
const NO_SPACE_LANGUAGES = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my', 'bo', 'dz', 'yue', 'wuu']);
const SPACED_MARKS = [',', '.', ';', ':', '!', '?'];
const DOUBLE_PUNCTUATION = new Set([':', ';', '!', '?']);
// Spaces French accepts before double punctuation: space, no-break space, narrow no-break space, thin space.
const FRENCH_SPACE = /[ \u00a0\u202f\u2009]/;
const SPACE_AFTER = /\s/;
// Bidi marks and zero-width joiners do not separate words (pofilter strips them too).
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;
const NBSP = /[\u00a0\u202f\u2009]/g;
const WORDISH_BEFORE = /[\p{L}\p{N}\p{M}\uE000\uE001)\]}"'’”»%]/u;
const FRENCH_MARKS = /[:;!?«»]/;
const PLACEHOLDER_MASK = /[\uE000\uE001]/;
const MARK_THEN_SPACE = /[,.;:!?][ \u00a0\u202f\u2009]/;

export default defineCheck({
  id: 'punctuation/spacing',
  severity: 'info',
  summary: 'space after punctuation lost, or French no-break space before : ; ! ? and inside « » missing',
  peers: { pofilter: ['puncspacing'], weblate: ['punctuation_spacing'], poexam: ['punc-space-str'] },
  check(unit, _context, report) {
    const language = languageOf(unit.locale);
    const french = spacesBeforeDoublePunctuation(unit.locale, language);
    const guillemets = french || language === 'fr';
    for (const { form, target, source } of translatedForms(unit)) {
      const masked = maskText(unit, target);
      if ((french || guillemets) && FRENCH_MARKS.test(masked)) checkFrench(target, masked, maskText(unit, source), form, french, report);
      if (!NO_SPACE_LANGUAGES.has(language)) checkSpaceAfter(maskText(unit, source), masked, form, report);
    }
  },
});

/** Weblate punctuation_spacing: `: ; ! ?` followed by a space or the end need a space before them; « » need spaces inside. */
function checkFrench(target: string, masked: string, maskedSource: string, form: number, french: boolean, report: (finding: Report) => void): void {
  const missing: string[] = [];
  const inserts: number[] = [];
  for (let i = 0; i < masked.length; i++) {
    const char = masked[i]!;
    if (french && DOUBLE_PUNCTUATION.has(char)) {
      if (i + 1 < masked.length && !SPACE_AFTER.test(masked[i + 1]!)) continue;
      if (i === 0) continue;
      const before = masked[i - 1]!;
      // After a word, a placeholder, markup or a closing quote; "« &; »" is a symbol being talked about.
      if (!WORDISH_BEFORE.test(before)) continue;
      // "%s: message" (GNU "program: message") keeps the source's colon glued to the placeholder.
      if (PLACEHOLDER_MASK.test(before) && maskedSource.includes(before + char)) continue;
      missing.push(`before "${char}"`);
      inserts.push(i);
    } else if (char === '«' && i + 1 < masked.length && !FRENCH_SPACE.test(masked[i + 1]!) && masked[i + 1] !== '»') {
      missing.push('after "«"');
      inserts.push(i + 1);
    } else if (char === '»' && i > 0 && !FRENCH_SPACE.test(masked[i - 1]!) && masked[i - 1] !== '«') {
      missing.push('before "»"');
      inserts.push(i);
    }
  }
  if (missing.length === 0) return;
  const message = `missing no-break space ${[...new Set(missing)].join(', ')}`;
  // Positions are in the masked text; only fix when masking changed nothing.
  if (masked !== target) return report({ form, message });
  let replacement = '';
  let cursor = 0;
  for (const at of inserts) {
    replacement += target.slice(cursor, at) + '\u00a0';
    cursor = at;
  }
  replacement += target.slice(cursor);
  report({ form, message, fix: { replacement, safe: true, form } });
}

/** pofilter puncspacing: a mark followed by a space in the source keeps its space in the translation. */
function checkSpaceAfter(source: string, target: string, form: number, report: (finding: Report) => void): void {
  if (!MARK_THEN_SPACE.test(source)) return;
  const plainSource = source.replace(NBSP, ' ');
  const plainTarget = target.replace(INVISIBLE, '').replace(NBSP, ' ');
  for (const mark of SPACED_MARKS) {
    if (!plainSource.includes(`${mark} `)) continue;
    const want = spacing(plainSource, mark);
    const have = spacing(plainTarget, mark);
    // Only a mark glued to the next word is a lost space; reflowed lines and moved marks are not.
    if (want.total !== have.total || have.spaced >= want.spaced || have.glued === 0) continue;
    report({ form, message: `no space after "${mark}" where the source has one` });
  }
}

const WORD_START = /[\p{L}\p{N}\uE000]/u;
// Before a symbol being talked about ("„?“", "[., or"): the start, a space, a quote, a bracket or another mark.
const SYMBOL_BEFORE = /[\s"'“”„«»‹›‘’`([{<,.;:!?-]/;

/** Occurrences of `mark` used as punctuation: all of them, those followed by a space, and those glued to the next word. */
function spacing(text: string, mark: string): { total: number; spaced: number; glued: number } {
  let total = 0;
  let spaced = 0;
  let glued = 0;
  for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
    if (i === 0 || SYMBOL_BEFORE.test(text[i - 1]!)) continue;
    const next = text[i + 1];
    total++;
    if (next === ' ') spaced++;
    else if (next !== undefined && WORD_START.test(next) && !(/\d/.test(text[i - 1]!) && /\d/.test(next))) glued++;
  }
  return { total, spaced, glued };
}
