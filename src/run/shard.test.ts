import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { check, type TranslintReport } from '../api.js';
import { tempProject, runCli } from '../testing/fixtures.js';
import { mergeReports } from './merge.js';
import { inShard, parseShard } from './shard.js';

function withoutDuration(report: TranslintReport): unknown {
  return { ...report, summary: { ...report.summary, durationMs: 0 } };
}

const cli = (args: string[], cwd: string) => runCli(args, cwd);

describe('--shard', () => {
  it('parses K/N and rejects shares that do not exist', () => {
    assert.deepEqual(parseShard('2/4'), { index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', '2', 'a/b', '1/2/3']) assert.throws(() => parseShard(bad), /--shard/);
  });

  it('puts every path in exactly one share', () => {
    const paths = Array.from({ length: 500 }, (_, i) => `po/${i}/de.po`);
    for (const count of [1, 2, 3, 7]) {
      for (const path of paths) {
        const shares = Array.from({ length: count }, (_, k) => inShard(path, { index: k + 1, count })).filter(Boolean);
        assert.equal(shares.length, 1);
      }
    }
    const sizes = [1, 2, 3].map((index) => paths.filter((path) => inShard(path, { index, count: 3 })).length);
    assert.ok(sizes.every((size) => size > 120), `shares are roughly even: ${sizes}`);
  });

  it('merged shards equal the unsharded run', async () => {
    const whole = await check(['fixtures', 'examples'], { jobs: 1 });
    for (const count of [2, 3, 5]) {
      const shards = [];
      for (let index = 1; index <= count; index++) shards.push(await check(['fixtures', 'examples'], { jobs: 1, shard: { index, count } }));
      assert.ok(shards.every((shard) => shard.summary.files < whole.summary.files), 'each shard checks only part of the files');
      assert.deepEqual(withoutDuration(mergeReports(shards)), withoutDuration(whole));
    }
  });

  it('translint merge renders the shards\' JSON reports in any format with the unsharded exit code', async () => {
    const dir = tempProject({
      'po/de.po': 'msgid "Hello %s"\nmsgstr "Hallo"\n',
      'po/fr.po': 'msgid "Hello"\nmsgstr "Bonjour"\n',
      'po/ru.po': 'msgid "Save"\nmsgstr "Сохранить"\n',
      'po/it.po': 'msgid "Open %d files"\nmsgstr "Apri %s file"\n',
    });
    const whole = await cli(['check', 'po', '--meaning', 'off', '--format', 'json', '-o', 'whole.json'], dir);
    for (const k of [1, 2]) assert.notEqual((await cli(['check', 'po', '--meaning', 'off', '--shard', `${k}/2`, '--format', 'json', '-o', `shard-${k}.json`], dir)).code, 2);
    const merged = await cli(['merge', 'shard-1.json', 'shard-2.json', '--format', 'json', '-o', 'merged.json'], dir);
    assert.equal(merged.code, whole.code);
    const read = (name: string) => withoutDuration(JSON.parse(readFileSync(join(dir, name), 'utf8')) as TranslintReport);
    assert.deepEqual(read('merged.json'), read('whole.json'));
    const sarif = await cli(['merge', 'shard-1.json', 'shard-2.json', '--format', 'sarif'], dir);
    assert.equal(JSON.parse(sarif.stdout).runs[0].results.length, (read('whole.json') as TranslintReport).findings.length);
  });

  it('translint merge names a file that is not a JSON report, with exit code 2', async () => {
    const dir = tempProject({ 'notes.json': '{"hello": 1}' });
    writeFileSync(join(dir, 'broken.json'), '{');
    for (const name of ['notes.json', 'broken.json', 'missing.json']) {
      const { code, stderr } = await cli(['merge', name], dir);
      assert.equal(code, 2);
      assert.match(stderr, new RegExp(`^translint: ${name.replace('.', '\\.')}: `));
    }
  });
});
