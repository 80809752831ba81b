import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import differentSource from './different-source-same-target.js';
import duplicate from './duplicate-definition.js';
import sameSource from './same-source-different-target.js';
import { testCheck } from '../../testing/check-tester.js';
import { comparable } from './normalize.js';

testCheck(sameSource, {
  fires: [{ also: [{ source: 'Save', target: 'Enregistrer' }], source: 'Save', target: 'Sauvegarder', message: /translated as "Enregistrer" at line/ }],
  quiet: [
    { also: [{ source: 'Open', target: 'Ouvrir', context: 'file' }], source: 'Open', target: 'Ouvert', context: 'state', why: 'different contexts' },
    { also: [{ source: 'Save', target: '&Enregistrer' }], source: 'Save', target: 'Enregistrer.', why: 'accelerator and punctuation only' },
    { also: [{ source: 'Save', target: 'Enregistrer', flags: ['fuzzy'] }], source: 'Save', target: 'Sauvegarder', why: 'fuzzy elsewhere' },
  ],
});
testCheck(differentSource, {
  fires: [{ also: [{ source: 'Open', target: 'Ouvrir' }], source: 'Close', target: 'Ouvrir' }],
  quiet: [{ also: [{ source: 'Open', target: 'Ouvrir' }], source: 'Close', target: 'Fermer' }, { also: [{ source: 'Open', target: 'Ouvrir' }], source: 'Open…', target: 'Ouvrir…' }],
});
testCheck(duplicate, {
  fires: [{ also: [{ source: 'Save', target: 'Enregistrer' }], source: 'Save', target: 'Sauver' }],
  quiet: [{ also: [{ source: 'Save', target: 'Enregistrer', context: 'menu' }], source: 'Save', target: 'Enregistrer' }],
});

describe('comparable', () => {
  it('ignores accelerators, trailing punctuation, case and spacing', () => {
    assert.equal(comparable('  &Save  the\tFile…!? \n'), 'save the file');
    assert.equal(comparable('a\u00a0 b'), 'a b');
    assert.equal(comparable('. , ;'), '');
  });

  it('handles megabyte texts in linear time (they once took seconds and a gigabyte)', () => {
    const long = 'word 日本 '.repeat(200_000) + 'end';
    assert.equal(comparable(long).length, long.length);
    assert.equal(comparable(' .'.repeat(500_000) + 'x'), comparable(' .'.repeat(500_000) + 'x'));
  });
});
