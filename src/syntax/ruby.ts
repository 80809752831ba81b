/** Ruby `format`/`sprintf`: `%{name}` templates, `%<name>d` named directives, and printf directives. */
import { printfDirectives } from './printf.js';

export interface RubyPlaceholder {
  text: string;
  start: number;
  argument: string;
  type: string;
}

const NAMED = /%\{([A-Za-z_]\w*)\}|%<([A-Za-z_]\w*)>([-+ #0]*\d*(?:\.\d+)?)([bBdiouxXeEfgGaAcps])/g;

function kind(conversion: string): string {
  if ('bBdiouxX'.includes(conversion)) return 'int';
  if ('eEfgGaA'.includes(conversion)) return 'float';
  return conversion === 'c' ? 'char' : 'string';
}

export function rubyPlaceholders(text: string): RubyPlaceholder[] {
  if (!text.includes('%')) return [];
  const found: RubyPlaceholder[] = [];
  const taken: [number, number][] = [];
  NAMED.lastIndex = 0;
  for (let match = NAMED.exec(text); match; match = NAMED.exec(text)) {
    const name = match[1] ?? match[2]!;
    found.push({ text: match[0], start: match.index, argument: name, type: match[1] !== undefined ? 'string' : kind(match[4]!) });
    taken.push([match.index, match.index + match[0].length]);
  }
  for (const directive of printfDirectives(text)) {
    if (directive.flags.includes(' ')) continue;
    if (taken.some(([start, end]) => directive.start >= start && directive.start < end)) continue;
    found.push({ text: directive.text, start: directive.start, argument: String(directive.argument), type: directive.type });
  }
  return found.sort((a, b) => a.start - b.start);
}

export function looksLikeRuby(text: string): boolean {
  return text.includes('%') && /%\{[A-Za-z_]\w*\}|%<[A-Za-z_]\w*>[-+ #0]*\d*(?:\.\d+)?[bBdiouxXeEfgGaAcps]/.test(text);
}
