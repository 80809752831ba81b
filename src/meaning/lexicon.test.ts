import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { englishLexicon, lexiconFor } from './lexicon.js';

describe('lexicon', () => {
  it('looks keys up in the indexed blocks of a shipped lexicon', () => {
    const german = lexiconFor('de')!;
    assert.ok(german.translations('file').some(([stem]) => stem === 'datei'));
    assert.ok(german.meanings('datei').some(([stem]) => stem === 'file'));
    assert.ok(german.forms('datei').includes('datei'));
    assert.deepEqual(german.translations(''), [], 'a key before every block');
    assert.deepEqual(german.translations('\uffff'), [], 'a key after every block');
    assert.deepEqual(german.meanings('zzzznotaword'), []);
    assert.ok(german.stopwords.includes('der'));
    assert.equal(german.sources.length > 0, true);
  });

  it('reads the English facts', () => {
    const english = englishLexicon()!;
    assert.ok(english.antonyms('show').includes('hide'));
    assert.equal(english.word('file'), 'file');
    assert.equal(english.word('zzzznotaword'), undefined);
  });

  it('has no lexicon for a language it does not ship', () => {
    assert.equal(lexiconFor('xx'), null);
  });
});
