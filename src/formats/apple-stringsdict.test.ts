import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { check } from '../api.js';
import { renderDocument } from '../core/document.js';
import { TranslintError } from '../core/errors.js';
import { appleStringsdictAdapter, parseStringsdict } from './apple-stringsdict.js';
import { tempProject as project, thrownTranslintError } from '../testing/fixtures.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../../fixtures/stringsdict/${name}`, import.meta.url));
const parse = (text: string | Buffer, path = 'App/ru.lproj/Localizable.stringsdict') => parseStringsdict(Buffer.isBuffer(text) ? text : Buffer.from(text), { path, sourceLocale: 'en' });

const PLIST_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n';
const plural = (key: string, forms: Record<string, string>): string =>
  `<key>${key}</key><dict><key>NSStringLocalizedFormatKey</key><string>%#@n@</string><key>n</key><dict>` +
  '<key>NSStringFormatSpecTypeKey</key><string>NSStringPluralRuleType</string><key>NSStringFormatValueTypeKey</key><string>d</string>' +
  Object.entries(forms).map(([category, text]) => `<key>${category}</key><string>${text}</string>`).join('') +
  '</dict></dict>\n';
const plist = (body: string): string => `${PLIST_HEAD}${body}</dict>\n</plist>\n`;

function parseError(text: string): TranslintError {
  return thrownTranslintError(() => parse(text));
}

describe('Apple .stringsdict adapter', () => {
  it('makes a plural unit per variable and a unit for the format key', () => {
    const catalog = parse(fixture('ru.lproj/Localizable.stringsdict'));
    assert.equal(catalog.locale, 'ru');
    assert.deepEqual(catalog.units.map((u) => u.key), [
      '%d files:NSStringLocalizedFormatKey', '%d files',
      'files_in_folders:NSStringLocalizedFormatKey', 'files_in_folders:files', 'files_in_folders:folders',
      'greeting:width=20', 'greeting:width=50',
    ]);
    const files = catalog.units[1]!;
    assert.deepEqual(files.pluralCategories, ['one', 'few', 'many', 'other']);
    assert.deepEqual(files.targets, ['%d файл', '%d файла', '%d файлов & <папок>', '']);
    assert.equal(files.state, 'translated');
    assert.ok(files.formats.has('c'));
    assert.deepEqual(files.notes.map((n) => n.text), ['NSStringLocalizedFormatKey: %#@files@', 'NSStringFormatValueTypeKey: d']);
    assert.deepEqual([files.spans.targets[0]!.line, files.spans.targets[0]!.column], [16, 15]);
    assert.equal(catalog.units[2]!.targets[0], '%#@files@ в %#@folders@');
    assert.deepEqual(catalog.units[4]!.targets, ['%2$d папке', '%2$d папках', '%2$d папках', '%2$d папках']);
    assert.equal(catalog.units[6]!.targets[0], 'Здравствуйте');
  });

  it('writes fixtures back byte-exact, DOCTYPE and CRLF included', () => {
    for (const name of ['en.lproj/Localizable.stringsdict', 'ru.lproj/Localizable.stringsdict']) {
      const bytes = fixture(name);
      assert.ok(renderDocument(parse(bytes, name).document, []).equals(bytes), name);
    }
  });

  it('splices an edited plural form with XML escapes and fills <string/>', () => {
    const bytes = fixture('ru.lproj/Localizable.stringsdict');
    const catalog = parse(bytes);
    const files = catalog.units[1]!;
    const edit = appleStringsdictAdapter.editTarget(catalog, files, 2, '%d файлов <&>')!;
    assert.equal(edit.text, '%d файлов &lt;&amp;&gt;');
    const out = renderDocument(catalog.document, [edit]).toString('utf8');
    const text = bytes.toString('utf8');
    assert.equal(out.slice(0, edit.start), text.slice(0, edit.start));
    assert.equal(out.slice(edit.start + edit.text.length), text.slice(edit.end));
    assert.deepEqual(parse(Buffer.from(out)).units[1]!.targets, ['%d файл', '%d файла', '%d файлов <&>', '']);

    const fill = appleStringsdictAdapter.editTarget(catalog, files, 3, '%d файла')!;
    assert.equal(fill.text, '>%d файла</string>');
    assert.deepEqual(parse(renderDocument(catalog.document, [fill])).units[1]!.targets[3], '%d файла');
    assert.equal(appleStringsdictAdapter.editTarget(catalog, files, 0, 'bell\u0007'), undefined, 'XML cannot hold control characters');
  });

  it('reports broken input with file, line and column', () => {
    const broken = parseError(`${PLIST_HEAD}<key>a</key>\n<string>x</strin>\n</dict></plist>`);
    assert.equal(broken.file, 'App/ru.lproj/Localizable.stringsdict');
    assert.equal(broken.line, 6);
    assert.match(parseError(plist('<key>a</key>\n<key>b</key><string>x</string>\n')).message, /followed by another <key>/);
    assert.match(parseError(plist('<string>x</string>\n')).message, /expected <key>/);
    assert.match(parseError(plist('<key>lonely</key>\n')).message, /has no value/);
    assert.match(parseError('<?xml version="1.0"?>\n<dict/>').message, /expected <plist>/);
    assert.match(parseError('<?xml version="1.0"?>\n<!DOCTYPE plist [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<plist><dict/></plist>').message, /entity/);
    // An external DTD is never fetched, so naming one is harmless.
    assert.deepEqual(parse('<?xml version="1.0"?>\n<!DOCTYPE plist SYSTEM "file:///etc/passwd">\n<plist><dict/></plist>').units, []);
  });

  it('pairs with en.lproj and reports printf mismatches in plural forms through check()', async () => {
    const source = plist(plural('%d files', { one: '%d file', other: '%d files' }));
    const bad = project({
      'App/en.lproj/Localizable.stringsdict': source,
      'App/ru.lproj/Localizable.stringsdict': plist(plural('%d files', { one: '%d файл', few: '%d файла', many: '%@ файлов', other: '%d файла' })),
    });
    const report = await check(['.'], { cwd: bad });
    assert.deepEqual(report.errors, []);
    const printf = report.findings.filter((f) => f.ruleId === 'placeholder/printf');
    assert.equal(printf.length, 1);
    assert.match(printf[0]!.message, /%@ where the source has %d/);
    assert.equal(printf[0]!.unit.source, '%d files');
    assert.equal(printf[0]!.unit.target, '%@ файлов');

    const good = project({
      'App/en.lproj/Localizable.stringsdict': source,
      'App/ru.lproj/Localizable.stringsdict': plist(plural('%d files', { one: '%d файл', few: '%d файла', many: '%d файлов', other: '%d файла' })),
    });
    const quiet = await check(['.'], { cwd: good });
    assert.deepEqual(quiet.errors, []);
    assert.deepEqual(quiet.findings.filter((f) => f.ruleId === 'placeholder/printf' || f.ruleId === 'plural/forms-count'), []);
  });
});
