import { memoText, type Unit } from '../../core/unit.js';

// Made on first use: loading ICU's segmentation data is a noticeable part of start-up.
let segmenter: Intl.Segmenter | undefined;
// Placeholders and tags count as one character each: what the user sees is the value.
const PLACEHOLDER = /%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?[hlLqjzt]*[a-zA-Z@]|%\([^)]*\)[a-z]|\{\{[^{}]*\}\}|\{[^{}]*\}|<[^<>]+>|%\{[^}]*\}/g;
const DENSE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** User-visible length in graphemes, placeholders and tags counting as one. */
export function visibleLength(text: string): number {
  const masked = text.includes('%') || text.includes('{') || text.includes('<') ? text.replace(PLACEHOLDER, '\u2022') : text;
  // Fast path: no combining marks or surrogates means one grapheme per code unit.
  if (oneGraphemePerCodeUnit(masked)) return masked.length;
  let count = 0;
  for (const _ of (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(masked)) count++;
  return count;
}

/** No combining diacritics (U+0300-U+036F) and no surrogates: a loop, not two regex scans (hot). */
function oneGraphemePerCodeUnit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x300 && code <= 0x36f) || (code >= 0xd800 && code <= 0xdfff)) return false;
  }
  return true;
}

export function visibleLengthOf(unit: Unit, text: string): number {
  return memoText(unit, 'length', text, visibleLength);
}

/** Scripts that write a word in far fewer characters (Chinese, Japanese, Korean). */
export function isDenseScript(text: string): boolean {
  // Every character of these scripts is at U+1100 (Hangul Jamo) or above.
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x1100) return DENSE_SCRIPT.test(text);
  return false;
}

/** A declared limit from a `max-length:N` flag or a note saying "max-length: N". */
export function declaredMaxLength(unit: Unit): number | undefined {
  for (const flag of unit.flags) {
    const match = /^max[-_]?length[:=]\s*(\d+)/i.exec(flag);
    if (match) return Number(match[1]);
  }
  for (const note of unit.notes) {
    const match = /\bmax(?:imum)?[-_ ]?(?:length|chars|characters)\s*[:=]\s*(\d+)/i.exec(note.text);
    if (match) return Number(match[1]);
  }
  return undefined;
}
