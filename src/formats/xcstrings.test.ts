import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { check } from '../api.js';
import { renderDocument } from '../core/document.js';
import { TranslintError } from '../core/errors.js';
import { parseXcstrings, xcstringsAdapter } from './xcstrings.js';
import { thrownTranslintError } from '../testing/fixtures.js';

const fixture = (): Buffer => readFileSync(new URL('../../fixtures/xcstrings/Localizable.xcstrings', import.meta.url));
const parse = (text: string | Buffer, locale?: string) =>
  parseXcstrings(Buffer.isBuffer(text) ? text : Buffer.from(text), { path: 'App/Localizable.xcstrings', sourceLocale: 'en', ...(locale ? { locale } : {}) });

const catalogOf = (strings: Record<string, unknown>): string => JSON.stringify({ sourceLanguage: 'en', strings, version: '1.0' }, null, 2);
const unitOf = (state: string, value: string) => ({ stringUnit: { state, value } });

function parseError(text: string): TranslintError {
  return thrownTranslintError(() => parse(text));
}

describe('Xcode String Catalog adapter', () => {
  it('makes a unit per key and non-source language, with sources from the source language or the key', () => {
    const catalog = parse(fixture());
    assert.equal(catalog.locale, 'mul');
    assert.equal(catalog.sourceLocale, 'en');
    const find = (key: string, locale: string, context?: string) => catalog.units.find((u) => u.key === key && u.locale === locale && u.context === context)!;
    const deFiles = find('%lld files', 'de');
    assert.equal(deFiles.source, '%lld file');
    assert.equal(deFiles.sourcePlural, '%lld files');
    assert.deepEqual(deFiles.pluralCategories, ['one', 'other']);
    assert.deepEqual(deFiles.targets, ['%lld Datei', '%lld Dateien']);
    assert.deepEqual(deFiles.notes, [{ kind: 'developer', text: 'Number of files in the list' }]);
    const ruFiles = find('%lld files', 'ru');
    assert.deepEqual(ruFiles.pluralCategories, ['one', 'few', 'many', 'other']);
    assert.equal(ruFiles.state, 'fuzzy', 'a form that needs review makes the unit fuzzy');
    const hello = find('Hello, %@!', 'ru');
    assert.equal(hello.source, 'Hello, %@!', 'without a source localization the key is the source');
    assert.equal(hello.targets[0], 'Привет, %@! "Кавычки" é\n');
    assert.deepEqual([hello.spans.targets[0]!.line, hello.spans.targets[0]!.column], [80, 23]);
    const missing = find('Hello, %@!', 'de');
    assert.equal(missing.state, 'untranslated');
    assert.equal(missing.spans.targets[0], undefined);
    assert.equal(find('reset_button', 'de').source, 'Reset');
    assert.equal(find('Device', 'de', 'device:iphone').targets[0], 'iPhone-Text');
    const substitution = find('Found %#@count@ in %@', 'ru', 'substitution:count');
    assert.deepEqual(substitution.targets, ['%arg файл', '%arg файлов']);
    assert.ok(!substitution.formats.has('c'), 'no source forms to compare %arg with');
    assert.equal(find('Old', 'de').state, 'obsolete');
    assert.equal(catalog.units.some((u) => u.key === 'Internal'), false);
    assert.equal(catalog.units.some((u) => u.locale === 'en'), false);
  });

  it('keeps only the forced locale', () => {
    const catalog = parse(fixture(), 'de');
    assert.equal(catalog.locale, 'de');
    assert.ok(catalog.units.length > 0 && catalog.units.every((u) => u.locale === 'de'));
  });

  it('writes the file back byte-exact and splices an edited JSON string', () => {
    const bytes = fixture();
    const catalog = parse(bytes);
    assert.ok(renderDocument(catalog.document, []).equals(bytes));
    const unit = catalog.units.find((u) => u.key === '%lld files' && u.locale === 'ru')!;
    const edit = xcstringsAdapter.editTarget(catalog, unit, 2, '%lld "файлов"\n')!;
    assert.equal(edit.text, '"%lld \\"файлов\\"\\n"');
    const out = renderDocument(catalog.document, [edit]).toString('utf8');
    const text = bytes.toString('utf8');
    assert.equal(out.slice(0, edit.start), text.slice(0, edit.start));
    assert.equal(out.slice(edit.start + edit.text.length), text.slice(edit.end));
    const reparsed = parse(Buffer.from(out)).units.find((u) => u.key === '%lld files' && u.locale === 'ru')!;
    assert.deepEqual(reparsed.targets, ['%lld файл', '%lld файла', '%lld "файлов"\n', '%lld файла']);
    const untranslated = catalog.units.find((u) => u.key === 'Hello, %@!' && u.locale === 'de')!;
    assert.equal(xcstringsAdapter.editTarget(catalog, untranslated, 0, 'Hallo'), undefined);
  });

  it('reports broken input with file, line and column; duplicate keys keep the first', () => {
    const broken = parseError('{\n  "sourceLanguage" : "en",\n  "strings" : {\n    "a" : { }\n    "b" : { }\n  }\n}');
    assert.equal(broken.file, 'App/Localizable.xcstrings');
    assert.equal(broken.line, 5);
    assert.match(broken.message, /JSON: expected ","/);
    assert.match(parseError('[]').message, /must be a JSON object/);
    assert.match(parseError('{"sourceLanguage":"en"}').message, /needs a "strings" object/);
    assert.match(parseError(`${'['.repeat(5000)}${']'.repeat(5000)}`).message, /nested more than 1000/);
    const duplicate = parse('{"sourceLanguage":"en","strings":{"k":{"localizations":{"ru":{"stringUnit":{"state":"translated","value":"один"}},"ru":{"stringUnit":{"state":"translated","value":"два"}}}},"__proto__":{"localizations":{"ru":{"stringUnit":{"state":"translated","value":"x"}}}}}}');
    assert.deepEqual(duplicate.units.map((u) => [u.key, u.targets[0]]), [['k', 'один'], ['__proto__', 'x']]);
  });

  it('reports printf mismatches through check() with the source-language text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-xcstrings-'));
    writeFileSync(join(dir, 'Bad.xcstrings'), catalogOf({
      'Deleted %lld files in %@': { localizations: { ru: unitOf('translated', 'Удалено %@ файлов в %@') } },
      greeting: { localizations: { en: unitOf('translated', 'Hello, %@!'), de: unitOf('translated', 'Hallo, %d!') } },
    }));
    writeFileSync(join(dir, 'Good.xcstrings'), catalogOf({
      'Deleted %lld files in %@': { localizations: { ru: unitOf('translated', 'Удалено %lld файлов в %@') } },
      greeting: { localizations: { en: unitOf('translated', 'Hello, %@!'), de: unitOf('translated', 'Hallo, %@!') } },
    }));
    const report = await check(['.'], { cwd: dir });
    assert.deepEqual(report.errors, []);
    const printf = report.findings.filter((f) => f.ruleId === 'placeholder/printf');
    assert.deepEqual(printf.map((f) => [f.file, f.unit.source]), [['Bad.xcstrings', 'Deleted %lld files in %@'], ['Bad.xcstrings', 'Hello, %@!']]);
    assert.match(printf[0]!.message, /%@ where the source has %lld/);
  });
});
