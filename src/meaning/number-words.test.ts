import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mayHaveNumberWord, numberWordValue } from './number-words.js';

const WORD = /[\p{L}][\p{L}'’]*/gu;

/** Texts around number words and near-misses, in every case, with apostrophes and inflections. */
const TEXTS = [
  'Delete three files', 'DELETE THREE FILES', "Can't open one's file", 'someone is done', 'often written content',
  'Zwei Dateien löschen', 'Doppelklick', 'DOPPELKLICK zum Öffnen', 'dreißig Tage', 'DREISSIG',
  'Удалить пять файлов', 'двойной щелчок', 'ТРЁХ', "п'ять файлів", 'П’ЯТЬ', 'trois fichiers', "l'onze", 'dwukrotnie',
  'tweemaal klikken', 'Dos archivos', '(sei) file', '«cinq»', 'x'.repeat(30) + 'two', 'nove-dieci', 'ouvrir', 'Öffnen',
];

describe('mayHaveNumberWord', () => {
  it('is true whenever a word of the text has a value, in every language', () => {
    for (const language of ['en', 'ru', 'uk', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'nl', 'xx']) {
      for (const text of TEXTS) {
        const valued = [...text.matchAll(WORD)].some((match) => numberWordValue(language, match[0]) !== undefined);
        if (valued) assert.ok(mayHaveNumberWord(language, text), `${language}: "${text}"`);
      }
    }
  });

  it('is false for texts without number words, so callers skip them', () => {
    assert.equal(mayHaveNumberWord('en', 'someone is done'), false);
    assert.equal(mayHaveNumberWord('de', 'Datei öffnen'), false);
    assert.equal(mayHaveNumberWord('xx', 'two'), false);
    assert.equal(mayHaveNumberWord('en', 'Delete three files'), true);
  });
});
