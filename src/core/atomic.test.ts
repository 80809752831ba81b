import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { writeFileAtomic } from './atomic.js';

const atomicModule = new URL('./atomic.js', import.meta.url).href;

/**
 * Runs writeFileAtomic(target, <size bytes of "x">) in a child whose fsync announces itself and
 * then hangs, and SIGKILLs the child at that moment: the data is in the temp file, the rename
 * has not happened. `killAfterMs` instead kills it after a delay, wherever it is.
 */
function killedWriter(target: string, size: number, when: { atFsync: true } | { killAfterMs: number }): Promise<NodeJS.Signals | null> {
  const script = `
    import fs from 'node:fs';
    import { syncBuiltinESMExports } from 'node:module';
    if (${'atFsync' in when}) {
      fs.fsyncSync = () => { process.stdout.write('fsync\\n'); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60000); };
      syncBuiltinESMExports();
    }
    const { writeFileAtomic } = await import(${JSON.stringify(atomicModule)});
    process.stdout.write('start\\n');
    writeFileAtomic(${JSON.stringify(target)}, Buffer.alloc(${size}, 'x'));
    process.stdout.write('done\\n');
  `;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if ('atFsync' in when && chunk.includes('fsync')) child.kill('SIGKILL');
      if ('killAfterMs' in when && chunk.includes('start')) setTimeout(() => child.kill('SIGKILL'), when.killAfterMs);
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolvePromise(signal));
  });
}

describe('writeFileAtomic', () => {
  it('replaces the file and keeps its mode', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-atomic-'));
    const target = join(dir, 'ru.po');
    writeFileSync(target, 'old');
    chmodSync(target, 0o640);
    writeFileAtomic(target, 'new text');
    assert.equal(readFileSync(target, 'utf8'), 'new text');
    assert.equal(statSync(target).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(dir), ['ru.po'], 'no temp file is left behind');
  });

  it('leaves the original byte-identical when the process is killed before the rename', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-atomic-'));
    const target = join(dir, 'ru.po');
    const original = Buffer.from('msgid "a"\nmsgstr "б"\n');
    writeFileSync(target, original);
    const signal = await killedWriter(target, 4 << 20, { atFsync: true });
    assert.equal(signal, 'SIGKILL');
    assert.ok(readFileSync(target).equals(original), 'the target still holds the original bytes');
    const leftovers = readdirSync(dir).filter((name) => name !== 'ru.po');
    assert.equal(leftovers.length, 1, 'the half-done work is a separate temp file');
    assert.match(leftovers[0]!, /^\.ru\.po\.[0-9a-f]+\.tmp$/);
  });

  it('never exposes a partial file when killed at an arbitrary moment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-atomic-'));
    const original = Buffer.from('original\n');
    const size = 16 << 20;
    const delays = [0, 5, 20];
    const targets = delays.map((delay) => join(dir, `big-${delay}.po`));
    for (const target of targets) writeFileSync(target, original);
    await Promise.all(delays.map((delay, i) => killedWriter(targets[i]!, size, { killAfterMs: delay })));
    const complete = Buffer.alloc(size, 'x');
    for (const [i, target] of targets.entries()) {
      const now = readFileSync(target);
      assert.ok(now.equals(original) || now.equals(complete), `after a kill at ${delays[i]} ms the file is the old one or the whole new one (${now.length} bytes)`);
    }
  });
});
