import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { check } from '../api.js';
import type { Catalog } from '../core/catalog.js';
import { renderDocument } from '../core/document.js';
import { TranslintError } from '../core/errors.js';
import type { Unit } from '../core/unit.js';
import { formatFor } from './index.js';
import { parseQtTs, qtPluralRule, qtTsAdapter } from './qt-ts.js';
import { thrownTranslintError } from '../testing/fixtures.js';

const fixtureDir = new URL('../../fixtures/qt-ts/', import.meta.url);
const fixture = (name: string): Buffer => readFileSync(new URL(name, fixtureDir));
const parse = (bytes: string | Buffer, path = 'translations/app.ts'): Catalog =>
  parseQtTs(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes), { path, sourceLocale: 'en' });
const unitAt = (catalog: Catalog, key: string, context?: string): Unit => {
  const unit = catalog.units.find((u) => u.key === key && (context === undefined || u.context === context));
  assert.ok(unit, `no unit ${key}`);
  return unit;
};

function parseError(text: string): TranslintError {
  return thrownTranslintError(() => parse(text));
}

function editAndReparse(bytes: Buffer, unit: (catalog: Catalog) => Unit, form: number, value: string): { edited: string; out: string; reparsed: Unit } {
  const catalog = parse(bytes);
  const target = unit(catalog);
  const edit = qtTsAdapter.editTarget(catalog, target, form, value);
  assert.ok(edit, 'expected an edit');
  const out = renderDocument(catalog.document, [edit]);
  const text = catalog.document.text;
  const outText = out.toString('utf8').replace(/^\ufeff/, '');
  assert.equal(outText.slice(0, edit.start), text.slice(0, edit.start));
  assert.equal(outText.slice(edit.start + edit.text.length), text.slice(edit.end));
  const reparsed = unit(parse(out));
  assert.equal(reparsed.targets[form], value);
  return { edited: edit.text, out: outText, reparsed };
}

const TS = (body: string, attributes = 'version="2.1" language="de_DE"') => `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS ${attributes}>\n<context>\n    <name>Main</name>\n${body}</context>\n</TS>\n`;

