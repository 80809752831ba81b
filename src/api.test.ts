import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import * as translint from './index.js';
import type { Finding, TranslintReport } from './index.js';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

function withoutDuration(report: TranslintReport): unknown {
  const copy = JSON.parse(JSON.stringify(report)) as TranslintReport;
  delete (copy.summary as Partial<TranslintReport['summary']>).durationMs;
  return copy;
}

describe('Node API', () => {
  it('check() returns what `translint check --format json` prints for the example', async () => {
    const cli = promisify(execFile)(process.execPath, ['bin/translint.js', 'check', 'examples/reset-button', '--format', 'json'], { cwd: repoRoot }).catch((error: { stdout?: string; code?: number }) => {
      // Exit code 1 (findings) still prints the report.
      if (error.code !== 1 || !error.stdout) throw error;
      return { stdout: error.stdout };
    });
    const previous = process.cwd();
    process.chdir(repoRoot);
    let report: TranslintReport;
    try {
      report = await translint.check(['examples/reset-button']);
    } finally {
      process.chdir(previous);
    }
    const printed = JSON.parse((await cli).stdout) as TranslintReport;
    assert.ok(report.findings.length > 0);
    assert.deepEqual(withoutDuration(report), withoutDuration(printed));
    assert.equal(translint.renderJson(report).replace(/"durationMs": \d+/, ''), (await cli).stdout.replace(/"durationMs": \d+/, ''));
  });

  it('is what `import ... from "translint"` gives', async () => {
    // Node resolves a package's own name through its "exports"; a variable keeps tsc from needing dist/ first.
    const packageName = 'translint';
    assert.equal(await import(packageName), translint);
  });

  it('exports the workflow functions and types a user needs', () => {
    for (const name of ['check', 'renderJson', 'renderText', 'applyFixes', 'readBaseline', 'writeBaseline', 'filterBaseline', 'fingerprint', 'filterChangedSince', 'isSuppressed', 'writeFileAtomic', 'unifiedDiff', 'loadConfig', 'allChecks', 'allFormats', 'TranslintError']) {
      assert.ok(name in translint, name);
    }
    const typed: Finding[] = [];
    assert.deepEqual(typed, []);
  });
});
