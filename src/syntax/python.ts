/** Python placeholders: `%(name)s` / `%d` (percent) and `{name}` / `{0!r:>10}` (str.format). */

export interface PythonPlaceholder {
  text: string;
  start: number;
  /** Name, or position ("0", "1", ...) for unnamed ones. */
  argument: string;
  /** Conversion letter for percent placeholders; '' for brace ones. */
  type: string;
  named: boolean;
}

const PERCENT = /%(?:\(([^()\n]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g;
const INT_CONVERSIONS = new Set(['d', 'i', 'u']);

export function pythonPercentPlaceholders(text: string): PythonPlaceholder[] {
  if (!text.includes('%')) return [];
  const found: PythonPlaceholder[] = [];
  let position = 0;
  PERCENT.lastIndex = 0;
  for (let match = PERCENT.exec(text); match; match = PERCENT.exec(text)) {
    const [whole, name, flags = '', , , conversion] = match;
    if (conversion === '%') continue;
    // "100% sure": a space flag on an unnamed directive is prose far more often than code.
    if (name === undefined && flags.includes(' ')) continue;
    const type = INT_CONVERSIONS.has(conversion!) ? 'int' : conversion!;
    found.push({ text: whole, start: match.index, argument: name ?? String(position++), type, named: name !== undefined });
  }
  return found;
}

const BRACE = /\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*|\d+)?((?:\.[A-Za-z_][A-Za-z0-9_]*|\[[^\]{}]+\])*)(![rsa])?(:[^{}]*(?:\{[^{}]*\}[^{}]*)*)?\}/g;

export function pythonBracePlaceholders(text: string): PythonPlaceholder[] {
  if (!text.includes('{')) return [];
  const found: PythonPlaceholder[] = [];
  let position = 0;
  BRACE.lastIndex = 0;
  for (let match = BRACE.exec(text); match; match = BRACE.exec(text)) {
    if (match[0] === '{{' || match[0] === '}}') continue;
    const name = match[1];
    found.push({ text: match[0], start: match.index, argument: name ?? String(position++), type: '', named: name !== undefined && !/^\d+$/.test(name) });
  }
  return found;
}

export function looksLikePythonPercent(text: string): boolean {
  return pythonPercentPlaceholders(text).some((p) => p.named);
}

export function looksLikePythonBrace(text: string): boolean {
  return pythonBracePlaceholders(text).length > 0;
}
