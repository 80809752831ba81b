/**
 * Numbers in message text, compared by value rather than by spelling: any script's digits
 * (Arabic-Indic ٣, Persian ۳, Devanagari ३, full-width ３) and either CLDR convention for group
 * and decimal separators (1,000.5 = 1 000,5 = 1.000,5 = 1'000.5).
 */

export interface NumberToken {
  text: string;
  start: number;
  end: number;
  /** Canonical values the spelling can mean ("1,000" is 1000 in English and 1 in French). */
  values: string[];
  /** Ordinals (1st, 1er, 第1) and the like: matched when possible, never reported. */
  soft: boolean;
}

export interface TimeToken {
  text: string;
  start: number;
  end: number;
  /** Minutes after midnight this time can mean (12-hour times without AM/PM are ambiguous). */
  minutes: number[];
}

// Zero of each Unicode decimal digit block in common use; fullwidth and others fall back to NFKD.
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10];

const NON_ASCII_DIGIT = /[^\x00-\x7f]/;
const DIGIT = /\p{Nd}/u;
// The digit blocks above as plain ranges: several times faster than \p{Nd} on long texts.
const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
const OTHER_DIGITS = DIGIT_ZEROS.map((zero) => `${hex(zero)}-${hex(zero + 9)}`).join('');

/** The value 0-9 of a decimal digit character of any script. */
export function digitValue(char: string): number {
  const code = char.codePointAt(0)!;
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  for (const zero of DIGIT_ZEROS) if (code >= zero && code < zero + 10) return code - zero;
  const folded = char.normalize('NFKD');
  return folded.length === 1 && folded >= '0' && folded <= '9' ? folded.charCodeAt(0) - 0x30 : Number.NaN;
}

/** `text` with every decimal digit replaced by its ASCII digit (length may change only for astral digits). */
export function asciiDigits(text: string): string {
  if (!NON_ASCII_DIGIT.test(text)) return text;
  let out = '';
  for (const char of text) out += DIGIT.test(char) ? String(digitValue(char)) : char;
  return out;
}

/** 1 for each UTF-16 code unit that is a decimal digit of the blocks above (all in the BMP). */
const IS_DIGIT = new Uint8Array(0x10000);
for (const zero of [0x30, ...DIGIT_ZEROS]) IS_DIGIT.fill(1, zero, zero + 10);

/** Whether `text` has a decimal digit of any common script (the hot path of the number checks): one table loop, not three regex scans. */
export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (IS_DIGIT[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** A regular-expression character class matching one decimal digit of the common scripts. */
export const DIGIT_CLASS = `[0-9${OTHER_DIGITS}]`;
const D = DIGIT_CLASS;
const NUMBER = new RegExp(`${D}+(?:[.,'’\\u00a0\\u202f\\u2009\\u066b\\u066c]${D}+)*`, 'g');
const GROUP_ONLY = new Set(["'", '’', '\u00a0', '\u202f', '\u2009', '\u066c', ' ']);
const DECIMAL_ONLY = new Set(['\u066b']);
// A digit glued after a letter of a space-separated script is part of a name: MP3, Win32, IPv6, UTF-8.
const NAME_LETTER = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}_]/u;
const ORDINAL_AFTER = /^(?:st|nd|rd|th|er|re|ère|ème|eme|e|ᵉ|ᵉʳ|ʳᵉ|de|ste|ter|º|ª|\.º|\.ª|o|a|-?й|-?я|-?е|-?го|-?му|-?ый|-?ая|-?ое|-?ий|η|ος|ου|ο|번째|째|番目|位)(?![\p{L}\p{N}])/u;
const ORDINAL_BEFORE = /(?:第)$/u;

function canonicalInteger(digits: string): string {
  const stripped = digits.replace(/^0+(?=\d)/, '');
  return stripped;
}

function canonicalDecimal(integer: string, fraction: string): string {
  const whole = canonicalInteger(integer);
  const frac = fraction.replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : whole;
}

/**
 * Reads a digit run with separators: one candidate for unambiguous spellings, two for
 * "1,000"/"1.000" (thousand or one), and the parts separately for versions and dates (1.2.3, 31.12.2024).
 */
export function interpretNumber(ascii: string): { values: string[] } | { components: string[] } {
  const parts = ascii.split(/[^0-9]/);
  if (parts.length === 1) return { values: [canonicalInteger(ascii)] };
  const separators = ascii.replace(/[0-9]/g, '');
  const first = parts[0]!;
  if (separators.length === 1) {
    const separator = separators;
    const second = parts[1]!;
    if (GROUP_ONLY.has(separator)) return second.length === 3 && first.length <= 3 ? { values: [canonicalInteger(first + second)] } : { components: parts.map(canonicalInteger) };
    if (DECIMAL_ONLY.has(separator)) return { values: [canonicalDecimal(first, second)] };
    const decimal = canonicalDecimal(first, second);
    return second.length === 3 && first.length <= 3 && first !== '0' ? { values: [canonicalInteger(first + second), decimal] } : { values: [decimal] };
  }
  const groupsOk = (groups: string[]) => first.length <= 3 && first !== '0' && groups.every((group) => group.length === 3);
  const last = separators[separators.length - 1]!;
  const rest = separators.slice(0, -1);
  if ([...separators].every((s) => s === separators[0])) {
    return groupsOk(parts.slice(1)) && !DECIMAL_ONLY.has(last) ? { values: [canonicalInteger(parts.join(''))] } : { components: parts.map(canonicalInteger) };
  }
  if ([...rest].every((s) => s === rest[0]) && !GROUP_ONLY.has(last) && groupsOk(parts.slice(1, -1))) {
    return { values: [canonicalDecimal(parts.slice(0, -1).join(''), parts[parts.length - 1]!)] };
  }
  return { components: parts.map(canonicalInteger) };
}

