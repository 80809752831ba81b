import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import { regexesOf, regexKey } from '../testing/regexes.js';

/**
 * Catastrophic backtracking: every regex literal in src/ is judged by recheck. Verdicts are
 * recorded in src/testing/regex-verdicts.json (`node scripts/check-regexes.mjs` rewrites it);
 * only new or changed regexes are checked here, which keeps this test fast.
 *
 * Exponential (ReDoS) regexes always fail. Polynomial ones (quadratic: a long run of one
 * character that fails to match at its end, e.g. /[ \t]*$/ on 100 KB of tabs) already in the
 * verdicts file are known and listed in docs/robustness.md as work to do; a new one fails.
 */
const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));
const verdicts = JSON.parse(readFileSync(join(srcDir, 'testing/regex-verdicts.json'), 'utf8')) as Record<string, string>;

/** Regexes built at run time, and why each cannot backtrack catastrophically. */
const DYNAMIC: Record<string, string> = {
  'checks/case/acronyms.ts': 'an escaped word between fixed, non-repeating delimiters',
  'checks/chars/control.ts': 'copies CONTROL_CANDIDATE (a single character class) with the g flag',
  'checks/chars/corrupted.ts': 'character classes with fixed counts, no nested quantifiers',
  'checks/chars/kashida.ts': 'copies KASHIDA with the g flag; KASHIDA itself is checked as a literal',
  'checks/number/conventions.ts': 'digits, an optional fraction and a fixed list of unit names',
  'checks/placeholder/cli-options.ts': 'an escaped option value after a fixed short-option prefix, then a lookahead',
  'checks/placeholder/functions.ts': 'a snake_case name (only [a-z0-9_], from SNAKE_CASE) between lookarounds',
  'checks/placeholder/custom.ts': "the user's own patterns from their config file: trusted input, like a linter's config",
  'checks/punctuation/pure.ts': 'single character classes built from constants',
  'formats/xliff.ts': 'a fixed header name then one (.*) to the end of the line',
  'meaning/negation.ts': 'an escaped word, lookarounds and one \\s*',
  'meaning/number-words.ts': 'a lookbehind, then an alternation of escaped fixed words without quantifiers',
  'meaning/words.ts': 'an escaped word between lookarounds',
  'report/html.ts': 'copies HIDDEN (a character class) with the g flag',
  'syntax/numbers.ts': 'digit classes from constants; separators are single characters between digit runs',
};

describe('regex safety', () => {
  const { literal, dynamic } = regexesOf(srcDir);

  it('finds the regexes of src/', () => {
    assert.ok(literal.length > 300, `only ${literal.length} regexes found`);
  });

  it('has no regex with exponential backtracking, and no new polynomial one', () => {
    const problems: string[] = [];
    for (const regex of literal) {
      const key = regexKey(regex);
      let verdict = verdicts[key];
      if (verdict === undefined) {
        const result = checkSync(regex.source, regex.flags, { timeout: 10_000 });
        verdict = result.status === 'vulnerable' ? result.complexity.type : result.status;
        if (verdict !== 'safe') verdict = `new ${verdict}${result.status === 'vulnerable' ? `, attack ${result.attack.pattern}` : ''}`;
      }
      if (verdict !== 'safe' && verdict !== 'polynomial') problems.push(`${regex.file}:${regex.line} /${regex.source}/${regex.flags}: ${verdict}`);
    }
    assert.deepEqual(problems, [], 'fix these regexes (or, for a new one judged wrongly, record it with node scripts/check-regexes.mjs)');
  });

  it('knows why each regex built at run time is safe', () => {
    const unexplained = dynamic.filter((regex) => !DYNAMIC[regex.file]).map((regex) => `${regex.file}:${regex.line} ${regex.text}`);
    assert.deepEqual(unexplained, []);
  });
});
