/** i18next: `{{name}}`, `{{- name}}` (unescaped), `{{value, number}}` (formatted), and `$t(key)` nesting. */

export interface I18nextPlaceholder {
  text: string;
  start: number;
  /** Variable name, or `$t(key)` for a nested translation. */
  argument: string;
  /** Formatter after the comma (`number`, `datetime`, ...); '' when none. */
  type: string;
}

const INTERPOLATION = /\{\{\s*(-\s*)?([^{},\s][^{},]*?)\s*(?:,\s*([^{}]*?)\s*)?\}\}/g;
const NESTING = /\$t\(\s*([^,()\s]+)\s*(?:,[^()]*(?:\([^()]*\)[^()]*)*)?\)/g;

export function i18nextPlaceholders(text: string): I18nextPlaceholder[] {
  const found: I18nextPlaceholder[] = [];
  if (text.includes('{{')) {
    INTERPOLATION.lastIndex = 0;
    for (let match = INTERPOLATION.exec(text); match; match = INTERPOLATION.exec(text)) {
      found.push({ text: match[0], start: match.index, argument: match[2]!.trim(), type: (match[3] ?? '').replace(/\s+/g, '') });
    }
  }
  if (text.includes('$t(')) {
    NESTING.lastIndex = 0;
    for (let match = NESTING.exec(text); match; match = NESTING.exec(text)) found.push({ text: match[0], start: match.index, argument: `$t(${match[1]})`, type: '' });
  }
  return found;
}
