import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { check, type TranslintReport } from '../api.js';
import { tempProject } from '../testing/fixtures.js';
import { checkInWorkers, FileQueue, type PooledResult } from './pool.js';

/** A report without its timing, which differs run to run. */
function stable(report: TranslintReport): Omit<TranslintReport, 'summary'> & { summary: Omit<TranslintReport['summary'], 'durationMs'> } {
  const { durationMs: _, ...summary } = report.summary;
  return { ...report, summary };
}

describe('worker threads', () => {
  it('report the same findings, errors and counts as one thread, over every fixture format', async () => {
    const one = await check(['fixtures', 'examples'], { jobs: 1 });
    const three = await check(['fixtures', 'examples'], { jobs: 3 });
    assert.ok(one.findings.length > 50 && one.summary.files > 20, 'the fixtures give the pool real work');
    assert.deepEqual(stable(three), stable(one));
  });

  it('return broken and unknown files as errors naming them, and keep checking the rest', async () => {
    const dir = tempProject({
      'po/de.po': 'msgid "Hello %s"\nmsgstr "Hallo"\n',
      'po/fr.po': 'msgid "Hello"\nmsgstr "Bonjour\n',
      'po/ru.po': 'msgid "Hello"\nmsgstr "Привет"\n',
    });
    const one = await check([dir], { jobs: 1, meaning: false });
    const two = await check([dir], { jobs: 2, meaning: false });
    assert.deepEqual(stable(two), stable(one));
    assert.equal(two.errors.length, 1);
    assert.match(two.errors[0]!.file!, /fr\.po$/);
    assert.ok(two.findings.some((finding) => finding.ruleId === 'placeholder/printf' && finding.file.endsWith('de.po')));
  });

  it('stop the run with our error when a config a file uses is broken', async () => {
    const dir = tempProject({ 'a/de.po': 'msgid "a"\nmsgstr "b"\n', 'b/translint.config.json': '{"rules": 3}', 'b/de.po': 'msgid "a"\nmsgstr "b"\n' });
    await assert.rejects(check([dir], { jobs: 2, cwd: dir }), (error: Error) => error.name === 'TranslintError' && /rules/.test(error.message));
  });
});

describe('worker memory limit', () => {
  it('checks again, without the limit, the files a worker ran out of memory on', async () => {
    const entries = Array.from({ length: 3000 }, (_, i) => `msgid "Delete %d file number ${i}"\nmsgstr "Datei Nummer ${i} löschen"\n`).join('\n');
    const dir = tempProject({ 'po/de.po': entries, 'po/fr.po': 'msgid "Hello %s"\nmsgstr "Bonjour"\n', 'po/ru.po': 'msgid "Open"\nmsgstr "Открыть"\n' });
    const files = ['po/de.po', 'po/fr.po', 'po/ru.po'].map((name) => ({ absolute: join(dir, name), display: name }));
    const options = { cwd: dir, meaning: false };
    const lost: string[] = [];
    const limited = await checkInWorkers(files, options, 2, { oldGenerationMb: 2, onOutOfMemory: (held) => lost.push(...held.map((file) => file.display)) });
    const unlimited = await checkInWorkers(files, options, 2);
    assert.ok(lost.includes('po/de.po'), `a 2 MB old generation cannot hold the big file (out of memory on: ${lost.join(', ') || 'nothing'})`);
    assert.deepEqual(limited.map(summary), unlimited.map(summary));
    assert.equal(unlimited[0]!.units, 3000);
    assert.ok(unlimited[0]!.stored!.severities.error >= 3000, 'every unit lost its %d');
  });
});

function summary(result: PooledResult | undefined): unknown {
  return result && { file: result.file, units: result.units, error: result.error?.message, severities: result.stored?.severities, text: result.stored?.text.text() };
}

describe('FileQueue', () => {
  // Sizes make the order visible: 'de' has the most bytes, then 'fr', then 'ru'.
  const dir = tempProject({
    'a/de.po': 'x'.repeat(900), 'b/de.po': 'x'.repeat(800), 'c/de.po': 'x'.repeat(700),
    'a/fr.po': 'x'.repeat(600), 'b/fr.po': 'x'.repeat(500),
    'a/ru.po': 'x'.repeat(400),
  });
  const files = ['a/de.po', 'b/de.po', 'c/de.po', 'a/fr.po', 'b/fr.po', 'a/ru.po'].map((path) => ({ absolute: join(dir, path), display: path }));
  const name = (index: number | undefined) => (index === undefined ? undefined : files[index]!.display);

  it('keeps each language on the worker that started it, until every language is started', () => {
    const queue = new FileQueue(files, true);
    const taken = [queue.next(0), queue.next(1), queue.next(1), queue.next(1), queue.next(1), queue.next(0), queue.next(0)].map(name);
    // Worker 0 starts de (most work), worker 1 fr; fr runs out, so worker 1 starts ru; with
    // every language started, it helps with de.
    assert.deepEqual(taken, ['a/de.po', 'a/fr.po', 'b/fr.po', 'a/ru.po', 'b/de.po', 'c/de.po', undefined]);
  });

  it('hands out every file once, biggest first, when languages do not matter', () => {
    const queue = new FileQueue(files, false);
    const taken = [queue.next(0), queue.next(1), queue.next(0), queue.next(1), queue.next(0), queue.next(1), queue.next(0)].map(name);
    assert.deepEqual(taken, ['a/de.po', 'b/de.po', 'c/de.po', 'a/fr.po', 'b/fr.po', 'a/ru.po', undefined]);
  });
});
