import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempProject, runCli } from '../testing/fixtures.js';

const project = (files: Record<string, string>): string => tempProject(files, 'translint-cli-');

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(repoRoot, 'bin/translint.js');

const run = (args: string[], cwd = repoRoot) => runCli(args, cwd);

const PO_HEADER = 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n';

describe('translint CLI', () => {
  it('exits 1 on the bundled example and shows the printf finding', async () => {
    const { code, stdout } = await run(['check', 'examples/reset-button']);
    assert.equal(code, 1);
    assert.match(stdout, /examples\/reset-button\/ru\.po:\d+:\d+: error placeholder\/printf: %s where the source has %d/);
  });

  it('prints the JSON contract', async () => {
    const { code, stdout } = await run(['check', 'examples/reset-button', '--format', 'json']);
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.deepEqual(Object.keys(report.tool), ['name', 'version']);
    assert.equal(report.tool.name, 'translint');
    const printf = report.findings.find((f: { ruleId: string }) => f.ruleId === 'placeholder/printf');
    assert.ok(printf);
    for (const key of ['ruleId', 'severity', 'message', 'file', 'line', 'column', 'unit']) assert.ok(key in printf, key);
    assert.deepEqual(Object.keys(printf.unit).sort(), ['key', 'locale', 'source', 'target']);
    assert.equal(printf.unit.locale, 'ru');
    assert.equal(printf.file, 'examples/reset-button/ru.po');
    assert.equal(report.summary.files, 1);
    assert.ok(report.summary.units >= 3);
    assert.equal(report.summary.findings, report.findings.length);
    assert.equal(typeof report.summary.durationMs, 'number');
  });

  it('exits 0 when nothing reaches --fail-on, 1 when something does', async () => {
    const dir = project({ 'fr.po': `${PO_HEADER}msgid "Name "\nmsgstr "Nom"\n` });
    assert.equal((await run(['check', '.'], dir)).code, 0);
    assert.equal((await run(['check', '.', '--fail-on', 'warning'], dir)).code, 1);
  });

  it('exits 2 naming file and line for a broken file, and still checks the others', async () => {
    const dir = project({ 'a/fr.po': `${PO_HEADER}msgid "x"\nmsgstr "unterminated\n`, 'b/fr.po': `${PO_HEADER}#, c-format\nmsgid "%d"\nmsgstr "x"\n` });
    const { code, stdout, stderr } = await run(['check', '.'], dir);
    assert.equal(code, 2);
    assert.match(stderr, /^translint: a\/fr\.po:7:\d+: string is not terminated/m);
    assert.doesNotMatch(stderr, /\n\s+at /);
    assert.match(stdout, /b\/fr\.po:\d+:\d+: error placeholder\/printf/);
  });

  it('exits 2 for usage errors and missing paths', async () => {
    assert.equal((await run(['check', '--format', 'nope'])).code, 2);
    const missing = await run(['check', 'no/such/dir']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no\/such\/dir: no such file or directory/);
  });

  it('honours config: rule levels, overrides, ignore, and explains invalid config', async () => {
    const dir = project({
      'translint.config.json': JSON.stringify({ rules: { 'whitespace/end': 'error' }, overrides: [{ files: ['legacy/**'], rules: { 'whitespace/end': 'off' } }], ignore: ['vendor/'] }),
      'fr.po': `${PO_HEADER}msgid "Name "\nmsgstr "Nom"\n`,
      'legacy/fr.po': `${PO_HEADER}msgid "Name "\nmsgstr "Nom"\n`,
      'vendor/fr.po': `${PO_HEADER}msgid "Name "\nmsgstr "Nom"\n`,
    });
    const { code, stdout } = await run(['check', '--format', 'json'], dir);
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    const endFindings = report.findings.filter((f: { ruleId: string }) => f.ruleId === 'whitespace/end');
    assert.deepEqual(endFindings.map((f: { file: string; severity: string }) => `${f.file} ${f.severity}`), ['fr.po error']);
    assert.equal(report.summary.files, 2);

    const bad = project({ 'translint.config.json': JSON.stringify({ rules: { 'no/such-rule': 'error', 'whitespace/end': 'loud' }, colour: true }) });
    const invalid = await run(['check', '.'], bad);
    assert.equal(invalid.code, 2);
    assert.match(invalid.stderr, /translint\.config\.json: invalid config: unknown key "colour".*unknown rule "no\/such-rule".*"loud" is not one of/);
  });

  it('respects .gitignore while walking', async () => {
    const dir = project({ '.gitignore': 'build/\n', 'build/fr.po': `${PO_HEADER}msgid "a "\nmsgstr "b"\n`, 'fr.po': `${PO_HEADER}msgid "a"\nmsgstr "b"\n` });
    const report = JSON.parse((await run(['check', '--format', 'json'], dir)).stdout);
    assert.equal(report.summary.files, 1);
  });

  it('lists rules with their peer names as JSON', async () => {
    const { code, stdout } = await run(['rules', '--format', 'json']);
    assert.equal(code, 0);
    const { rules } = JSON.parse(stdout);
    const printf = rules.find((r: { id: string }) => r.id === 'placeholder/printf');
    assert.deepEqual(printf.peers.pofilter, ['printf']);
    assert.deepEqual(Object.keys(printf.peers), ['pofilter', 'weblate', 'okapi', 'i18nspector', 'msgfmt', 'poexam']);
    for (const rule of rules) assert.ok(rule.id && rule.severity && rule.summary, rule.id);
  });

  it('cat writes a file back byte-identical', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-cat-'));
    const source = join(repoRoot, 'fixtures/po/latin1.po');
    const out = join(dir, 'out.po');
    assert.equal((await run(['cat', source, out])).code, 0);
    assert.ok(readFileSync(out).equals(readFileSync(source)));
  });

  it('runs as a real process with --version and exit codes', () => {
    const version = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    assert.equal(version.status, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+/);
    const checked = spawnSync(process.execPath, [bin, 'check', 'examples/reset-button'], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(checked.status, 1);
  });
});
