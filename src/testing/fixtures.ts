import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TranslintReport } from '../api.js';
import { main } from '../cli/main.js';
import type { Finding } from '../core/finding.js';
import { TranslintError } from '../core/errors.js';
import assert from 'node:assert/strict';

/** A temporary directory holding `files` (relative path -> text), for tests that run whole checks. */
export function tempProject(files: Record<string, string | Buffer>, prefix = 'translint-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** A plausible printf finding for reporter tests; `overrides` change any field. */
export function sampleFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'placeholder/printf',
    severity: 'error',
    message: 'missing %d',
    file: 'po/de.po',
    line: 12,
    column: 8,
    unit: { key: 'Deleted %d files', source: 'Deleted %d files', target: 'Dateien gelöscht', locale: 'de' },
    ...overrides,
  };
}

/** A report around `findings`, as `check()` would return it. */
export function sampleReport(findings: Finding[], errors: TranslintReport['errors'] = [], summary: { files?: number; durationMs?: number } = {}): TranslintReport {
  return {
    tool: { name: 'translint', version: '0.1.0' },
    findings,
    summary: { files: summary.files ?? 1, units: 3, findings: findings.length, errors: errors.length, durationMs: summary.durationMs ?? 5 },
    errors,
  };
}

/** Runs the CLI in this process from `cwd` and returns its exit code and what it printed. */
export async function runCli(args: string[], cwd: string, options: { stderrIsTTY?: boolean } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    const code = await main(args, { stdout: { write: (s) => ((stdout += String(s)), true) }, stderr: { write: (s) => ((stderr += String(s)), true), isTTY: options.stderrIsTTY ?? false } });
    return { code, stdout, stderr };
  } finally {
    process.chdir(previous);
  }
}

/** The TranslintError `run` throws (failing the test if it throws anything else or nothing), checking the file it names. */
export function thrownTranslintError(run: () => unknown, file?: string): TranslintError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof TranslintError, `expected TranslintError, got ${error}`);
    if (file !== undefined) assert.equal(error.file, file);
    return error;
  }
  assert.fail('expected a TranslintError');
}
