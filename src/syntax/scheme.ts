/** Scheme/Lisp `format` directives (SRFI-28 `~a ~s ~%`, Guile and Common Lisp `~d ~:p ~{ ~}`). */

export interface SchemeDirective {
  text: string;
  start: number;
  /** 0-based position of the argument it consumes. */
  argument: string;
  type: string;
}

const DIRECTIVE = /~(?:[+-]?\d+|'.|[vV#])?(?:,(?:[+-]?\d+|'.|[vV#])?)*[:@]{0,2}(.)/gsu;
// Directives that print something without consuming an argument.
const NO_ARGUMENT = new Set(['%', '&', '|', '~', '\n', 't', 'T', '(', ')', ']', '}', ';', '^', '<', '>', '/', 'i', 'I', '_']);
const TYPES: Record<string, string> = { a: 'object', s: 'object', w: 'object', d: 'integer', b: 'integer', o: 'integer', x: 'integer', r: 'integer', e: 'real', f: 'real', g: 'real', $: 'real', c: 'char', p: 'plural', '[': 'conditional', '{': 'list', '*': 'skip', '?': 'format' };

export function schemeDirectives(text: string): SchemeDirective[] {
  if (!text.includes('~')) return [];
  const found: SchemeDirective[] = [];
  let position = 0;
  DIRECTIVE.lastIndex = 0;
  for (let match = DIRECTIVE.exec(text); match; match = DIRECTIVE.exec(text)) {
    const conversion = match[1]!;
    if (NO_ARGUMENT.has(conversion)) continue;
    const type = TYPES[conversion.toLowerCase()] ?? conversion.toLowerCase();
    found.push({ text: match[0], start: match.index, argument: String(position++), type });
  }
  return found;
}
