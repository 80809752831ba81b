import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { check } from '../api.js';
import type { Finding } from '../core/finding.js';
import { fingerprint, readBaseline, writeBaseline } from './baseline.js';
import { tempProject, runCli } from '../testing/fixtures.js';

const project = (files: Record<string, string>): string => tempProject(files, 'translint-baseline-');

const PO = (hello: string, world: string, padding = '') => `msgid ""\nmsgstr ""\n"Language: de\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n${padding}msgid "Hello "\nmsgstr "${hello}"\n\nmsgid "World "\nmsgstr "${world}"\n\nmsgid "%d files"\nmsgstr "%s Dateien"\n`;

const cli = (args: string[], cwd: string) => runCli(args, cwd);

const finding = (overrides: Partial<Finding['unit']> = {}, ruleId = 'whitespace/end'): Finding => ({
  ruleId, severity: 'warning', message: 'm', file: 'po/de.po', line: 3, column: 8,
  unit: { key: 'Hello ', source: 'Hello ', target: 'Hallo', locale: 'de', ...overrides },
});

describe('baseline', () => {
  it('fingerprints what a finding is about, not where it is', () => {
    const base = fingerprint(finding(), 'po/de.po');
    assert.match(base, /^[0-9a-f]{32}$/);
    assert.equal(fingerprint({ ...finding(), line: 99, column: 1, message: 'reworded' }, 'po/de.po'), base);
    assert.notEqual(fingerprint(finding({ target: 'Hallo!' }), 'po/de.po'), base);
    assert.notEqual(fingerprint(finding({ source: 'Hello  ' }), 'po/de.po'), base);
    assert.notEqual(fingerprint(finding({ context: 'menu' }), 'po/de.po'), base);
    assert.notEqual(fingerprint(finding({ context: '' }), 'po/de.po'), base, 'an empty context is not no context');
    assert.notEqual(fingerprint(finding({}, 'whitespace/start'), 'po/de.po'), base);
    assert.notEqual(fingerprint(finding(), 'po/fr.po'), base);
    const fileLevel = (message: string): Finding => ({ ...finding({ key: '', source: '', target: '' }), message });
    assert.notEqual(fingerprint(fileLevel('no Language field'), 'po/de.po'), fingerprint(fileLevel('no Plural-Forms field'), 'po/de.po'));
  });

  it('round trip: with an updated baseline nothing is reported; changing one target reports exactly that one', async () => {
    const dir = project({ 'po/de.po': PO('Hallo', 'Welt') });
    const before = await check(['po'], { cwd: dir, meaning: false });
    assert.ok(before.findings.length >= 3, 'two whitespace findings and a printf one');
    writeBaseline('translint-baseline.json', before.findings, dir);
    const stored = JSON.parse(readFileSync(join(dir, 'translint-baseline.json'), 'utf8'));
    assert.equal(stored.translintBaseline, 1);
    assert.ok(stored.findings.every((entry: { file: string }) => entry.file === 'po/de.po'), 'paths are relative, with forward slashes');

    const clean = await check(['po'], { cwd: dir, meaning: false, baseline: 'translint-baseline.json' });
    assert.deepEqual(clean.findings, []);
    assert.equal(clean.summary.baselined, before.findings.length);

    // Entries moved down by new lines above them keep their fingerprints.
    writeFileSync(join(dir, 'po/de.po'), PO('Hallo', 'Welt', '# a new comment\n#\n\n'));
    assert.deepEqual((await check(['po'], { cwd: dir, meaning: false, baseline: 'translint-baseline.json' })).findings, []);

    writeFileSync(join(dir, 'po/de.po'), PO('Hallo', 'Erde'));
    const changed = await check(['po'], { cwd: dir, meaning: false, baseline: 'translint-baseline.json' });
    assert.deepEqual(changed.findings.map((f) => `${f.ruleId} ${f.unit.key}`), ['whitespace/end World ']);
    assert.equal(changed.summary.baselined, before.findings.length - 1);
  });

  it('does not depend on the directory translint runs from', async () => {
    const dir = project({ 'po/de.po': PO('Hallo', 'Welt') });
    writeBaseline('po/baseline.json', (await check(['po'], { cwd: dir, meaning: false })).findings, dir);
    const fromInside = await check(['de.po'], { cwd: join(dir, 'po'), meaning: false, baseline: 'baseline.json' });
    assert.deepEqual(fromInside.findings, []);
  });

  it('the CLI writes with --update-baseline, reads with --baseline, and counts baselined findings', async () => {
    const dir = project({ 'de.po': PO('Hallo', 'Welt') });
    const missing = await cli(['check', 'de.po', '--baseline', 'b.json', '--meaning', 'off'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /b\.json: baseline not found; create it with --update-baseline/);
    assert.equal((await cli(['check', 'de.po', '--update-baseline', '--meaning', 'off'], dir)).code, 2, '--update-baseline needs a file');

    const update = await cli(['check', 'de.po', '--baseline', 'b.json', '--update-baseline', '--meaning', 'off'], dir);
    assert.equal(update.code, 0);
    const recorded = Number(/recorded (\d+) findings in b\.json/.exec(update.stderr)?.[1]);
    assert.ok(recorded >= 3);
    assert.equal(readBaseline(join(dir, 'b.json')).size, recorded);
    const again = await cli(['check', 'de.po', '--baseline', 'b.json', '--meaning', 'off'], dir);
    assert.equal(again.code, 0);
    assert.match(again.stdout, new RegExp(`^0 findings .* · ${recorded} baselined · \\d+ ms\\n$`));
    const json = JSON.parse((await cli(['check', 'de.po', '--baseline', 'b.json', '--meaning', 'off', '--format', 'json'], dir)).stdout);
    assert.equal(json.summary.baselined, recorded);

    writeFileSync(join(dir, 'b.json'), '{"findings": 1}');
    const broken = await cli(['check', 'de.po', '--baseline', 'b.json', '--meaning', 'off'], dir);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /not a translint baseline/);
  });
});
