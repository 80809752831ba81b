/** Qt placeholders: `QString::arg()` markers `%1`…`%99` (and localized `%L1`), and the plural count `%n`/`%Ln`. */

export interface QtPlaceholder {
  text: string;
  start: number;
  /** The argument number ("1".."99"), or "n" for the plural count. */
  argument: string;
}

// Up to two digits, as QString::arg() reads them: "%10" is argument 10, never %1 followed by 0.
const ARG = /%L?([1-9]\d?)(?![\d$])/g;
const COUNT = /%L?n(?![\p{L}\p{N}_])/gu;

export function qtPlaceholders(text: string): QtPlaceholder[] {
  if (!text.includes('%')) return [];
  const found: QtPlaceholder[] = [];
  ARG.lastIndex = 0;
  for (let match = ARG.exec(text); match; match = ARG.exec(text)) {
    found.push({ text: match[0], start: match.index, argument: match[1]! });
  }
  return found;
}

export function qtPluralPlaceholders(text: string): QtPlaceholder[] {
  if (!text.includes('%')) return [];
  const found: QtPlaceholder[] = [];
  COUNT.lastIndex = 0;
  for (let match = COUNT.exec(text); match; match = COUNT.exec(text)) found.push({ text: match[0], start: match.index, argument: 'n' });
  return found;
}

/** `%1` not followed by a printf conversion or `$`: a Qt argument, not prose. */
export function looksLikeQt(text: string): boolean {
  return text.includes('%') && /%L?[1-9]\d?(?![\d$\p{L}])/u.test(text);
}
