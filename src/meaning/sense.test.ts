import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { levenshtein } from './sense.js';

/** The textbook full-table edit distance, to compare the fast one with. */
function reference(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) table[i]![j] = Math.min(table[i - 1]![j]! + 1, table[i]![j - 1]! + 1, table[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return table[a.length]![b.length]!;
}

describe('levenshtein', () => {
  it('counts the edits between two words', () => {
    assert.equal(levenshtein('перегрузка', 'перезагрузка'), 2);
    assert.equal(levenshtein('', 'abc'), 3);
    assert.equal(levenshtein('kitten', 'sitting'), 3);
    assert.equal(levenshtein('same', 'same'), 0);
  });

  it('stops past the limit, answering limit + 1', () => {
    assert.equal(levenshtein('abcdef', 'uvwxyz', 2), 3);
    assert.equal(levenshtein('a', 'abcdef', 1), 2, 'the lengths alone exceed the limit');
    assert.equal(levenshtein('ventana', 'ventaja', 1), 1);
  });

  it('agrees with the full table on words of every length, long ones included', () => {
    const letters = 'aäbcdeé';
    let state = 7;
    const word = (length: number) => Array.from({ length }, () => letters[(state = (Math.imul(state, 1103515245) + 12345) >>> 0) % letters.length]).join('');
    for (let round = 0; round < 300; round++) {
      const a = word(round % 90);
      const b = word((round * 7) % 110);
      assert.equal(levenshtein(a, b), reference(a, b), `${a} / ${b}`);
    }
  });
});
