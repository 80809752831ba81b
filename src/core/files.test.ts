import assert from 'node:assert/strict';
import { closeSync, ftruncateSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TranslintError } from './errors.js';
import { MAX_FILE_BYTES, readInputFile } from './files.js';

describe('readInputFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'translint-files-'));

  it('reads a file whole', () => {
    writeFileSync(join(dir, 'de.po'), 'msgid "a"\nmsgstr "b"\n');
    assert.equal(readInputFile(join(dir, 'de.po'), 'de.po').toString(), 'msgid "a"\nmsgstr "b"\n');
  });

  it('refuses a file over the size limit without reading it, naming the file', () => {
    const path = join(dir, 'huge.xlf');
    const descriptor = openSync(path, 'w');
    ftruncateSync(descriptor, MAX_FILE_BYTES + 1); // sparse: costs no disk
    closeSync(descriptor);
    assert.throws(() => readInputFile(path, 'l10n/huge.xlf'), (error: unknown) => error instanceof TranslintError && error.file === 'l10n/huge.xlf' && /too large/.test(error.message));
  });

  it('turns a directory or a missing file into a TranslintError', () => {
    assert.throws(() => readInputFile(dir, 'dir.po'), (error: unknown) => error instanceof TranslintError && /EISDIR/.test(error.message));
    assert.throws(() => readInputFile(join(dir, 'none.po'), 'none.po'), (error: unknown) => error instanceof TranslintError && /ENOENT/.test(error.message));
  });
});
