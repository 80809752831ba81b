import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Edit } from '../core/catalog.js';
import { unifiedDiff } from './diff.js';

const splice = (text: string, edits: Edit[]): string => {
  let out = '';
  let cursor = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
};

const replace = (text: string, find: string, by: string): Edit => {
  const start = text.indexOf(find);
  assert.ok(start >= 0, find);
  return { start, end: start + find.length, text: by };
};

/** The diff must turn `text` into the spliced text under `git apply`. */
function assertApplies(text: string, edits: Edit[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'translint-diff-'));
  writeFileSync(join(dir, 'f.txt'), text);
  const diff = unifiedDiff('f.txt', text, edits);
  writeFileSync(join(dir, 'p.diff'), diff);
  execFileSync('git', ['apply', 'p.diff'], { cwd: dir, stdio: 'pipe' });
  assert.equal(readFileSync(join(dir, 'f.txt'), 'utf8'), splice(text, edits));
  return diff;
}

const lines = (count: number): string => Array.from({ length: count }, (_, i) => `line ${i + 1}\n`).join('');

describe('unifiedDiff', () => {
  it('is empty when nothing changes', () => {
    assert.equal(unifiedDiff('f', 'a\nb\n', []), '');
    assert.equal(unifiedDiff('f', 'a\nb\n', [{ start: 0, end: 1, text: 'a' }]), '');
  });

  it('shows three lines of context and exact hunk ranges', () => {
    const text = lines(10);
    const diff = assertApplies(text, [replace(text, 'line 5', 'LINE 5')]);
    assert.equal(diff, '--- a/f.txt\n+++ b/f.txt\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+LINE 5\n line 6\n line 7\n line 8\n');
  });

  it('merges nearby changes into one hunk and keeps distant ones apart', () => {
    const text = lines(40);
    const near = assertApplies(text, [replace(text, 'line 5\n', 'five\n'), replace(text, 'line 9\n', 'nine\n')]);
    assert.equal(near.match(/^@@/gm)?.length, 1);
    const far = assertApplies(text, [replace(text, 'line 5\n', 'five\n'), replace(text, 'line 30\n', 'thirty\nand more\n')]);
    assert.deepEqual(far.match(/^@@.*@@$/gm), ['@@ -2,7 +2,7 @@', '@@ -27,7 +27,8 @@']);
  });

  it('handles line splits and joins, the first and last line, and a missing final newline', () => {
    const text = 'first\nmiddle "a"\n"b"\nlast';
    assertApplies(text, [replace(text, '"a"\n"b"', '"ab"')]);
    assertApplies(text, [replace(text, 'first', 'FIRST\nsecond')]);
    const diff = assertApplies(text, [replace(text, 'last', 'LAST')]);
    assert.match(diff, /-last\n\\ No newline at end of file\n\+LAST\n\\ No newline at end of file\n$/);
    assertApplies('a\r\nb\r\n', [{ start: 3, end: 4, text: 'B' }]);
  });
});