/**
 * The numbers of `text`, by value. Digits glued after a Latin/Greek/Cyrillic letter (MP3,
 * Win32, UTF-8) belong to names and, like ordinals (1st, 2e, 3º, 第1), are soft.
 * `spaceGroups` lets a plain space group thousands too ("1 000" in French).
 */
export function numberTokens(text: string, spaceGroups = false): NumberToken[] {
  if (!hasDigit(text)) return [];
  const tokens: NumberToken[] = [];
  const source = spaceGroups && text.includes(' ') ? text.replace(SPACE_GROUP, '\u2009') : text;
  NUMBER.lastIndex = 0;
  for (let match = NUMBER.exec(source); match; match = NUMBER.exec(source)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = text.slice(Math.max(0, start - 2), start);
    const previous = before.slice(-1);
    // Digits in a name (MP3, FILE2, UTF-8) may be written apart in a translation ("2. karakterlánc").
    const inName = (previous !== '' && NAME_LETTER.test(previous)) || (previous === '-' && before.length === 2 && NAME_LETTER.test(before[0]!));
    const after = text.slice(end, end + 6);
    const soft = inName || ORDINAL_AFTER.test(after) || ORDINAL_BEFORE.test(before);
    const reading = interpretNumber(asciiDigits(match[0]));
    const spelled = text.slice(start, end);
    if ('values' in reading) tokens.push({ text: spelled, start, end, values: reading.values, soft });
    else for (const component of reading.components) tokens.push({ text: component, start, end, values: [component], soft });
  }
  return tokens;
}

const SPACE_GROUP = new RegExp(`(?<=${D}) (?=${D}{3}(?!${D}))`, 'g');
const MAYBE_TIME = new RegExp(`${D}(?::|h ?)${D}`);
const TIME = /(?<![\p{N}:.,])(\p{Nd}{1,2})(?::|h\s?)(\p{Nd}{2})(?::(\p{Nd}{2}))?(?![\p{N}]|[.,]\p{N})/gu;
const PM_BEFORE = /(?:午後|下午|오후|PM|pm|P\.M\.|p\.m\.)\s*$/u;
const AM_BEFORE = /(?:午前|上午|오전|AM|am|A\.M\.|a\.m\.)\s*$/u;
const PM_AFTER = /^\s?(?:[Pp]\.?\s?[Mm]\.?(?![\p{L}])|م(?![\p{L}])|ب\.ظ|μ\.μ\.|ч\.?\s?пп)/u;
const AM_AFTER = /^\s?(?:[Aa]\.?\s?[Mm]\.?(?![\p{L}])|ص(?![\p{L}])|ق\.ظ|π\.μ\.|ч\.?\s?дп)/u;

/** Clock times (`3:00 PM`, `15:00`, `15h00`, `午後3:00`), with the minutes each can mean. */
export function timeTokens(text: string): TimeToken[] {
  if (!MAYBE_TIME.test(text)) return [];
  const found: TimeToken[] = [];
  TIME.lastIndex = 0;
  for (let match = TIME.exec(text); match; match = TIME.exec(text)) {
    const hour = Number(asciiDigits(match[1]!));
    const minute = Number(asciiDigits(match[2]!));
    if (hour > 24 || minute > 59) continue;
    if (!match[0].includes(':') && !/^\p{Nd}{1,2}h\s?\p{Nd}{2}$/u.test(match[0])) continue;
    let end = match.index + match[0].length;
    const before = text.slice(Math.max(0, match.index - 6), match.index);
    const afterText = text.slice(end, end + 8);
    let marker: 'am' | 'pm' | undefined;
    const pmAfter = PM_AFTER.exec(afterText);
    const amAfter = AM_AFTER.exec(afterText);
    if (pmAfter) (marker = 'pm'), (end += pmAfter[0].length);
    else if (amAfter) (marker = 'am'), (end += amAfter[0].length);
    else if (PM_BEFORE.test(before)) marker = 'pm';
    else if (AM_BEFORE.test(before)) marker = 'am';
    const base = minute;
    let hours: number[];
    if (marker === 'pm') hours = [(hour % 12) + 12];
    else if (marker === 'am') hours = [hour % 12];
    else hours = hour <= 12 ? [hour % 24, (hour + 12) % 24] : [hour % 24];
    found.push({ text: text.slice(match.index, end), start: match.index, end, minutes: hours.map((h) => h * 60 + base) });
  }
  return found;
}
