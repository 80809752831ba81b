import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { check, type CheckOptions } from '../api.js';
import { applyFixes } from './fix.js';
import { runCli } from '../testing/fixtures.js';

const HEADER = '# Deutsche Übersetzung.\r\nmsgid ""\r\nmsgstr ""\r\n"Language: de\\n"\r\n"Content-Type: text/plain; charset=UTF-8\\n"\r\n\r\n';
// CRLF line ends, a wrapped msgstr and non-ASCII text: none of it may change outside the fixed spans.
const BROKEN = `${HEADER}#: src/a.c:1\r\nmsgid "Hello "\r\nmsgstr "Hallo"\r\n\r\nmsgid "Größe"\r\nmsgstr "Größe"\r\n\r\nmsgid ""\r\n" Indented line"\r\nmsgstr ""\r\n"Eingerückte "\r\n"Zeile"\r\n\r\nmsgid "Open the file"\r\nmsgstr "Öffne die Datei Datei"\r\n`;
// The PO adapter writes a wrapped msgstr back as one continuation line; the span is the msgstr's literals.
const FIXED = BROKEN.replace('msgstr "Hallo"', 'msgstr "Hallo "').replace('msgstr ""\r\n"Eingerückte "\r\n"Zeile"', 'msgstr ""\r\n" Eingerückte Zeile"');

const options: CheckOptions = { meaning: false, config: { root: '/', path: undefined, sourceLocale: 'en', ignore: [], rules: {}, overrides: [], meaning: { enabled: false, options: {} }, glossary: [] } };

function copyOf(text: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'translint-fix-'));
  const file = join(dir, 'de.po');
  writeFileSync(file, text);
  return { dir, file };
}

const cli = (args: string[], cwd: string) => runCli(args, cwd);

describe('fixes', () => {
  it('--fix rewrites only the spans of safe fixes, atomically; a second run is clean', async () => {
    const { dir, file } = copyOf(BROKEN);
    const before = await check([file], options);
    assert.deepEqual(before.findings.filter((f) => f.fix?.safe).map((f) => f.ruleId).sort(), ['whitespace/end', 'whitespace/start']);
    const { code, stderr } = await cli(['check', 'de.po', '--fix', '--meaning', 'off', '--format', 'json'], dir);
    assert.match(stderr, /fixed 2 findings in 1 file/);
    assert.ok(readFileSync(file).equals(Buffer.from(FIXED)), 'bytes outside the fixed spans are unchanged');
    assert.deepEqual(readdirSync(dir), ['de.po'], 'no temp file left');
    const after = await check([file], options);
    assert.deepEqual(after.findings.filter((f) => f.ruleId.startsWith('whitespace/')), []);
    assert.ok(after.findings.some((f) => f.ruleId === 'words/doubled'), 'the unsafe fix was not applied');
    assert.equal(code, 0);
  });

  it('--fix-unsafe applies unsafe fixes too', async () => {
    const { dir, file } = copyOf(BROKEN);
    await cli(['check', 'de.po', '--fix-unsafe', '--meaning', 'off'], dir);
    assert.ok(readFileSync(file, 'utf8').includes('msgstr "Öffne die Datei"'));
    const after = await check([file], options);
    assert.deepEqual(after.findings.filter((f) => f.fix), []);
  });

  it('--fix-dry-run prints a unified diff that git applies, and writes nothing', async () => {
    const { dir, file } = copyOf(BROKEN);
    const { stdout, stderr } = await cli(['check', 'de.po', '--fix-dry-run', '--meaning', 'off'], dir);
    assert.ok(readFileSync(file).equals(Buffer.from(BROKEN)), 'the file is untouched');
    assert.match(stderr, /would fix 2 findings in 1 file/);
    assert.match(stdout, /^--- a\/de\.po\n\+\+\+ b\/de\.po\n@@ -6,7 \+6,7 @@\n/);
    assert.ok(stdout.includes('\n-msgstr "Hallo"\r\n+msgstr "Hallo "\r\n'));
    writeFileSync(join(dir, 'fix.patch'), stdout);
    execFileSync('git', ['apply', '--unsafe-paths', 'fix.patch'], { cwd: dir, stdio: 'pipe' });
    assert.ok(readFileSync(file).equals(Buffer.from(FIXED)), 'applying the diff gives what --fix writes');
  });

  it('applies one fix per target form and says a re-run may fix more', async () => {
    const text = `${HEADER.replace(/\r\n/g, '\n')}msgid " Hello "\nmsgstr "Hallo"\n`;
    const { file } = copyOf(text);
    const first = applyFixes((await check([file], { ...options, keepOrigins: true })).findings, { unsafe: false, write: true });
    assert.deepEqual([first.applied, first.skipped], [1, 1]);
    const second = applyFixes((await check([file], { ...options, keepOrigins: true })).findings, { unsafe: false, write: true });
    assert.deepEqual([second.applied, second.skipped], [1, 0]);
    assert.ok(readFileSync(file, 'utf8').endsWith('msgstr " Hallo "\n'));
    assert.deepEqual((await check([file], options)).findings.filter((f) => f.fix), []);
  });

  it('leaves the original file alone when nothing is fixable', async () => {
    const { dir, file } = copyOf(BROKEN);
    copyFileSync(file, join(dir, 'copy'));
    const outcome = applyFixes([], { unsafe: true, write: true });
    assert.deepEqual(outcome, { applied: 0, skipped: 0, unfixable: 0, files: [] });
    assert.ok(readFileSync(file).equals(readFileSync(join(dir, 'copy'))));
  });
});
