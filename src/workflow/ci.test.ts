import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadConfigFile } from '../config/load.js';
import { createProgress } from './progress.js';
import { runCli } from '../testing/fixtures.js';

const cli = (args: string[], cwd: string, stderrIsTTY = false) => runCli(args, cwd, { stderrIsTTY });

const HEADER = 'msgid ""\nmsgstr ""\n"Project-Id-Version: x\\n"\n"PO-Revision-Date: 2024-01-01 00:00+0000\\n"\n"Last-Translator: T <t@example.org>\\n"\n"Language: de\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n';

function twoWarnings(): string {
  const dir = mkdtempSync(join(tmpdir(), 'translint-ci-'));
  writeFileSync(join(dir, 'de.po'), `${HEADER}msgid "Hello "\nmsgstr "Hallo"\n\nmsgid "World "\nmsgstr "Welt"\n`);
  return dir;
}

describe('CI ergonomics', () => {
  it('--max-warnings N fails only when warnings exceed N', async () => {
    const dir = twoWarnings();
    const plain = await cli(['check', 'de.po', '--meaning', 'off', '--format', 'json'], dir);
    const warnings = JSON.parse(plain.stdout).findings.filter((f: { severity: string }) => f.severity === 'warning').length;
    assert.equal(warnings, 2);
    assert.equal(plain.code, 0);
    assert.equal((await cli(['check', 'de.po', '--meaning', 'off', '--max-warnings', '2'], dir)).code, 0);
    assert.equal((await cli(['check', 'de.po', '--meaning', 'off', '--max-warnings', '1'], dir)).code, 1);
    assert.equal((await cli(['check', 'de.po', '--meaning', 'off', '--max-warnings', '0'], dir)).code, 1);
    const bad = await cli(['check', 'de.po', '--max-warnings', 'many'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--max-warnings.*whole number/);
  });

  it('prints no progress when stderr is not a terminal', async () => {
    const dir = twoWarnings();
    const { stderr } = await cli(['check', 'de.po', '--meaning', 'off'], dir);
    assert.equal(stderr, '');
  });

  it('draws progress on a terminal only for long runs, and never under CI', () => {
    let clock = 0;
    let drawn = '';
    const tty = { isTTY: true, columns: 80, write: (s: string) => ((drawn += s), true) };
    const progress = createProgress(tty, {}, { delayMs: 1000, now: () => clock });
    progress.update(1, 10);
    assert.equal(drawn, '', 'nothing in the first second');
    clock = 1500;
    progress.update(5, 10);
    assert.match(drawn, /\r\x1b\[K\[#+-+\] 5\/10 files/);
    progress.done();
    assert.ok(drawn.endsWith('\r\x1b[K'), 'the bar is erased at the end');

    let ci = '';
    const quiet = createProgress({ isTTY: true, write: (s: string) => ((ci += s), true) }, { CI: 'true' }, { delayMs: 0, now: () => (clock += 1000) });
    quiet.update(1, 2);
    quiet.done();
    let pipe = '';
    const piped = createProgress({ isTTY: false, write: (s: string) => ((pipe += s), true) }, {}, { delayMs: 0, now: () => (clock += 1000) });
    piped.update(1, 2);
    assert.equal(ci + pipe, '');
  });

  it('init writes a valid starter config and refuses to overwrite one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-init-'));
    const first = await cli(['init'], dir);
    assert.equal(first.code, 0);
    assert.equal(first.stdout, 'wrote translint.config.json\n');
    const path = join(dir, 'translint.config.json');
    const written = readFileSync(path, 'utf8');
    assert.equal(loadConfigFile(path).sourceLocale, 'en', 'the starter config passes validation');
    const second = await cli(['init'], dir);
    assert.equal(second.code, 2);
    assert.match(second.stderr, /^translint: translint\.config\.json: a config file already exists here/);
    assert.equal(readFileSync(path, 'utf8'), written, 'the existing config is untouched');

    const other = mkdtempSync(join(tmpdir(), 'translint-init-'));
    writeFileSync(join(other, '.translintrc.json'), '{}');
    assert.equal((await cli(['init'], other)).code, 2, 'an existing .translintrc.json counts too');
  });
});
