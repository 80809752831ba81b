import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mask, MASK as M, MASK_TAG as T } from './mask.js';

const c = new Set(['c']);
const none = new Set<string>();

describe('mask', () => {
  it('leaves prose without placeholder characters as it is', () => {
    const text = 'Open the file';
    assert.equal(mask(text), text);
  });

  it('masks each printf directive once, %% and %m left as written', () => {
    assert.equal(mask('%d of %s files, 100%% done: %m', c), `${M} of ${M} files, 100%% done: %m`);
    assert.equal(mask('%1$s then %2$-10.3f', c), `${M} then ${M}`);
    assert.equal(mask('width %*d', c), `width ${M}`, 'a star width is one placeholder with its value');
  });

  it('masks a space-flag directive only when the unit declares a format', () => {
    assert.equal(mask('100% sure', none), '100% sure');
    assert.equal(mask('100% sure', c), `100${M}ure`);
  });

  it('masks named Python placeholders, beside printf directives, in text order', () => {
    assert.equal(mask('%(count)d of %s', none), `${M} of ${M}`);
    assert.equal(mask('%s and %(name)s and %d', new Set(['python'])), `${M} and ${M} and ${M}`);
  });

  it('masks URLs, tags, brace placeholders and decodes entities', () => {
    assert.equal(mask('See https://x.org/a_(b). Done'), `See ${M}. Done`);
    assert.equal(mask('<b>{name}</b> &amp; more'), `${T}${M}${T} & more`);
  });
});
