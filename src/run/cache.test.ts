import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { check, type CheckOptions, type TranslintReport } from '../api.js';
import { TranslintError } from '../core/errors.js';
import { runCli, tempProject } from '../testing/fixtures.js';
import { buildStamp, version } from '../version.js';

const options = { meaning: false, jobs: 1, cache: '.translintcache' };

/** Several findings per file (some on one line), a one-language pair, a file with no findings and one that cannot be parsed. */
const project = {
  'po/de.po': 'msgid "Hello %s"\nmsgstr "Hallo"\n\nmsgid "Open %d files"\nmsgstr "Öffne  %s Dateien!"\n\nmsgid "Save"\nmsgstr "Speichern "\n',
  'po/fr.po': 'msgid "Open %d"\nmsgstr "Ouvrir"\n\nmsgid "Close"\nmsgstr "close"\n',
  'po/it.po': 'msgid "Open"\nmsgstr "Apri"\n',
  'po/broken.po': 'msgid "Open\nmsgstr "Apri"\n',
  'i18n/en.json': '{"greeting": "Hello, %s!", "bye": "Goodbye"}',
  'i18n/de.json': '{"greeting": "Hallo!", "bye": "Tschüss "}',
};

/** The CLI's report of `dir` in `format`, with the run time taken out (the only field that may differ). */
async function report(dir: string, args: string[], format = 'json'): Promise<string> {
  const { code, stdout, stderr } = await runCli(['check', '.', '--format', format, '--meaning', 'off', ...args], dir);
  assert.ok(code === 1 || code === 2, `exit code ${code}: ${stderr}`);
  return stdout.replace(/"durationMs": \d+/, '"durationMs": 0').replace(/· \d+ ms/, '· 0 ms').replace(/ time="[\d.]+"/, '');
}

/** How many files a --cache run checks rather than takes from the cache (the progress callback counts only those). */
async function freshlyChecked(dir: string, extra: CheckOptions = {}): Promise<number> {
  let total = -1;
  await check(['.'], { ...options, ...extra, cwd: dir, onProgress: (_, all) => (total = all) });
  return total;
}

function withoutDuration(report: TranslintReport): unknown {
  return { ...report, summary: { ...report.summary, durationMs: 0 } };
}

const packsIn = (cache: string) => readdirSync(cache).filter((name) => name.endsWith('.pack'));
const packs = (dir: string) => packsIn(join(dir, '.translintcache'));

/** Marks every cached finding's message (same byte length, so pack offsets stay right), to tell cached findings from fresh ones. */
function markCachedFindings(dir: string): void {
  for (const name of packs(dir)) {
    const path = join(dir, '.translintcache', name);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll('"message": "', '"message":"*'));
  }
}

const messages = (report: TranslintReport, file: string) => report.findings.filter((finding) => finding.file.endsWith(file)).map((finding) => finding.message);

