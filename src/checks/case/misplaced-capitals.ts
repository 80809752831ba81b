import { languageOf } from '../../core/locale.js';
import { defineCheck } from '../../core/check.js';
import { maskText } from '../../syntax/mask.js';
import { translatedForms } from '../source-for-form.js';
import { containsWord } from './start.js';
import { isCredits } from '../punctuation/conventions.js';

const WORDS = /[\p{L}\p{M}\p{N}]+/gu;
// Shift held one letter too long: HEllo, DAtei, KOji. Three or more capitals before lower case
// are an acronym or metavariable with an inflection (ФАЙЛа, TIEDOSTOsta, POSIXové), not a slip.
const SHIFT_SLIP = /^(\p{Lu}{2})\p{Ll}{2}/u;
const QUICK = /\p{Lu}{2}\p{Ll}/u;
// Acronym plurals (URLs, IDs), units (MHz, MBit, MBps), Roman ordinals (XIXe, IIIrd), Dutch IJ, IPv4.
const ALLOWED = /^(?:DBus|OAuth|\p{Lu}{2,}(?:s|es)|[kKMGTPE](?:Hz|Bit|Byte|Bps)s?|[IVXLCDM]{2,}(?:e|er|re|es|ème|èmes|nd|rd|th|st)|IJ\p{Ll}+|IPv\d*)$/u;

const CAMEL = /\p{Ll}\p{Lu}/u;

/** Whether a word of `source` starts with `prefix` (case-sensitive). */
function sourceHasPrefix(source: string, prefix: string): boolean {
  for (let i = source.indexOf(prefix); i >= 0; i = source.indexOf(prefix, i + 1)) {
    if (i === 0 || !/[\p{L}\p{N}]/u.test(source[i - 1]!)) return true;
  }
  return false;
}

export default defineCheck({
  id: 'case/misplaced-capitals',
  severity: 'info',
  summary: 'a word starts with two or more capitals then lower case (HEllo) and is not in the source',
  peers: { weblate: ['multiple_capital'] },
  // Irish abbreviations such as MFómh (Meán Fómhair) are written this way.
  appliesTo: (unit) => !isCredits(unit) && languageOf(unit.locale) !== 'ga',
  check(unit, _context, report) {
    for (const { form, target, source } of translatedForms(unit)) {
      if (!QUICK.test(target)) continue;
      const maskedSource = maskText(unit, source);
      const found = new Set<string>();
      for (const word of maskText(unit, target).match(WORDS) ?? []) {
        const slip = SHIFT_SLIP.exec(word);
        if (!slip || ALLOWED.test(word) || containsWord(maskedSource, word)) continue;
        // A two-letter acronym of the source with a case ending (LFanna, PCu), or a word of the
        // source with the same two capitals, adapted (IUse% -> IUso%, GVariant -> GVariante).
        if (containsWord(maskedSource, slip[1]!) || sourceHasPrefix(maskedSource, slip[1]!)) continue;
        // CamelCase identifiers (GMemoryInputStream) are names, not slips.
        if (CAMEL.test(word)) continue;
        found.add(word);
      }
      if (found.size) report({ form, message: `misplaced capitals in ${[...found].map((w) => `"${w}"`).join(', ')}` });
    }
  },
});
