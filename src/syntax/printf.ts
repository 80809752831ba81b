/** C printf directives (C, ObjC `%@`, PHP, Perl, Lua, gettext `%<PRId64>` macros). */

export interface PrintfDirective {
  text: string;
  start: number;
  end: number;
  /** 1-based argument number this directive consumes. */
  argument: number;
  /** Type the argument must have, e.g. `int`, `long int`, `string`, `double`. */
  type: string;
  /** True when the number was written (`%2$s`) rather than implied by order. */
  positional: boolean;
  /** Flags as written; a lone space flag makes "100% of" look like a directive. */
  flags: string;
  /** Precision as written after the dot (`250` of `%.250s`, `` of `%.s`), undefined without one. */
  precision?: string;
}

const DIRECTIVE = /%(?:(\d+)\$)?([-+ #0'I]*)(\*(?:\d+\$)?|\d+)?(?:\.(\*(?:\d+\$)?|\d*))?(?:<PRI([diouxX])(\d+|MAX|PTR|LEAST\d+|FAST\d+)>|(hh|h|ll|l|L|q|j|z|Z|t)?([diouxXeEfFgGaAcsCSpnm@%]))/g;

const INTEGER = new Set(['d', 'i', 'o', 'u', 'x', 'X']);
const FLOAT = new Set(['e', 'E', 'f', 'F', 'g', 'G', 'a', 'A']);
const SIZE: Record<string, string> = { hh: 'char ', h: 'short ', l: 'long ', ll: 'long long ', q: 'long long ', L: 'long ', j: 'intmax ', z: 'size ', Z: 'size ', t: 'ptrdiff ' };

function typeOf(conversion: string, length: string | undefined): string {
  if (INTEGER.has(conversion)) return `${SIZE[length ?? ''] ?? ''}int`;
  if (FLOAT.has(conversion)) return length === 'L' ? 'long double' : 'double';
  if (conversion === 's' || conversion === 'S') return length === 'l' || conversion === 'S' ? 'wide string' : 'string';
  if (conversion === 'c' || conversion === 'C') return length === 'l' || conversion === 'C' ? 'wide char' : 'char';
  if (conversion === 'p') return 'pointer';
  if (conversion === 'n') return 'count pointer';
  if (conversion === '@') return 'object';
  return conversion;
}

/** All directives of `text` in order; `%%` and `%m` consume no argument and are left out. */
export function printfDirectives(text: string): PrintfDirective[] {
  if (!text.includes('%')) return [];
  const directives: PrintfDirective[] = [];
  let nextArgument = 1;
  DIRECTIVE.lastIndex = 0;
  for (let match = DIRECTIVE.exec(text); match; match = DIRECTIVE.exec(text)) {
    const [whole, position, flags = '', width, precision, macroConversion, macroSize, length, conversion] = match;
    if (conversion === '%' || conversion === 'm') continue;
    const start = match.index;
    const end = start + whole.length;
    // `*` width/precision take an int argument of their own, before the value.
    if (width?.startsWith('*')) nextArgument = pushStar(directives, width, start, end, nextArgument);
    if (precision?.startsWith('*')) nextArgument = pushStar(directives, precision, start, end, nextArgument);
    const type = macroConversion ? `int${macroSize}` : typeOf(conversion!, length);
    const argument = position ? Number(position) : nextArgument++;
    const directive: PrintfDirective = { text: whole, start, end, argument, type, positional: position !== undefined, flags };
    if (precision !== undefined) directive.precision = precision;
    directives.push(directive);
  }
  return directives;
}

/**
 * Where each directive of `text` stands, in order, with its flags (`%%` and `%m` left out): what
 * masking needs, without a directive object per match (masking runs on every text with a `%`).
 */
export function eachPrintfDirective(text: string, visit: (start: number, end: number, flags: string) => void): void {
  if (!text.includes('%')) return;
  DIRECTIVE.lastIndex = 0;
  for (let match = DIRECTIVE.exec(text); match; match = DIRECTIVE.exec(text)) {
    const conversion = match[8];
    if (conversion === '%' || conversion === 'm') continue;
    // Read before visiting: the regex is shared, and its lastIndex is this loop's position.
    const start = match.index;
    const end = start + match[0].length;
    const flags = match[2] ?? '';
    const resume = DIRECTIVE.lastIndex;
    visit(start, end, flags);
    DIRECTIVE.lastIndex = resume;
  }
}

/** A `*` or `*N$` width or precision: an int argument of its own; returns the next implied argument. */
function pushStar(directives: PrintfDirective[], star: string, start: number, end: number, nextArgument: number): number {
  const starPosition = /^\*(\d+)\$$/.exec(star)?.[1];
  directives.push({ text: star, start, end, argument: starPosition ? Number(starPosition) : nextArgument++, type: 'int', positional: starPosition !== undefined, flags: '' });
  return nextArgument;
}

// What is left of a `%` field once every printf directive is taken out: strftime and date(1) fields (%H, %Y, %b).
const FOREIGN_FIELD = /%[-_0^#]?\d*[A-Za-z]/;

/**
 * Whether `text` holds directives that only printf-formatted strings would contain ("100% sure"
 * does not). A text with fields printf has no conversion for ("%H:%M:%S", "%m/%d/%y") is a
 * strftime format, where "%d" and "%S" mean day and second, not int and wide string.
 */
export function looksLikePrintf(text: string): boolean {
  if (!printfDirectives(text).some((directive) => !directive.flags.includes(' '))) return false;
  return !FOREIGN_FIELD.test(text.replace(DIRECTIVE, ''));
}
