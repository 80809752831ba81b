import type { Report } from '../../core/check.js';
import { defineCheck } from '../../core/check.js';
import { translatedForms } from '../source-for-form.js';

/**
 * Mojibake: UTF-8 bytes decoded as Latin-1 or Windows-1252 ("CafÃ©", "donâ€™t", "Ð¿Ñ€Ð¸").
 * A lead character (bytes C2–F4 read as Â…ô) followed by continuation characters (bytes
 * 80–BF read as Latin-1 or their Windows-1252 letters).
 */
const CONTINUATION = '\\u0080-\\u00bf\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2013\\u2014\\u2018-\\u201a\\u201c-\\u201e\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122';
const MOJIBAKE = new RegExp(`[\\u00c2-\\u00df][${CONTINUATION}]|[\\u00e0-\\u00ef][${CONTINUATION}]{2}|[\\u00f0-\\u00f4][${CONTINUATION}]{3}`, 'g');
const QUICK = /[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u0192\u02c6\u02dc\u2013-\u2122]|\ufffd|\x1b[$(]/;
const ISO_2022 = /\x1b(?:\$[@AB(]|\([BJ])/;
const CP1252: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e,
  '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};
// What the bytes must decode to for the sequence to be mojibake: characters real text uses
// (so "CAFÉ»", whose bytes would spell the IPA letter ɻ, stays ordinary text).
const PLAUSIBLE_RANGES: [number, number][] = [
  [0xa0, 0x17f], [0x192, 0x192], [0x1a0, 0x1b0], [0x1cd, 0x1dc], [0x218, 0x21b], [0x259, 0x259], [0x2bb, 0x2bc], [0x2c6, 0x2c7], [0x2d8, 0x2dd],
  [0x384, 0x3ce], [0x400, 0x45f], [0x531, 0x587], [0x5d0, 0x5ea], [0x600, 0x6ff],
  [0x900, 0xdff], [0xe00, 0xeff], [0x1000, 0x109f], [0x10a0, 0x10ff], [0x1200, 0x137f], [0x1780, 0x17ff], [0x1e00, 0x1eff],
  [0x2010, 0x205e], [0x20a0, 0x20cf], [0x2100, 0x21ff], [0x2500, 0x25ff], [0x3000, 0x30ff], [0x3400, 0x9fff], [0xac00, 0xd7af], [0xff00, 0xffef],
  [0x1f000, 0x1faff], [0x20000, 0x2ffff],
];

function plausible(char: string): boolean {
  const code = char.codePointAt(0)!;
  return PLAUSIBLE_RANGES.some(([low, high]) => code >= low && code <= high);
}
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** What a mojibake sequence originally said, or undefined when it is ordinary text. */
export function repairSequence(sequence: string): string | undefined {
  const bytes: number[] = [];
  for (const char of sequence) bytes.push(CP1252[char] ?? char.charCodeAt(0));
  try {
    const text = utf8.decode(Uint8Array.from(bytes));
    return plausible(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

// A two-byte sequence whose second character is typographic punctuation ("OPCIÓ…", "MARGÓ”", "OÙ…")
// is also ordinary text after an accented capital; it counts only when the text has another one.
const WEAK_CONTINUATION = /[\u0080-\u00a0\u00ab\u00b0\u00b4\u00b7\u00bb\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

export interface Corruption {
  /** Mojibake sequences and what they meant. */
  mojibake: { text: string; meant: string }[];
  replacementChar: boolean;
  iso2022: boolean;
}

/** Signs of a broken encoding in `text`; null when there are none. */
export function findCorruption(text: string): Corruption | null {
  if (!QUICK.test(text)) return null;
  let mojibake: { text: string; meant: string }[] = [];
  let strong = false;
  MOJIBAKE.lastIndex = 0;
  for (let match = MOJIBAKE.exec(text); match; match = MOJIBAKE.exec(text)) {
    const meant = repairSequence(match[0]);
    if (meant === undefined) continue;
    mojibake.push({ text: match[0], meant });
    if (match[0].length > 2 || !WEAK_CONTINUATION.test(match[0][1]!)) strong = true;
  }
  if (!strong && mojibake.length < 2) mojibake = [];
  const replacementChar = text.includes('\ufffd');
  const iso2022 = ISO_2022.test(text);
  return mojibake.length || replacementChar || iso2022 ? { mojibake, replacementChar, iso2022 } : null;
}

function describe(corruption: Corruption): string {
  const parts: string[] = [];
  if (corruption.mojibake.length) {
    const examples = [...new Map(corruption.mojibake.map((m) => [m.text, m])).values()].slice(0, 3);
    parts.push(`mis-decoded UTF-8 ${examples.map((m) => `"${m.text}" (meant "${m.meant}")`).join(', ')}`);
  }
  if (corruption.replacementChar) parts.push('the replacement character "\ufffd" (bytes lost in a conversion)');
  if (corruption.iso2022) parts.push('ISO-2022 escape sequences');
  return parts.join('; ');
}

export default defineCheck({
  id: 'chars/corrupted',
  severity: 'error',
  summary: 'broken encoding: mojibake such as "Ã©" or "â€™", U+FFFD, ISO-2022 escapes',
  peers: { okapi: ['corruptedCharacters'], i18nspector: ['unusual-character-in-translation', 'unusual-character-in-header-entry', 'broken-encoding'] },
  check(unit, _context, report) {
    for (const { form, target, source } of translatedForms(unit)) {
      const corruption = findCorruption(target);
      if (!corruption) continue;
      // A source that shows the sequence on purpose (a text about encodings) allows it.
      corruption.mojibake = corruption.mojibake.filter((m) => !source.includes(m.text));
      if (corruption.replacementChar && source.includes('\ufffd')) corruption.replacementChar = false;
      if (!corruption.mojibake.length && !corruption.replacementChar && !corruption.iso2022) continue;
      reportCorruption(corruption, form, target, report);
    }
  },
  checkCatalog(catalog, _context, report) {
    if (!catalog.header) return;
    for (const [name, value] of catalog.header.fields) {
      const corruption = findCorruption(value);
      if (corruption) report(undefined, { message: `header field "${name}" contains ${describe(corruption)}`, span: catalog.header.span });
    }
  },
});

function reportCorruption(corruption: Corruption, form: number, target: string, report: (finding: Report) => void): void {
  const message = `contains ${describe(corruption)}`;
  if (!corruption.mojibake.length || corruption.replacementChar || corruption.iso2022) return report({ form, message });
  let replacement = target;
  for (const { text, meant } of corruption.mojibake) replacement = replacement.split(text).join(meant);
  // Unsafe: the repair guesses the original encoding.
  report({ form, message, fix: { replacement, safe: false, form } });
}
