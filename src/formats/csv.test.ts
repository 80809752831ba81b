import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { check } from '../api.js';
import type { Catalog } from '../core/catalog.js';
import { renderDocument } from '../core/document.js';
import { TranslintError } from '../core/errors.js';
import { csvAdapter, csvColumns, parseCsv } from './csv.js';
import { formatFor } from './index.js';
import { thrownTranslintError } from '../testing/fixtures.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url));
const parse = (text: string | Buffer, path = 'po/ru.csv'): Catalog => parseCsv(Buffer.isBuffer(text) ? text : Buffer.from(text), { path, sourceLocale: 'en' });

function parseError(text: string): TranslintError {
  return thrownTranslintError(() => parse(text), 'po/ru.csv');
}

/** Edits one target: only its span changes and the value reads back. Returns the edit text. */
function editAndReparse(bytes: Buffer, path: string, index: number, value: string): string {
  const catalog = parse(bytes, path);
  const edit = csvAdapter.editTarget(catalog, catalog.units[index]!, 0, value);
  assert.ok(edit);
  const reparsed = parse(renderDocument(catalog.document, [edit]), path);
  assert.equal(reparsed.document.text.slice(0, edit.start), catalog.document.text.slice(0, edit.start));
  assert.equal(reparsed.document.text.slice(edit.start + edit.text.length), catalog.document.text.slice(edit.end));
  assert.equal(reparsed.units[index]!.targets[0], value);
  assert.deepEqual(reparsed.units.filter((_, i) => i !== index).map((u) => u.targets), catalog.units.filter((_, i) => i !== index).map((u) => u.targets));
  return edit.text;
}

