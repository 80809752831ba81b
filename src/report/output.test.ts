import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TranslintError } from '../core/errors.js';
import { writeReportFile } from './output.js';

describe('writeReportFile', () => {
  it('replaces the report in one step and leaves no temp file', () => {
    const directory = mkdtempSync(join(tmpdir(), 'translint-output-'));
    const path = join(directory, 'report.sarif');
    writeFileSync(path, 'old');
    writeReportFile(path, '{"version":"2.1.0"}\n');
    assert.equal(readFileSync(path, 'utf8'), '{"version":"2.1.0"}\n');
    assert.deepEqual(readdirSync(directory), ['report.sarif']);
  });

  it('names the file and the reason when it cannot write', () => {
    const directory = mkdtempSync(join(tmpdir(), 'translint-output-'));
    const missing = join(directory, 'no/such/dir/report.xml');
    assert.throws(() => writeReportFile(missing, 'x'), (error: unknown) => error instanceof TranslintError && error.file === missing && /its directory does not exist/.test(error.message));
    mkdirSync(join(directory, 'taken'));
    assert.throws(() => writeReportFile(join(directory, 'taken'), 'x'), (error: unknown) => error instanceof TranslintError && /cannot write the report/.test(error.message));
    assert.deepEqual(readdirSync(directory), ['taken'], 'a failed write leaves no temp file');
  });
});