describe('--cache', () => {
  for (const jobs of ['1', '2']) {
    it(`a warm run reports exactly what a run without the cache does (--jobs ${jobs}), in every format and through the API`, async () => {
      const dir = tempProject(project);
      const cold = await report(dir, ['--jobs', jobs]);
      assert.equal(await report(dir, ['--jobs', jobs, '--cache']), cold, 'the run that fills the cache');
      assert.equal(await report(dir, ['--jobs', jobs, '--cache']), cold, 'the run that reads it');
      assert.equal(await freshlyChecked(dir), 1, 'only the file that cannot be parsed is read again');
      for (const format of ['text', 'sarif', 'junit']) assert.equal(await report(dir, ['--jobs', jobs, '--cache'], format), await report(dir, ['--jobs', jobs], format), format);
      assert.equal(await report(dir, ['--jobs', jobs, '--cache', '-q'], 'text'), await report(dir, ['--jobs', jobs, '-q'], 'text'));
      const api = await check(['.'], { ...options, jobs: Number(jobs), cwd: dir });
      assert.deepEqual(withoutDuration(api), withoutDuration(await check(['.'], { meaning: false, cwd: dir })), 'the API returns the same findings as objects');
      assert.ok(api.findings.length > 5);
    });
  }

  it('checks a changed file again and takes the others from the cache', async () => {
    const dir = tempProject(project);
    const first = await check(['.'], { ...options, cwd: dir });
    markCachedFindings(dir);
    writeFileSync(join(dir, 'po/fr.po'), 'msgid "Open %d"\nmsgstr "Ouvrir %s"\n');
    const second = await check(['.'], { ...options, cwd: dir });
    assert.deepEqual(messages(second, 'de.po'), messages(first, 'de.po').map((message) => `*${message}`));
    assert.ok(messages(second, 'fr.po').length > 0 && messages(second, 'fr.po').every((message) => !message.startsWith('*')));
    assert.equal(second.summary.files, 6);
  });

  it('a warm run with one changed file reports what a run without the cache does, and leaves the stored findings of the others as they were', async () => {
    for (const jobs of ['1', '2']) {
      const dir = tempProject(project);
      await report(dir, ['--jobs', jobs, '--cache']);
      const [pack] = packs(dir);
      const written = statSync(join(dir, '.translintcache', pack!)).mtimeMs;
      writeFileSync(join(dir, 'po/fr.po'), 'msgid "Open %d"\nmsgstr "Ouvrir %s"\n\nmsgid "Close"\nmsgstr "Fermer."\n');
      assert.equal(await report(dir, ['--jobs', jobs, '--cache']), await report(dir, ['--jobs', jobs]));
      assert.equal(statSync(join(dir, '.translintcache', pack!)).mtimeMs, written, 'the first pack is not rewritten');
      assert.equal(packs(dir).length, 2, "the changed file's findings go to a new pack");
      assert.equal(await freshlyChecked(dir), 1);
    }
  });

  it('keeps its packs small: findings of files changed since are dropped, and packs are joined', async () => {
    const dir = tempProject(project);
    await report(dir, ['--cache']);
    const packBytes = () => packs(dir).reduce((sum, name) => sum + statSync(join(dir, '.translintcache', name)).size, 0);
    const fresh = packBytes();
    const files = ['po/de.po', 'po/fr.po', 'po/it.po', 'i18n/de.json'];
    for (let run = 0; run < 24; run++) {
      const file = join(dir, files[run % files.length]!);
      // Same findings, other bytes: a comment (PO) or trailing space outside the JSON value.
      writeFileSync(file, readFileSync(file, 'utf8') + (file.endsWith('.po') ? '\n# edit\n' : ' '));
      assert.equal(await report(dir, ['--cache']), await report(dir, []), `run ${run}`);
      assert.ok(packs(dir).length <= 16, `run ${run}: ${packs(dir).length} packs`);
      assert.ok(packBytes() <= 2 * fresh, `run ${run}: ${packBytes()} bytes of packs for ${fresh} of findings`);
    }
  });

  it('compares bytes when only the modification time changed', async () => {
    const dir = tempProject({ 'de.po': 'msgid "Hello %s"\nmsgstr "Hallo"\n' });
    await check(['.'], { ...options, cwd: dir });
    markCachedFindings(dir);
    utimesSync(join(dir, 'de.po'), new Date(), new Date(Date.now() + 60_000));
    const report = await check(['.'], { ...options, cwd: dir });
    assert.ok(messages(report, 'de.po').length > 0 && messages(report, 'de.po').every((message) => message.startsWith('*')));
  });

  it('checks again when the rules change', async () => {
    const dir = tempProject({ 'de.po': 'msgid "Hello %s"\nmsgstr "Hallo"\n' });
    await check(['.'], { ...options, cwd: dir });
    markCachedFindings(dir);
    writeFileSync(join(dir, 'translint.config.json'), '{"rules": {"placeholder/printf": "warning"}}');
    const report = await check(['.'], { ...options, cwd: dir });
    assert.ok(report.findings.some((finding) => finding.ruleId === 'placeholder/printf' && finding.severity === 'warning' && !finding.message.startsWith('*')));
  });

  it('checks again when run from another directory (findings name files relative to it)', async () => {
    const dir = tempProject(project);
    await report(dir, ['--cache', '--cache-location', join(dir, 'cache')]);
    const { stdout } = await runCli(['check', '.', '--format', 'json', '--meaning', 'off', '--cache-location', join(dir, 'cache')], join(dir, 'po'));
    const { stdout: cold } = await runCli(['check', '.', '--format', 'json', '--meaning', 'off'], join(dir, 'po'));
    const files = (text: string) => (JSON.parse(text) as TranslintReport).findings.map((finding) => finding.file);
    assert.deepEqual(files(stdout), files(cold));
    assert.ok(files(stdout).includes('de.po'));
  });

  it('checks a one-language file again when its source-language file changes', async () => {
    const dir = tempProject(project);
    await report(dir, ['--cache']);
    writeFileSync(join(dir, 'i18n/en.json'), '{"greeting": "Hello, %s! Open the file now and read it", "bye": "Goodbye"}');
    const warm = await report(dir, ['--cache']);
    assert.equal(warm, await report(dir, []));
    assert.match(warm, /"file": "i18n\/de\.json"[^}]*"line"/);
  });

  it('checks again when a glossary changes', async () => {
    const dir = tempProject({});
    cpSync(fileURLToPath(new URL('../../examples/reset-button', import.meta.url)), dir, { recursive: true });
    const run = async (cache: boolean) => (await runCli(['check', '.', '--format', 'json', ...(cache ? ['--cache'] : [])], dir)).stdout.replace(/"durationMs": \d+/, '');
    const before = await run(true);
    assert.match(before, /meaning\/sense/);
    writeFileSync(join(dir, 'glossary.csv'), 'source,target,note\nrelations,отношения,\n');
    const after = await run(true);
    assert.equal(after, await run(false));
    assert.notEqual(after, before);
  });

  it('starts empty, silently, when the cache is broken, cut short, gone or from an older translint', async () => {
    const breakers: Record<string, (cache: string) => void> = {
      'index not JSON': (cache) => writeFileSync(join(cache, 'index'), '{not json'),
      'index of another layout': (cache) => writeFileSync(join(cache, 'index'), '{"translint": "0.1.0", "entries": {}}'),
      'pack cut short': (cache) => truncateSync(join(cache, packsIn(cache)[0]!), 100),
      'pack gone': (cache) => unlinkSync(join(cache, packsIn(cache)[0]!)),
      // Older versions kept one JSON file where the directory now is.
      'a cache file of an older translint': (cache) => {
        rmSync(cache, { recursive: true });
        writeFileSync(cache, '{"translint": "0.1.0", "entries": {}}');
      },
    };
    for (const [name, breakCache] of Object.entries(breakers)) {
      const dir = tempProject(project);
      const cold = await report(dir, []);
      await report(dir, ['--cache']);
      breakCache(join(dir, '.translintcache'));
      assert.equal(await report(dir, ['--cache']), cold, name);
      assert.equal(await report(dir, ['--cache']), cold, `${name}: the cache written again`);
      assert.equal(await freshlyChecked(dir), 1, `${name}: the cache works again`);
    }
  });

  it('does not reuse the results of another build of the same version', async () => {
    const dir = tempProject(project);
    const cold = await report(dir, []);
    await report(dir, ['--cache']);
    // A reused cache would now show these marked messages.
    markCachedFindings(dir);
    const indexPath = join(dir, '.translintcache', 'index');
    const index = JSON.parse(readFileSync(indexPath, 'utf8')) as { translint: string };
    assert.equal(index.translint, buildStamp());
    index.translint = `${version}+another-build`;
    writeFileSync(indexPath, JSON.stringify(index));
    assert.equal(await report(dir, ['--cache']), cold);
  });

  it('says so in one line when the cache cannot be written', async () => {
    const dir = tempProject({ 'de.po': 'msgid "Hello %s"\nmsgstr "Hallo"\n' });
    const { code, stderr } = await runCli(['check', '.', '--meaning', 'off', '--cache-location', 'no/such/dir/cache'], dir);
    assert.equal(code, 2);
    assert.match(stderr, /^translint: \S*no\/such\/dir\/cache: cannot write the cache: ENOENT\n$/);
  });

  it('says which file holds stored findings that are not JSON when a report needs them as objects', async () => {
    const dir = tempProject({ 'de.po': 'msgid "Hello %s"\nmsgstr "Hallo"\n' });
    await check(['.'], { ...options, cwd: dir });
    for (const name of packs(dir)) {
      const path = join(dir, '.translintcache', name);
      writeFileSync(path, readFileSync(path, 'utf8').replace('"ruleId"', '"ruleId '));
    }
    await assert.rejects(check(['.'], { ...options, cwd: dir }), (error: unknown) => error instanceof TranslintError && error.file === 'de.po' && /stored in the cache are not valid JSON; delete the cache directory/.test(error.message));
  });
});
