/**
 * Project variable syntaxes as pofilter's `variables` test knows them per project
 * (translate-toolkit `filters/checks/{kde,gnome,openoffice,mozilla}.py` `varmatches`):
 * a start marker and an end marker, a fixed length, or "until a non-word character".
 */

/** [start, end]: end is a string, a fixed variable length, or null for a run of word characters. */
export type VariableMatch = readonly [string, string | number | null];

export const PROFILES: Readonly<Record<string, readonly VariableMatch[]>> = {
  kde: [['%', 1]],
  gnome: [['%', 1], ['$(', ')']],
  openoffice: [['&', ';'], ['%', '%'], ['%', null], ['%', 0], ['$(', ')'], ['$', '$'], ['${', '}'], ['#', '#'], ['#', 1], ['#', 0], ['($', ')'], ['$[', ']'], ['[', ']'], ['@', '@'], ['$', null]],
  mozilla: [['&', ';'], ['%', '%'], ['%', 1], ['$', '$'], ['$', null], ['#', 1], ['${', '}'], ['$(^', ')'], ['{{', '}}']],
  // translint's default: the syntaxes that are never prose (`%x%` and `$x$` collide with printf's "%s%s" and prices).
  common: [['&', ';'], ['$(', ')'], ['${', '}']],
};

const WORD = /[\p{L}\p{N}_]/u;

function isVariableName(name: string): boolean {
  return name === '' || /^[\p{L}\p{N}]+$/u.test(name.replace(/[_.]/g, ''));
}

/** Variables of one marker pair, written out whole (`&brandName;`, `$(VAR)`, `%1`). */
export function markedVariables(text: string, [start, end]: VariableMatch): string[] {
  const found: string[] = [];
  let position = text.indexOf(start);
  while (position >= 0) {
    const nameStart = position + start.length;
    let name: string | undefined;
    let next = nameStart;
    if (end === null) {
      let i = nameStart;
      while (i < text.length && WORD.test(text[i]!)) i++;
      if (i > nameStart) name = text.slice(nameStart, i);
      next = i;
    } else if (typeof end === 'number') {
      if (end > 0 && nameStart + end <= text.length) name = text.slice(nameStart, nameStart + end);
      next = nameStart + Math.max(end, 0);
    } else {
      const close = text.indexOf(end, nameStart);
      if (close < 0) break;
      const candidate = text.slice(nameStart, close);
      // "50% or 60%" is prose: the name must be one word.
      if (candidate !== '' && !/\s/.test(candidate)) name = candidate;
      next = name === undefined ? nameStart : close + end.length;
    }
    if (name !== undefined && name !== '' && isVariableName(name)) {
      found.push(end === null || typeof end === 'number' ? start + name : start + name + end);
    }
    position = text.indexOf(start, Math.max(next, position + 1));
  }
  return found;
}
