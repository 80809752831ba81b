import { defineCheck } from '../../core/check.js';
import { translatedForms } from '../source-for-form.js';

const HEX = /^[0-9a-fA-F]+$/;

/**
 * Backslash escapes left in the text, by kind: `\t`, `\\`, `\u00e9`, `\x41`, `\d`...
 * `\n` is counted by whitespace/newlines, `\'` is left out (Android escapes apostrophes word by
 * word, so the count follows the translation's own words) and `\"` is counted apart.
 */
export function backslashEscapes(text: string): { escapes: Map<string, number>; escapedQuotes: number; bareQuotes: number; bareBackslashes: number } {
  const escapes = new Map<string, number>();
  let escapedQuotes = 0;
  let bareQuotes = 0;
  let bareBackslashes = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') bareQuotes++;
    if (char !== '\\') continue;
    const next = text[i + 1];
    // A backslash before a space, the end or a non-ASCII character is the character itself ("stray \\").
    if (next === undefined || next === ' ' || next === '\n' || next.charCodeAt(0) > 0x7e) {
      bareBackslashes++;
      continue;
    }
    let token = `\\${next}`;
    if ((next === 'u' || next === 'U' || next === 'x') && HEX.test(text.slice(i + 2, i + 2 + (next === 'u' ? 4 : next === 'U' ? 8 : 2)))) {
      token = text.slice(i, i + 2 + (next === 'u' ? 4 : next === 'U' ? 8 : 2));
    }
    i += token.length - 1;
    if (next === 'n' || next === "'") continue;
    if (next === '"') {
      escapedQuotes++;
      continue;
    }
    escapes.set(token, (escapes.get(token) ?? 0) + 1);
  }
  return { escapes, escapedQuotes, bareQuotes, bareBackslashes };
}

/** The character a `\uXXXX` / `\xXX` escape stands for, if it is one. */
function decoded(token: string): string | undefined {
  if (token.length < 4 || !/^\\[uUx]/.test(token)) return undefined;
  return String.fromCodePoint(parseInt(token.slice(2), 16));
}

export default defineCheck({
  id: 'whitespace/escapes',
  severity: 'error',
  summary: 'backslash escapes (\\t, \\\\, \\u00e9, \\") in the text differ between source and translation',
  peers: { pofilter: ['escapes'], poexam: ['escapes'] },
  check(unit, _context, report) {
    for (const { form, target, source } of translatedForms(unit)) {
      if (!source.includes('\\') && !target.includes('\\')) continue;
      const want = backslashEscapes(source);
      const have = backslashEscapes(target);
      const problems: string[] = [];
      for (const [token, count] of want.escapes) {
        const found = have.escapes.get(token) ?? 0;
        if (found >= count) continue;
        const char = decoded(token);
        // `\u00e9` written as `é` says the same thing.
        if (char !== undefined && target.includes(char)) continue;
        problems.push(`missing ${token}`);
      }
      // "unfinished \ escape" -> "\-sekvens": the source's lone backslash with a suffix glued on, not an escape.
      let glued = Math.max(0, want.bareBackslashes - have.bareBackslashes);
      for (const [token, count] of have.escapes) {
        let extra = count - (want.escapes.get(token) ?? 0);
        while (extra > 0 && glued > 0 && token === '\\-') {
          extra--;
          glued--;
        }
        if (extra > 0) problems.push(`${token} is not in the source`);
      }
      // `\"x\"` -> `"x"`: the quotes that had to be escaped no longer are (typographic quotes need no escape).
      if (have.escapedQuotes < want.escapedQuotes && have.bareQuotes > want.bareQuotes) problems.push('quotes are escaped as \\" in the source but not in the translation');
      else if (have.escapedQuotes > want.escapedQuotes && want.bareQuotes > 0) problems.push('quotes are escaped as \\" in the translation but not in the source');
      if (problems.length) report({ form, message: problems.join('; ') });
    }
  },
});
