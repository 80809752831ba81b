import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { learnLinks, type AlignedPair } from './align.js';

/** A tiny German UI memory: each English word has one translation, seen in several pairs. */
const pairs: AlignedPair[] = [
  { source: ['open', 'file'], target: ['datei', 'öffnen'] },
  { source: ['save', 'file'], target: ['datei', 'speichern'] },
  { source: ['close', 'file'], target: ['datei', 'schließen'] },
  { source: ['open', 'folder'], target: ['ordner', 'öffnen'] },
  { source: ['save', 'folder'], target: ['ordner', 'speichern'] },
  { source: ['close', 'folder'], target: ['ordner', 'schließen'] },
  { source: ['open', 'window'], target: ['fenster', 'öffnen'] },
  { source: ['save', 'window'], target: ['fenster', 'speichern'] },
  { source: ['close', 'window'], target: ['fenster', 'schließen'] },
];

describe('learnLinks (IBM Model 1 in both directions)', () => {
  it('links each word to its translation and to nothing else', () => {
    const links = learnLinks(pairs, { minProbability: 0.2, minPairs: 3 });
    const best = (word: string) => [...(links.get(word) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]).map(([target]) => target);
    assert.deepEqual(best('open'), ['öffnen']);
    assert.deepEqual(best('save'), ['speichern']);
    assert.deepEqual(best('file'), ['datei']);
    assert.deepEqual(best('window'), ['fenster']);
    for (const row of links.values()) for (const weight of row.values()) assert.ok(weight > 0.2 && weight <= 1);
  });

  it('needs the words together in minPairs pairs', () => {
    const links = learnLinks(pairs, { minProbability: 0.2, minPairs: 4 });
    assert.equal(links.size, 0, 'no word pair occurs four times');
  });

  it('gives the same links whatever the run: training is deterministic', () => {
    const once = learnLinks(pairs, { minProbability: 0.2, minPairs: 3 });
    const again = learnLinks(pairs, { minProbability: 0.2, minPairs: 3 });
    assert.deepEqual([...once].map(([word, row]) => [word, [...row]]), [...again].map(([word, row]) => [word, [...row]]));
  });
});