describe('CSV adapter', () => {
  it('reads translate-toolkit CSV: header, CRLF, quoted line breaks and "" escapes', () => {
    const catalog = parse(fixture('ru.csv'));
    assert.equal(catalog.locale, 'ru');
    assert.deepEqual(catalog.units.map((u) => [u.source, u.targets[0]]), [
      ['Open file', 'Открыть файл'],
      ['Deleted %d files', 'Удалено %d файлов'],
      ['Line one\r\nline two', 'Строка один\r\nстрока два'],
      ['Say "hi"', 'Скажи «привет»'],
      ['Not yet', ''],
    ]);
    const [open, deleted, multi, , untranslated] = catalog.units;
    assert.deepEqual(open!.notes, [{ kind: 'reference', text: 'app.c:12' }]);
    assert.ok(deleted!.formats.has('c'));
    assert.equal(open!.formats.size, 0);
    assert.deepEqual([multi!.spans.targets[0]!.line, multi!.spans.targets[0]!.column, multi!.spans.source!.line], [5, 11, 4]);
    assert.equal(untranslated!.state, 'untranslated');
  });

  it('maps Weblate columns: context, comments, fuzzy', () => {
    const catalog = parse(fixture('weblate-de.csv'), 'weblate-de.csv');
    assert.equal(catalog.locale, 'de');
    const [menu, dialog, saveExit] = catalog.units;
    assert.deepEqual([menu!.key, menu!.context, menu!.targets[0], menu!.notes], ['Open', 'menu', 'Öffnen', [{ kind: 'developer', text: 'Menu item' }]]);
    assert.deepEqual([dialog!.context, dialog!.state, [...dialog!.flags], dialog!.notes], ['dialog', 'fuzzy', ['fuzzy'], [{ kind: 'translator', text: 'check tense' }]]);
    assert.deepEqual([saveExit!.context, saveExit!.source, saveExit!.targets[0]], [undefined, 'Save;Exit', 'Speichern, Beenden']);
  });

  it('reads files without a header, TSV and semicolon-separated files', () => {
    const tsv = parse(fixture('fr.tsv'), 'fr.tsv');
    assert.deepEqual(tsv.units.map((u) => [u.source, u.targets[0], u.notes[0]?.text]), [['Hello', 'Bonjour', 'greeting'], ['Goodbye', 'Au revoir', 'bye']]);
    const semicolons = parse('location;source;target\nk1;Open;Öffnen\nk2;"Semi;colon";"Semi;kolon"\n');
    assert.deepEqual(semicolons.units.map((u) => u.targets[0]), ['Öffnen', 'Semi;kolon']);
    const twoColumns = parse('Open,Öffnen\rSave,Speichern\r');
    assert.deepEqual(twoColumns.units.map((u) => [u.source, u.targets[0]]), [['Open', 'Öffnen'], ['Save', 'Speichern']]);
    assert.deepEqual(parse('  \n\n').units, []);
  });

  it('keeps header names in one mapping function', () => {
    assert.deepEqual(csvColumns(['Location', 'SOURCE', 'Target']), { location: 0, source: 1, target: 2, translatorComments: [], developerComments: [] });
    assert.deepEqual(csvColumns(['context', 'source', 'target', 'Developer Comments', 'translator_comments', 'fuzzy', 'id']), { context: 0, source: 1, target: 2, fuzzy: 5, id: 6, translatorComments: [4], developerComments: [3] });
    assert.equal(csvColumns(['name', 'price']), undefined);
  });

  it('writes fixtures back byte-exact, UTF-16 included', () => {
    for (const name of ['ru.csv', 'weblate-de.csv', 'fr.tsv']) assert.ok(renderDocument(parse(fixture(name), name).document, []).equals(fixture(name)), name);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('source\ttarget\r\nFile\tDatei\r\n', 'utf16le')]);
    const catalog = parse(utf16, 'de.tsv');
    assert.equal(catalog.units[0]!.targets[0], 'Datei');
    assert.ok(renderDocument(catalog.document, []).equals(utf16));
  });

  it('quotes edited fields as needed and keeps quoted fields quoted', () => {
    assert.equal(editAndReparse(fixture('ru.csv'), 'ru.csv', 0, 'Открыть'), '"Открыть"');
    assert.equal(editAndReparse(fixture('ru.csv'), 'ru.csv', 3, 'Скажи "привет"\nснова'), '"Скажи ""привет""\nснова"');
    assert.equal(editAndReparse(fixture('ru.csv'), 'ru.csv', 4, 'Пока нет'), '"Пока нет"');
    assert.equal(editAndReparse(fixture('weblate-de.csv'), 'weblate-de.csv', 0, 'Öffne'), 'Öffne');
    assert.equal(editAndReparse(fixture('weblate-de.csv'), 'weblate-de.csv', 0, 'Öffnen, jetzt'), '"Öffnen, jetzt"');
    assert.equal(editAndReparse(fixture('fr.tsv'), 'fr.tsv', 1, 'Salut\tà tous'), '"Salut\tà tous"');
  });

  it('reports broken CSV with line and column', () => {
    const unterminated = parseError('"location","source","target"\n"a","b","c\n"d","e","f"');
    assert.match(unterminated.message, /unexpected text after a closing quote|not terminated/);
    const open = parseError('"location","source","target"\n"a","b","never closed\n');
    assert.match(open.message, /quoted field is not terminated/);
    assert.deepEqual([open.line, open.column], [2, 9]);
    const ragged = parseError('"location","source","target"\n"a","b"\n"c","d","e","f"\n');
    assert.match(ragged.message, /row has 2 fields where the header has 3/);
    assert.equal(ragged.line, 2);
  });

  it('is chosen for translation tables only', () => {
    assert.equal(formatFor('po/apt.csv', () => '"location","source","target"\n')?.id, 'csv');
    assert.equal(formatFor('export/strings.csv', () => '\uFEFFcontext,source,target\n')?.id, 'csv');
    assert.equal(formatFor('l10n/de.tsv', () => 'a\tb\tc\n')?.id, 'csv');
    assert.equal(formatFor('data/prices.csv', () => 'name,price\napple,3\n')?.id, undefined);
  });

  it('fires placeholder/printf through check(), quiet when placeholders match', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-csv-'));
    mkdirSync(join(dir, 'bad'));
    mkdirSync(join(dir, 'good'));
    writeFileSync(join(dir, 'bad/ru.csv'), '"location","source","target"\r\n"a.c:1","Deleted %d files in %s","Удалено %s файлов"\r\n');
    writeFileSync(join(dir, 'good/ru.csv'), fixture('ru.csv'));
    const report = await check(['bad'], { cwd: dir });
    assert.deepEqual(report.errors, []);
    const printf = report.findings.filter((f) => f.ruleId === 'placeholder/printf');
    assert.ok(printf.some((f) => /%s where the source has %d/.test(f.message) && f.line === 2 && f.file === 'bad/ru.csv'), JSON.stringify(printf));
    const quiet = await check(['good'], { cwd: dir });
    assert.deepEqual(quiet.errors, []);
    assert.deepEqual(quiet.findings.filter((f) => f.ruleId === 'placeholder/printf'), []);
  });
});
