import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { check } from '../api.js';
import { renderDocument } from '../core/document.js';
import { TranslintError } from '../core/errors.js';
import { appleSourceCandidates, appleStringsAdapter, parseAppleStrings } from './apple-strings.js';
import { tempProject as project, thrownTranslintError } from '../testing/fixtures.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../../fixtures/apple-strings/${name}`, import.meta.url));
const parse = (text: string | Buffer, path = 'App/ru.lproj/Localizable.strings') => parseAppleStrings(Buffer.isBuffer(text) ? text : Buffer.from(text), { path, sourceLocale: 'en' });

function parseError(text: string | Buffer): TranslintError {
  return thrownTranslintError(() => parse(text));
}

describe('Apple .strings adapter', () => {
  it('reads a UTF-16LE file with BOM and CRLF: comments, escapes, quoting styles', () => {
    const catalog = parse(fixture('ru.lproj/Localizable.strings'));
    assert.equal(catalog.document.encoding, 'utf16le');
    assert.equal(catalog.locale, 'ru');
    const unit = (key: string) => catalog.units.find((u) => u.key === key)!;
    assert.equal(unit('reset').targets[0], 'Сбросить');
    assert.deepEqual(unit('reset').notes, [{ kind: 'developer', text: 'Shown on the reset button' }], 'the file header comment is not attached');
    assert.deepEqual(unit('files_deleted').notes, [{ kind: 'developer', text: 'Deleted files count' }]);
    assert.equal(unit('welcome').targets[0], 'Добро пожаловать, %@!');
    assert.equal(unit('quote').targets[0], 'Он сказал "привет"\nи ушёл ☺ é A \'ok\' \\ end');
    assert.equal(unit('same').targets[0], 'same');
    assert.equal(unit('unquoted_key').targets[0], 'unquoted.value');
    assert.equal(unit('single').targets[0], 'одинарные "кавычки"');
    assert.equal(unit('multi').targets[0], 'первая\r\nвторая');
    assert.equal(unit('empty').state, 'untranslated');
    assert.equal(catalog.units.filter((u) => u.key === 'reset').length, 1);
    assert.ok(unit('reset').formats.has('c'));
    assert.deepEqual([unit('reset').spans.targets[0]!.line, unit('reset').spans.targets[0]!.column], [4, 11]);
  });

  it('detects UTF-16 without a BOM and UTF-8, and writes every fixture back byte-exact', () => {
    const de = parse(fixture('de.lproj/Localizable.strings'), 'de.lproj/Localizable.strings');
    assert.equal(de.document.encoding, 'utf16be');
    assert.equal(de.units[0]!.targets[0], 'Zurücksetzen');
    for (const name of ['en.lproj/Localizable.strings', 'ru.lproj/Localizable.strings', 'de.lproj/Localizable.strings']) {
      const bytes = fixture(name);
      assert.ok(renderDocument(parse(bytes, name).document, []).equals(bytes), name);
    }
    const le = Buffer.from('"a" = "😀 b";\n', 'utf16le');
    assert.equal(parse(le).units[0]!.targets[0], '😀 b');
  });

  it('reads msgcat --stringtable-output flags and references, and braced dictionaries', () => {
    const catalog = parse('/* File: src/main.c:12 */\n/* Flag: fuzzy, c-format */\n"Hello %s" = "Hallo %s";\n\n/* Flag: no-c-format */\n"100%" = "100 %";\n');
    assert.deepEqual(catalog.units[0]!.notes, [{ kind: 'reference', text: 'src/main.c:12' }]);
    assert.equal(catalog.units[0]!.state, 'fuzzy');
    assert.ok(catalog.units[0]!.flags.has('c-format'));
    assert.ok(!catalog.units[1]!.formats.has('c'));
    const braced = parse('{\n  // a dictionary\n  "a" = "b";\n  c = d;\n}\n');
    assert.deepEqual(braced.units.map((u) => [u.key, u.targets[0]]), [['a', 'b'], ['c', 'd']]);
  });

  it('takes the locale from .lproj folders, including Base and legacy names', () => {
    assert.equal(parse('', 'x/pt-BR.lproj/Localizable.strings').locale, 'pt-BR');
    assert.equal(parse('', 'x/zh_TW.lproj/Localizable.strings').locale, 'zh-TW');
    assert.equal(parse('', 'x/zh-Hans.lproj/Localizable.strings').locale, 'zh-Hans');
    assert.equal(parse('', 'x/Base.lproj/Main.strings').locale, 'en');
    assert.equal(parse('', 'x/French.lproj/Localizable.strings').locale, 'fr');
    assert.equal(parse('', 'x/Localizable.strings').locale, 'und');
    assert.deepEqual(appleSourceCandidates('/p/ru.lproj/Localizable.strings', 'ru', 'en'), [
      '/p/en.lproj/Localizable.strings', '/p/Base.lproj/Localizable.strings', '/p/English.lproj/Localizable.strings',
    ]);
    assert.deepEqual(appleSourceCandidates('/p/ru.lproj/Localizable.strings', 'ru', 'pt-BR')[0], '/p/pt-BR.lproj/Localizable.strings');
    assert.deepEqual(appleSourceCandidates('/p/Localizable.strings', 'ru', 'en'), []);
  });

  it('splices an edited target in the file encoding, leaving other bytes alone', () => {
    const bytes = fixture('ru.lproj/Localizable.strings');
    const catalog = parse(bytes);
    const unit = catalog.units.find((u) => u.key === 'welcome')!;
    const edit = appleStringsAdapter.editTarget(catalog, unit, 0, 'Привет, "%@"\n\\')!;
    assert.equal(edit.text, '"Привет, \\"%@\\"\\n\\\\"');
    const out = renderDocument(catalog.document, [edit]);
    assert.ok(out.subarray(0, 2).equals(Buffer.from([0xff, 0xfe])));
    const before = bytes.subarray(0, 2 + unit.spans.targets[0]!.start * 2);
    assert.ok(out.subarray(0, before.length).equals(before));
    const after = bytes.subarray(2 + unit.spans.targets[0]!.end * 2);
    assert.ok(out.subarray(out.length - after.length).equals(after));
    const reparsed = parse(out);
    assert.equal(reparsed.units.find((u) => u.key === 'welcome')!.targets[0], 'Привет, "%@"\n\\');
    assert.equal(reparsed.units.find((u) => u.key === 'quote')!.targets[0], catalog.units.find((u) => u.key === 'quote')!.targets[0]);
  });

  it('keeps quoting style and gives "key"; entries a value when editing', () => {
    const catalog = parse(fixture('ru.lproj/Localizable.strings'));
    const edit = (key: string, value: string) => appleStringsAdapter.editTarget(catalog, catalog.units.find((u) => u.key === key)!, 0, value)!;
    assert.equal(edit('single', "it's").text, "'it\\'s'");
    assert.equal(edit('unquoted_key', 'other.token').text, 'other.token');
    assert.equal(edit('unquoted_key', 'two words').text, '"two words"');
    const same = edit('same', 'тот же');
    const reparsed = parse(renderDocument(catalog.document, [same]));
    assert.equal(reparsed.units.find((u) => u.key === 'same')!.targets[0], 'тот же');
  });

  it('reports broken input with file, line and column', () => {
    const missingSemicolon = parseError('"a" = "b";\n"c" = "d"\n"e" = "f";\n');
    assert.equal(missingSemicolon.file, 'App/ru.lproj/Localizable.strings');
    assert.equal(missingSemicolon.line, 3);
    assert.match(missingSemicolon.message, /missing ";"/);
    const unterminated = parseError('"a" = "b";\n"c" = "d;\n');
    assert.equal(unterminated.line, 2);
    assert.match(unterminated.message, /not terminated/);
    assert.match(parseError('"a" "b";').message, /expected "=" or ";"/);
    assert.match(parseError('/* open comment\n"a" = "b";').message, /comment is not closed/);
    assert.match(parseError('"a" = ("b");').message, /arrays, dictionaries/);
    assert.match(parseError('{ "a" = "b";').message, /missing closing }/);
    assert.match(parseError('"a" = "\\Uzz";').message, /hex digits/);
    assert.match(parseError(Buffer.from([0x22, 0x61, 0x22, 0x3d, 0x22, 0xc3, 0x28, 0x22, 0x3b])).message, /invalid UTF-8/);
    assert.match(parseError(Buffer.from([0xff, 0xfe, 0x22, 0x00, 0x61])).message, /odd number of bytes/);
    const nul = parseError('"a" = "b";\n"c\u0000" = "d";\n');
    assert.match(nul.message, /NUL character/);
    assert.equal(nul.line, 2);
  });

  it('pairs ru.lproj with en.lproj and reports printf mismatches through check()', async () => {
    const source = '/* Deleted files */\n"deleted" = "Deleted %d files in %@";\n"hello" = "Hello";\n';
    const bad = project({
      'App/en.lproj/Localizable.strings': source,
      'App/ru.lproj/Localizable.strings': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('"deleted" = "Удалено %@ файлов в %@";\r\n"hello" = "Привет";\r\n', 'utf16le')]),
    });
    const report = await check(['.'], { cwd: bad });
    assert.deepEqual(report.errors, []);
    const printf = report.findings.filter((f) => f.ruleId === 'placeholder/printf');
    assert.equal(printf.length, 1);
    assert.equal(printf[0]!.file, 'App/ru.lproj/Localizable.strings');
    assert.equal(printf[0]!.line, 1);
    assert.equal(printf[0]!.unit.source, 'Deleted %d files in %@');

    const good = project({ 'App/en.lproj/Localizable.strings': source, 'App/ru.lproj/Localizable.strings': '"deleted" = "Удалено %d файлов в %@";\n"hello" = "Привет";\n' });
    const quiet = await check(['.'], { cwd: good });
    assert.deepEqual(quiet.errors, []);
    assert.deepEqual(quiet.findings.filter((f) => f.ruleId === 'placeholder/printf'), []);
  });
});
