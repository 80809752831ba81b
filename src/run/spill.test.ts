import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, it } from 'node:test';
import { FindingsSpill } from './spill.js';

const spillDirectories = () => readdirSync(tmpdir()).filter((name) => name.startsWith('translint-findings-'));

describe('findings spill', () => {
  it('gives back each text as written, whole or in pieces, and leaves no file behind', () => {
    const before = spillDirectories().length;
    const spill = new FindingsSpill();
    const texts = ['{"ruleId":"a","message":"Перегрузка"}', '', '{"ruleId":"b","message":"' + 'x'.repeat(3 << 20) + '"}', '{"ruleId":"c"}'];
    const stored = texts.map((text) => spill.add(text));
    assert.equal(spillDirectories().length, before, 'the file is unlinked once open');
    stored.forEach((entry, index) => {
      assert.equal(entry.text(), texts[index]);
      // A piece may be reused for the next one (as the report writer expects): copy it at once.
      const copies: Buffer[] = [];
      for (const piece of entry.pieces()) copies.push(Buffer.from(piece));
      assert.equal(Buffer.concat(copies).toString('utf8'), texts[index]);
    });
    assert.ok([...stored[2]!.pieces()].length > 1, 'a long text is read in more than one piece');
  });
});
