import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { check } from '../api.js';
import { main } from '../cli/main.js';

const HEADER = 'msgid ""\nmsgstr ""\n"Language: de\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n';
const entry = (source: string, target: string) => `msgid "${source}"\nmsgstr "${target}"\n\n`;

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

function repository(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'translint-changed-'));
  write(dir, files);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'start');
  return dir;
}

const whitespace = (report: Awaited<ReturnType<typeof check>>) => report.findings.filter((f) => f.ruleId === 'whitespace/end').map((f) => `${f.file} ${f.unit.key}`).sort();

describe('--changed-since', () => {
  it('keeps findings on new and changed units only; moved units count as unchanged', async () => {
    const dir = repository({ 'po/de.po': HEADER + entry('A ', 'a') + entry('B ', 'b') + entry('C', 'c'), 'po/fr.po': HEADER.replace('de', 'fr') + entry('A ', 'a') });
    write(dir, { 'po/de.po': HEADER + entry('C', 'c') + entry('B ', 'bb') + entry('A ', 'a') + entry('D ', 'd'), 'po/nl.po': HEADER.replace('de', 'nl') + entry('A ', 'a') });
    const everything = await check(['po'], { cwd: dir, meaning: false });
    assert.deepEqual(whitespace(everything), ['po/de.po A ', 'po/de.po B ', 'po/de.po D ', 'po/fr.po A ', 'po/nl.po A ']);
    const changed = await check(['po'], { cwd: dir, meaning: false, changedSince: 'HEAD' });
    assert.deepEqual(whitespace(changed), ['po/de.po B ', 'po/de.po D ', 'po/nl.po A '], 'fr.po is unchanged, nl.po is new');
    assert.ok(!changed.findings.some((f) => f.file === 'po/fr.po'));
  });

  it('counts a changed source-language file as a change for one-language files', async () => {
    const dir = repository({ 'messages.properties': 'a=Hello\nb=World\n', 'messages_de.properties': 'a=Hallo\nb=Welt\n' });
    write(dir, { 'messages.properties': 'a=Hello \nb=World \n', 'messages_de.properties': 'a=Hallo\nb=Welt\n' });
    const changed = await check(['.'], { cwd: dir, meaning: false, changedSince: 'HEAD' });
    assert.deepEqual(whitespace(changed), ['messages_de.properties a', 'messages_de.properties b']);
    write(dir, { 'messages.properties': 'a=Hello\nb=World\n', 'messages_de.properties': 'a=Hallo \nb=Welt\n' });
    const targetChanged = await check(['.'], { cwd: dir, meaning: false, changedSince: 'HEAD' });
    assert.deepEqual(whitespace(targetChanged), ['messages_de.properties a']);
    assert.ok(targetChanged.findings.every((f) => f.unit.key === 'a'), 'only the unit whose target changed');
  });

  it('rejects a revision git does not know, with exit code 2', async () => {
    const dir = repository({ 'de.po': HEADER + entry('A', 'a') });
    let stderr = '';
    const previous = process.cwd();
    process.chdir(dir);
    try {
      const code = await main(['check', '.', '--changed-since', 'no-such-branch', '--meaning', 'off'], { stdout: { write: () => true }, stderr: { write: (s) => ((stderr += String(s)), true) } });
      assert.equal(code, 2);
      assert.match(stderr, /--changed-since: "no-such-branch" is not a commit/);
    } finally {
      process.chdir(previous);
    }
  });
});
