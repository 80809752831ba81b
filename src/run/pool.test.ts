import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, type TranslintReport } from '../api.js';
import { tempProject } from '../testing/fixtures.js';

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
