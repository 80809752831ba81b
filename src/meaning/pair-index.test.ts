import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PairIndex } from './pair-index.js';

describe('PairIndex', () => {
  it('numbers pairs in the order first added, through many growths, like a Map of the same pairs', () => {
    const index = new PairIndex(4);
    const expected = new Map<string, number>();
    // A fixed pseudo-random walk over a 3000 x 3000 grid: many collisions of a or b alone.
    let state = 12345;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) % 3000;
    for (let i = 0; i < 50_000; i++) {
      const a = next();
      const b = next();
      const key = `${a},${b}`;
      if (!expected.has(key)) expected.set(key, expected.size);
      assert.equal(index.add(a, b), expected.get(key));
    }
    assert.equal(index.size, expected.size);
    for (const [key, number] of expected) {
      const [a, b] = key.split(',').map(Number);
      assert.equal(index.get(a!, b!), number);
    }
  });

  it('tells a pair from its mirror and from pairs never added', () => {
    const index = new PairIndex();
    assert.equal(index.add(1, 2), 0);
    assert.equal(index.get(2, 1), -1);
    assert.equal(index.add(2, 1), 1);
    assert.equal(index.get(0, 0), -1);
    assert.equal(index.add(0, 0), 2);
    assert.equal(index.get(0, 0), 2);
  });
});