describe('Qt TS adapter', () => {
  it('reads lupdate output: contexts, disambiguation, comments, locations, numerus forms, states', () => {
    const catalog = parse(fixture('notes_ru.ts'));
    assert.equal(catalog.locale, 'ru-RU');
    assert.equal(catalog.localeOrigin, 'file');
    assert.equal(catalog.sourceLocale, 'en-US');
    assert.equal(catalog.format, 'qt-ts');
    assert.equal(catalog.pluralRule?.count, 3);
    assert.equal(catalog.units.length, 12);

    const notes = unitAt(catalog, 'Notes');
    assert.equal(notes.context, 'MainWindow');
    assert.deepEqual([...notes.formats], ['qt']);
    assert.equal(notes.state, 'translated');

    const deleted = unitAt(catalog, 'Deleted %n note(s)');
    assert.equal(deleted.context, 'MainWindow|status bar');
    assert.equal(deleted.sourcePlural, 'Deleted %n note(s)');
    assert.deepEqual(deleted.targets, ['Удалена %n заметка', 'Удалены %n заметки', 'Удалено %n заметок']);
    assert.ok(deleted.formats.has('qt-plural'));
    assert.deepEqual(deleted.notes.map((n) => `${n.kind}:${n.text}`), ['reference:../src/mainwindow.cpp:+42', 'reference:../src/mainwindow.cpp:+7', 'extracted:Shown after the user empties the trash']);
    assert.deepEqual(deleted.spans.targets.map((s) => s && [s.line, s.column]), [[18, 26], [19, 26], [20, 26]]);
    assert.equal(deleted.spans.context!.line, 15);

    const selected = unitAt(catalog, '%n file(s) selected');
    assert.equal(selected.state, 'fuzzy');
    assert.deepEqual(selected.targets, ['Выбран %n файл', '', '']);
    assert.ok(!selected.formats.has('c'), '%n is Qt\'s, not printf');

    const open = unitAt(catalog, 'Open "%1" in %2?');
    assert.deepEqual(open.notes, [{ kind: 'reference', text: '../src/mainwindow.cpp:+11' }, { kind: 'translator', text: '%1 = file name, %2 = application' }]);
    assert.equal(unitAt(catalog, 'Open', 'MainWindow|verb').state, 'fuzzy');
    assert.equal(unitAt(catalog, 'Open', 'MainWindow|adjective').state, 'untranslated');

    const bell = unitAt(catalog, 'Bell\u0007 & tab\there');
    assert.equal(bell.targets[0], 'Звонок\u0007 & табуляция\tздесь');
    assert.equal(unitAt(catalog, 'Old entry').state, 'obsolete');
    assert.equal(unitAt(catalog, 'Older entry').state, 'obsolete');

    const settings = unitAt(catalog, 'settings.title');
    assert.equal(settings.source, 'Settings');
    assert.equal(settings.targets[0], 'Настройки');
    assert.deepEqual(settings.notes.map((n) => n.kind), ['reference', 'other']);
    assert.ok(unitAt(catalog, 'Saved %d items to %s').formats.has('c'));
    const pending = unitAt(catalog, 'Not translated yet');
    assert.equal(pending.state, 'untranslated');
    assert.ok(pending.spans.targets[0]);
  });

  it('reads lconvert extras: PO flags and msgid_plural', () => {
    const catalog = parse(fixture('tar_cs.ts'), 'tar_cs.ts');
    assert.equal(catalog.locale, 'cs');
    const [first, plural] = catalog.units;
    assert.equal(first!.context, undefined);
    assert.ok(first!.flags.has('c-format'));
    assert.ok(first!.formats.has('c'));
    assert.equal(plural!.sourcePlural, '%d files');
    assert.equal(plural!.targets.length, 3);
  });

  it('takes the locale from the path when the TS element has none', () => {
    const catalog = parse(fixture('empty-cy.ts'), 'i18n/empty-cy.ts');
    assert.equal(catalog.locale, 'cy');
    assert.equal(catalog.localeOrigin, 'path');
    assert.equal(catalog.units.length, 0);
    assert.equal(parse('<TS version="2.1"/>', 'x/app.ts').locale, 'und');
  });

  it('follows Qt\'s plural table, not CLDR, for numerus forms', () => {
    assert.equal(qtPluralRule('ru')?.count, 3);
    assert.equal(qtPluralRule('pt-BR')?.formFor(0), 0); // French style in Brazil
    assert.equal(qtPluralRule('pt')?.formFor(0), 1); // English style in Portugal
    assert.equal(qtPluralRule('cy')?.count, 5);
    assert.equal(qtPluralRule('mk')?.count, 3); // CLDR has 2
    assert.equal(qtPluralRule('lv')?.formFor(0), 2); // Qt's "Nullar" is the last form
    assert.equal(qtPluralRule('ja')?.count, 1);
    assert.equal(qtPluralRule('sr-Latn')?.count, 3);
    assert.equal(qtPluralRule('xx'), undefined);
  });

  it('writes every fixture back byte-exact', () => {
    for (const name of readdirSync(fixtureDir)) {
      const bytes = fixture(name);
      assert.ok(renderDocument(parse(bytes, name).document, []).equals(bytes), name);
    }
  });

  it('edits numerus forms with lupdate\'s escaping, CRLF newlines and <byte> for control characters', () => {
    const bytes = fixture('notes_ru.ts');
    const selected = (catalog: Catalog) => unitAt(catalog, '%n file(s) selected');
    const { edited } = editAndReparse(bytes, selected, 1, 'Выбраны %n "файла" & <ещё>\nстрока');
    assert.equal(edited, 'Выбраны %n &quot;файла&quot; &amp; &lt;ещё&gt;\r\nстрока');
    const bell = editAndReparse(bytes, (catalog) => unitAt(catalog, 'Bell\u0007 & tab\there'), 0, "It's\u0007\u00a0here\r");
    assert.equal(bell.edited, 'It&apos;s<byte value="x7"/>&#xa0;here<byte value="xd"/>');
  });

  it('fills a self-closing <translation/> and a length-variant translation', () => {
    const bytes = fixture('notes_ru.ts');
    const { out } = editAndReparse(bytes, (catalog) => unitAt(catalog, 'Not translated yet'), 0, 'Ещё не переведено');
    assert.ok(out.includes('<translation type="unfinished">Ещё не переведено</translation>'));
    const variant = editAndReparse(bytes, (catalog) => unitAt(catalog, 'settings.title'), 0, 'Параметры');
    assert.ok(variant.out.includes('<lengthvariant>Параметры</lengthvariant><lengthvariant>Настр.</lengthvariant>'));
  });

  it('has no place to write when the translation element is missing', () => {
    const catalog = parse(TS('    <message>\n        <source>A</source>\n    </message>\n'));
    const unit = catalog.units[0]!;
    assert.equal(unit.state, 'untranslated');
    assert.equal(qtTsAdapter.editTarget(catalog, unit, 0, 'B'), undefined);
  });

  it('claims .ts files only when they are Qt TS, never TypeScript', () => {
    const head = (text: string) => () => text;
    assert.equal(formatFor('i18n/app_de.ts', head('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de">'))?.id, 'qt-ts');
    assert.equal(formatFor('i18n/app_de.ts', head('\ufeff<!DOCTYPE TS><TS version="2.1">'))?.id, 'qt-ts');
    assert.equal(formatFor('src/index.ts', head('import { x } from "./y.js";\nexport const a = <T,>(v: T) => v;\n')), undefined);
    assert.equal(formatFor('src/globals.d.ts', head('/// <reference types="node" />\n')), undefined);
    assert.equal(formatFor('src/empty.ts', head('')), undefined);
    assert.equal(formatFor('src/jsx.ts', head('<TSomething>')), undefined);
  });

  it('reports broken input with file, line and column', () => {
    const broken = parseError(TS('    <message>\n        <source>A</source>\n        <translation>B</source>\n    </message>\n'));
    assert.equal(broken.file, 'translations/app.ts');
    assert.equal(broken.line, 8);
    assert.match(parseError('<?xml version="1.0"?>\n<xliff/>').message, /root element is <xliff>, expected <TS>/);
    const badByte = parseError(TS('    <message>\n        <source>A<byte value="zz"/></source>\n    </message>\n'));
    assert.equal(badByte.line, 7);
    assert.match(badByte.message, /byte value="zz"/);
    assert.match(parseError('<!DOCTYPE TS [<!ENTITY x "xxxxxxxx">]><TS/>').message, /entity/i);
  });
});

