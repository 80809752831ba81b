/**
 * Character data for the chars rules. Sources: Unicode (General Category Cf/Cc, bidi
 * controls, UTS #39 and CVE-2021-42574 "Trojan Source" for overrides), Weblate
 * `weblate/checks/chars.py` (zero-width-space, kashida, kabyle-characters), poexam
 * `unicode-ctrl`, GNU gettext's list of portable encodings (`config.charset`).
 */

/** Invisible and control characters a translation should not gain. */
export const CONTROL_CANDIDATE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u2069\u3164\ufeff\ufff9-\ufffb]/;

const NAMES: Record<number, string> = {
  0x00: 'NULL', 0x07: 'BELL', 0x08: 'BACKSPACE', 0x0b: 'LINE TABULATION', 0x0c: 'FORM FEED', 0x1b: 'ESCAPE', 0x7f: 'DELETE',
  0xad: 'SOFT HYPHEN', 0x61c: 'ARABIC LETTER MARK', 0x115f: 'HANGUL CHOSEONG FILLER', 0x1160: 'HANGUL JUNGSEONG FILLER', 0x17b4: 'KHMER VOWEL INHERENT AQ', 0x17b5: 'KHMER VOWEL INHERENT AA', 0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE', 0x200c: 'ZERO WIDTH NON-JOINER', 0x200d: 'ZERO WIDTH JOINER', 0x200e: 'LEFT-TO-RIGHT MARK', 0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING', 0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2028: 'LINE SEPARATOR', 0x2029: 'PARAGRAPH SEPARATOR', 0x2060: 'WORD JOINER', 0x2061: 'FUNCTION APPLICATION', 0x2062: 'INVISIBLE TIMES', 0x2063: 'INVISIBLE SEPARATOR', 0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE', 0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE', 0x2069: 'POP DIRECTIONAL ISOLATE', 0x3164: 'HANGUL FILLER', 0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM)',
  0xfff9: 'INTERLINEAR ANNOTATION ANCHOR', 0xfffa: 'INTERLINEAR ANNOTATION SEPARATOR', 0xfffb: 'INTERLINEAR ANNOTATION TERMINATOR',
};

/** `U+200B ZERO WIDTH SPACE` */
export function describeChar(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[code] ?? (code < 0x20 || (code >= 0x80 && code < 0xa0) ? 'CONTROL CHARACTER' : undefined);
  return name ? `${hex} ${name}` : hex;
}

/** Languages that need ZWNJ/ZWJ to shape words (Persian and other Arabic-script, Indic, Sinhala, Myanmar, Khmer). */
export const JOINER_LANGUAGES = new Set(['fa', 'ur', 'ps', 'ckb', 'ku', 'sd', 'ks', 'ar', 'ug', 'prs', 'hi', 'mr', 'ne', 'sa', 'mai', 'bho', 'kok', 'doi', 'new', 'bn', 'as', 'or', 'pa', 'gu', 'kn', 'ml', 'ta', 'te', 'si', 'my', 'km', 'lo', 'th', 'bo', 'dz']);
/** Languages written without spaces, where ZWSP marks word boundaries for line breaking. */
export const ZWSP_LANGUAGES = new Set(['th', 'lo', 'km', 'my', 'bo', 'dz', 'shn']);
/** Right-to-left languages, which may need directional marks, embeddings and isolates. */
export const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'ckb', 'sd', 'ug', 'dv', 'syr', 'ks', 'prs', 'nqo', 'arc', 'azb', 'bal', 'glk', 'lrc', 'mzn']);

const EMOJI = /\p{Extended_Pictographic}/u;

/** Whether the invisible character at `index` of `text` is legitimate in `language`. */
export function controlAllowed(text: string, index: number, language: string): boolean {
  const code = text.charCodeAt(index);
  switch (code) {
    case 0x200c:
      return JOINER_LANGUAGES.has(language);
    case 0x200d: {
      if (JOINER_LANGUAGES.has(language)) return true;
      // Emoji sequences: 👨‍👩‍👧, 🏳️‍🌈
      const low = text.charCodeAt(index - 1);
      const beforeCode = low >= 0xdc00 && low <= 0xdfff ? text.codePointAt(index - 2) : text.codePointAt(index - 1);
      const afterCode = text.codePointAt(index + 1);
      const before = beforeCode === undefined ? '' : String.fromCodePoint(beforeCode);
      const after = afterCode === undefined ? '' : String.fromCodePoint(afterCode);
      return EMOJI.test(before) || EMOJI.test(after) || before === '\ufe0f' || /[\u{1f3fb}-\u{1f3ff}]/u.test(before);
    }
    case 0x200b:
      return ZWSP_LANGUAGES.has(language);
    case 0x200e: case 0x200f: case 0x061c:
    case 0x202a: case 0x202b: case 0x202c:
    case 0x2066: case 0x2067: case 0x2068: case 0x2069:
      return RTL_LANGUAGES.has(language);
    default:
      // Overrides (U+202D, U+202E) reorder text invisibly ("Trojan Source"): never allowed.
      return false;
  }
}

/** Arabic tatweel (kashida) and presentation forms built on it (Weblate `kashida`). */
export const KASHIDA = /[\u0640\ufcf2\ufcf3\ufcf4\ufe71\ufe77\ufe79\ufe7b\ufe7d\ufe7f]/;

/** Greek letters typed for Kabyle's Latin ones (Weblate `kabyle-characters`). */
export const KABYLE_REPLACEMENTS: Record<string, string> = { 'γ': 'ɣ', 'ε': 'ɛ', 'Γ': 'Ɣ', 'Ε': 'Ɛ' };

/**
 * Encodings GNU gettext calls portable (`po_charset_canonicalize`), upper-case. msgfmt and
 * i18nspector warn about anything else.
 */
export const PORTABLE_ENCODINGS = new Set([
  'ASCII', 'US-ASCII', 'ANSI_X3.4-1968',
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 14, 15].flatMap((part) => [`ISO-8859-${part}`, `ISO_8859-${part}`]), 'KOI8-R', 'KOI8-U', 'KOI8-T', 'CP850', 'CP866', 'CP874', 'CP932', 'CP949', 'CP950', 'CP1250', 'CP1251', 'CP1252', 'CP1253',
  'CP1254', 'CP1255', 'CP1256', 'CP1257', 'GB2312', 'EUC-JP', 'EUC-KR', 'EUC-TW', 'BIG5', 'BIG5-HKSCS', 'GBK', 'GB18030', 'SHIFT_JIS', 'JOHAB', 'TIS-620', 'VISCII', 'GEORGIAN-PS', 'UTF-8',
]);

/** Encodings that are not ASCII-compatible, so a PO file in them cannot be read by gettext. */
export const NON_ASCII_COMPATIBLE = /^(?:UTF-?(?:16|32)(?:[BL]E)?|UCS-?[24](?:[BL]E)?|UTF-?7|ISO-2022-.*|HZ(?:-GB-2312)?|CP1200|CP1201)$/i;
