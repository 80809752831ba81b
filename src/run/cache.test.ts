import assert from 'node:assert/strict';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { check, type TranslintReport } from '../api.js';
import { tempProject } from '../testing/fixtures.js';

const options = { meaning: false, jobs: 1, cache: '.translintcache' };

/** Rewrites the message of every cached finding, so a run can tell cached results from fresh ones. */
function markCachedFindings(dir: string): void {
  const path = join(dir, '.translintcache');
  const data = JSON.parse(readFileSync(path, 'utf8')) as { entries: Record<string, { result: { findings: { message: string }[] } }> };
  for (const entry of Object.values(data.entries)) for (const finding of entry.result.findings) finding.message = `cached: ${finding.message}`;
  writeFileSync(path, JSON.stringify(data));
}

const messages = (report: TranslintReport, file: string) => report.findings.filter((finding) => finding.file.endsWith(file)).map((finding) => finding.message);

describe('--cache', () => {
  it('reuses results of unchanged files and checks changed ones again', async () => {
    const dir = tempProject({ 'de.po': 'msgid "Hello %s"\nmsgstr "Hallo"\n', 'fr.po': 'msgid "Open %d"\nmsgstr "Ouvrir"\n' });
    const first = await check(['.'], { ...options, cwd: dir });
    assert.ok(existsSync(join(dir, '.translintcache')));
    markCachedFindings(dir);
    writeFileSync(join(dir, 'fr.po'), 'msgid "Open %d"\nmsgstr "Ouvrir %s"\n');
    const second = await check(['.'], { ...options, cwd: dir });
    assert.deepEqual(messages(second, 'de.po'), messages(first, 'de.po').map((message) => `cached: ${message}`));
    assert.ok(messages(second, 'fr.po').length > 0 && messages(second, 'fr.po').every((message) => !message.startsWith('cached:')));
    assert.equal(second.summary.files, 2);
  });

  it('works with worker threads', async () => {
    const dir = tempProject({ 'de.po': 'msgid "Hello %s"\nmsgstr "Hallo"\n', 'fr.po': 'msgid "Open %d"\nmsgstr "Ouvrir"\n', 'it.po': 'msgid "Open"\nmsgstr "Apri"\n' });
    const first = await check(['.'], { ...options, jobs: 2, cwd: dir });
    markCachedFindings(dir);
    writeFileSync(join(dir, 'fr.po'), 'msgid "Open %d"\nmsgstr "Ouvrir %s"\n');
    const second = await check(['.'], { ...options, jobs: 2, cwd: dir });
    assert.deepEqual(messages(second, 'de.po'), messages(first, 'de.po').map((message) => `cached: ${message}`));
    assert.ok(messages(second, 'fr.po').every((message) => !message.startsWith('cached:')));
  });

  it('compares bytes when only the modification time changed', async () => {
    const dir = tempProject({ 'de.po': 'msgid "Hello %s"\nmsgstr "Hallo"\n' });
    await check(['.'], { ...options, cwd: dir });
    markCachedFindings(dir);
    utimesSync(join(dir, 'de.po'), new Date(), new Date(Date.now() + 60_000));
    const report = await check(['.'], { ...options, cwd: dir });
    assert.ok(messages(report, 'de.po').every((message) => message.startsWith('cached:')));
  });

  it('checks again when the rules change', async () => {
    const dir = tempProject({ 'de.po': 'msgid "Hello %s"\nmsgstr "Hallo"\n' });
    await check(['.'], { ...options, cwd: dir });
    markCachedFindings(dir);
    writeFileSync(join(dir, 'translint.config.json'), '{"rules": {"placeholder/printf": "warning"}}');
    const report = await check(['.'], { ...options, cwd: dir });
    assert.ok(report.findings.some((finding) => finding.ruleId === 'placeholder/printf' && finding.severity === 'warning' && !finding.message.startsWith('cached:')));
  });

  it('checks a one-language file again when its source-language file changes', async () => {
    const dir = tempProject({ 'en.json': '{"greeting": "Hello"}', 'de.json': '{"greeting": "Hallo"}' });
    const first = await check(['.'], { ...options, cwd: dir });
    assert.deepEqual(messages(first, 'de.json'), []);
    writeFileSync(join(dir, 'en.json'), '{"greeting": "Hello, and open the file now"}');
    const second = await check(['.'], { ...options, cwd: dir });
    assert.ok(messages(second, 'de.json').length > 0, 'de.json is now far shorter than its new source');
  });

  it('ignores a broken cache file and rewrites it', async () => {
    const dir = tempProject({ 'de.po': 'msgid "Hello %s"\nmsgstr "Hallo"\n', '.translintcache': '{not json' });
    const report = await check(['.'], { ...options, cwd: dir });
    assert.ok(report.findings.length > 0);
    assert.doesNotThrow(() => JSON.parse(readFileSync(join(dir, '.translintcache'), 'utf8')));
  });
});
