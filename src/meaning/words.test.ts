import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { replaceWord, wordsOf } from './words.js';

describe('words', () => {
  it('finds the words of a UI string without placeholders or accelerator markers', () => {
    assert.deepEqual(wordsOf('&Open %s file’s', new Set(['c'])).map((word) => word.text), ['Open', 'file’s']);
    assert.equal(wordsOf('Save all'), wordsOf('Save all'), 'remembered for a repeated text');
  });

  it('replaces the first whole-word occurrence, keeping its case', () => {
    assert.equal(replaceWord('Неперегрузка, Перегрузка системы', 'Перегрузка', 'перезагрузка'), 'Неперегрузка, Перезагрузка системы');
    assert.equal(replaceWord('RESET now', 'RESET', 'сброс'), 'СБРОС now');
    assert.equal(replaceWord('x𝐀y y', 'y', 'z'), 'x𝐀y z', 'a letter outside the BMP before the match is a word character');
    assert.equal(replaceWord('e\u0301x x', 'x', 'z'), 'e\u0301x z', 'a combining mark before the match is part of the word');
    assert.equal(replaceWord('no match', 'zz', 'y'), 'no match');
  });
});