describe('Qt TS through check()', () => {
  function project(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'translint-qt-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  }
  const message = (source: string, translation: string) => `    <message>\n        <source>${source}</source>\n        <translation>${translation}</translation>\n    </message>\n`;

  it('placeholder/printf fires on a printf mismatch in a TS translation', async () => {
    const dir = project({ 'app_de.ts': TS(message('Saved %d items to %s', 'Speicherte %s Elemente in %s')) });
    const report = await check(['.'], { cwd: dir });
    assert.deepEqual(report.errors, []);
    const finding = report.findings.find((f) => f.ruleId === 'placeholder/printf');
    assert.ok(finding, JSON.stringify(report.findings));
    assert.equal(finding.file, 'app_de.ts');
    assert.equal(finding.line, 8);
    assert.equal(finding.unit.locale, 'de-DE');
  });

  it('stays quiet on matching printf directives and on Qt\'s own %1/%n markers', async () => {
    const dir = project({
      'app_de.ts': TS(message('Saved %d items to %s', '%d Elemente in %s gespeichert') + message('Open %1 in %2', '%2: %1 öffnen') + message('%n files', '%n Dateien')),
      'index.ts': 'export const x: number = 1;\n',
    });
    const report = await check(['.'], { cwd: dir });
    assert.deepEqual(report.errors, []);
    assert.equal(report.summary.files, 1, 'the TypeScript file is not a translation file');
    assert.deepEqual(report.findings.filter((f) => f.ruleId.startsWith('placeholder/')), []);
  });
});
