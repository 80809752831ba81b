import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { check } from '../api.js';
import { renderDocument } from '../core/document.js';
import { TranslintError } from '../core/errors.js';
import { androidAdapter, androidSourceCandidates, encodeAndroidContent, parseAndroid } from './android.js';
import { formatFor } from './index.js';
import { tempProject as project, thrownTranslintError } from '../testing/fixtures.js';

const fixturePath = (name: string): string => new URL(`../../fixtures/android/${name}`, import.meta.url).pathname;
const fixture = (name: string): Buffer => readFileSync(fixturePath(name));
const parse = (text: string | Buffer, path = 'res/values-ru/strings.xml') => parseAndroid(Buffer.isBuffer(text) ? text : Buffer.from(text), { path, sourceLocale: 'en' });
const wrap = (body: string): string => `<?xml version="1.0" encoding="utf-8"?>\n<resources>\n${body}\n</resources>\n`;
const valueOf = (content: string): string => parse(wrap(`<string name="x">${content}</string>`)).units[0]!.targets[0]!;

function parseError(text: string): TranslintError {
  return thrownTranslintError(() => parse(text));
}

describe('Android strings.xml adapter', () => {
  it('is chosen for .xml files whose root is <resources>', () => {
    assert.equal(formatFor('res/values/strings.xml', () => '<?xml version="1.0"?>\n<!-- c -->\n<resources>')?.id, 'android');
    assert.equal(formatFor('res/values/strings.xml', () => '\uFEFF<resources xmlns:tools="x">')?.id, 'android');
    assert.notEqual(formatFor('res/layout/main.xml', () => '<?xml version="1.0"?><LinearLayout>')?.id, 'android');
  });

  it('reads strings, plurals, arrays, notes, flags and the locale of the folder', () => {
    const catalog = parse(fixture('res/values-ru/strings.xml'));
    assert.equal(catalog.locale, 'ru');
    assert.equal(catalog.localeOrigin, 'path');
    const unit = (key: string, context?: string) => catalog.units.find((u) => u.key === key && u.context === context)!;
    assert.equal(unit('reset').targets[0], 'Сбросить');
    assert.deepEqual(unit('reset').notes, [{ kind: 'developer', text: 'Кнопка сброса' }]);
    assert.ok(unit('reset').flags.has('tools:ignore=MissingQuantity'), 'the root tools:ignore applies to every unit');
    assert.ok(unit('reset').formats.has('c'));
    assert.equal(catalog.units.filter((u) => u.key === 'reset').length, 1, 'a duplicate keeps the first');
    const songs = unit('songs');
    assert.deepEqual(songs.pluralCategories, ['one', 'few', 'many', 'other']);
    assert.deepEqual(songs.targets, ['%d песня', '%d песни', '%d песен', '%d песни']);
    assert.ok(songs.flags.has('tools:ignore=UnusedQuantity'));
    assert.deepEqual([unit('planets[0]').targets[0], unit('planets[1]').targets[0]], ['Меркурий', 'Венера']);
    const percent = unit('percent');
    assert.ok(!percent.formats.has('c') && percent.flags.has('no-c-format') && percent.flags.has('formatted=false'));
    assert.equal(unit('welcome').targets[0], 'Добро пожаловать, <xliff:g id="user" example="Bob">%1$s</xliff:g>!');
    assert.equal(unit('html').targets[0], '<b>Жирный</b> и <i>курсив</i>');
    assert.equal(unit('empty').state, 'untranslated');
    assert.equal(unit('self').state, 'untranslated');
    assert.equal(unit('entity').targets[0], 'Tom & Jerry <3 A');
    assert.equal(unit('tablet', 'product=tablet').targets[0], 'Планшет');
    assert.equal(unit('tablet', 'product=default').targets[0], 'Телефон');
  });

  it('decodes values the way aapt2 compiles them', () => {
    const catalog = parse(fixture('res/values-ru/strings.xml'));
    const value = (key: string) => catalog.units.find((u) => u.key === key)!.targets[0];
    assert.equal(value('quote'), 'Он сказал: "Привет" и ушёл, it\'s @home ?ok A\n\tnext');
    assert.equal(value('spaced'), '  два   пробела ');
    assert.equal(value('collapsed'), 'много строк');
    // Inside CDATA the Android escapes still apply, and unescaped double quotes are quote marks.
    assert.equal(value('cdata'), '<a href=x>Не надо</a>');
    assert.equal(valueOf('  a \n  b  '), 'a b');
    assert.equal(valueOf('" a "  b'), ' a  b');
    assert.equal(valueOf('\\u00e9\\u0020'), 'é ');
    assert.equal(valueOf('back\\\\slash \\# hash'), 'back\\slash # hash');
  });

  it('marks translatable="false" resources obsolete and takes the default folder as the source language', () => {
    const catalog = parse(fixture('res/values/strings.xml'), 'res/values/strings.xml');
    assert.equal(catalog.locale, 'en');
    const appName = catalog.units.find((u) => u.key === 'app_name')!;
    assert.equal(appName.state, 'obsolete');
    assert.ok(appName.flags.has('translatable=false'));
    assert.equal(catalog.units.find((u) => u.key === 'reset')!.notes[0]!.text, 'Shown on the reset button');
    assert.equal(parse(fixture('res/values-b+sr+Latn/strings.xml'), 'res/values-b+sr+Latn/strings.xml').locale, 'sr-Latn');
    assert.equal(parse(wrap(''), 'res/values-pt-rBR/strings.xml').locale, 'pt-BR');
    assert.equal(parse(wrap(''), 'res/values-night-v21/strings.xml').locale, 'en');
    assert.equal(parse(wrap(''), 'res/values-mcc310-mnc004-fr-rCA/strings.xml').locale, 'fr-CA');
    assert.equal(parse(wrap(''), 'res/values-night-car/strings.xml').locale, 'en');
    assert.equal(parse(wrap(''), 'res/values-de/strings.xml').localeOrigin, 'path');
  });

  it('reads UTF-16 and declared encodings, and ignores an external DTD it never fetches', () => {
    const xml = '<?xml version="1.0" encoding="utf-16"?>\n<resources><string name="a">Привет</string></resources>\n';
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]), Buffer.from(xml, 'utf16le')]) {
      const catalog = parse(bytes);
      assert.equal(catalog.units[0]!.targets[0], 'Привет');
      assert.ok(renderDocument(catalog.document, []).equals(bytes));
      assert.equal(formatFor('res/values-ru/strings.xml', () => bytes.toString('utf8'))?.id, 'android');
    }
    const latin1 = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?>\n<resources><string name="a">Café</string></resources>\n', 'latin1');
    assert.equal(parse(latin1).units[0]!.targets[0], 'Café');
    assert.ok(renderDocument(parse(latin1).document, []).equals(latin1));
    assert.equal(parse('<!DOCTYPE resources SYSTEM "file:///etc/passwd">\n<resources><string name="a">b</string></resources>').units[0]!.targets[0], 'b');
  });

  it('names the source-language file by Android folder conventions', () => {
    assert.deepEqual(androidSourceCandidates('/p/res/values-ru/strings.xml', 'ru', 'en'), ['/p/res/values/strings.xml', '/p/res/values-en/strings.xml']);
    assert.deepEqual(androidSourceCandidates('/p/res/values-pt-rBR-v21/arrays.xml', 'pt-BR', 'en-US'), [
      '/p/res/values-v21/arrays.xml', '/p/res/values/arrays.xml', '/p/res/values-en-rUS-v21/arrays.xml', '/p/res/values-en-v21/arrays.xml',
      '/p/res/values-b+en+US-v21/arrays.xml', '/p/res/values-en-rUS/arrays.xml', '/p/res/values-en/arrays.xml', '/p/res/values-b+en+US/arrays.xml',
    ]);
    assert.deepEqual(androidSourceCandidates('/p/strings/ru.xml', 'ru', 'en'), []);
  });

  it('writes every fixture back byte-exact (BOM, CRLF)', () => {
    for (const name of ['res/values/strings.xml', 'res/values-ru/strings.xml', 'res/values-b+sr+Latn/strings.xml']) {
      const bytes = fixture(name);
      assert.ok(renderDocument(parse(bytes, name).document, []).equals(bytes), name);
    }
  });

  it('splices an edited target with Android escaping and leaves other bytes alone', () => {
    const bytes = fixture('res/values-ru/strings.xml');
    const catalog = parse(bytes);
    const unit = catalog.units.find((u) => u.key === 'reset')!;
    const edit = androidAdapter.editTarget(catalog, unit, 0, 'It\'s "new"\n@ & <x>')!;
    assert.equal(edit.text, 'It\\\'s \\"new\\"\\n@ &amp; &lt;x>');
    const out = renderDocument(catalog.document, [edit]);
    const span = unit.spans.targets[0]!;
    const original = bytes.toString('utf8');
    const written = out.toString('utf8');
    assert.equal(written.slice(0, span.start + 1), original.slice(0, span.start + 1), 'bytes before the span (with the BOM) are unchanged');
    assert.equal(written.slice(span.start + 1 + edit.text.length), original.slice(span.end + 1));
    const reparsed = parse(out);
    assert.equal(reparsed.units.find((u) => u.key === 'reset')!.targets[0], 'It\'s "new"\n@ & <x>');
    assert.deepEqual(reparsed.units.find((u) => u.key === 'songs')!.targets, catalog.units.find((u) => u.key === 'songs')!.targets);
  });

  it('keeps CDATA, quotes and markup styles when editing, and fills self-closing elements', () => {
    const catalog = parse(fixture('res/values-ru/strings.xml'));
    const edited = (key: string, value: string) => {
      const unit = catalog.units.find((u) => u.key === key)!;
      const edit = androidAdapter.editTarget(catalog, unit, 0, value)!;
      const reparsed = parse(renderDocument(catalog.document, [edit]));
      return { text: edit.text, value: reparsed.units.find((u) => u.key === key)!.targets[0] };
    };
    assert.deepEqual(edited('cdata', '<a>ok]]></a>'), { text: '<![CDATA[<a>ok]]]]><![CDATA[></a>]]>', value: '<a>ok]]></a>' });
    assert.deepEqual(edited('spaced', ' x '), { text: '" x "', value: ' x ' });
    assert.deepEqual(edited('html', '<b>Новый</b>  текст '), { text: '<b>Новый</b> \\u0020текст\\u0020', value: '<b>Новый</b>  текст ' });
    assert.deepEqual(edited('self', 'Заполнено'), { text: '>Заполнено</string>', value: 'Заполнено' });
    assert.equal(edited('empty', '?').text, '\\?');
  });

  it('encodes values that decode back to themselves', () => {
    const values = ['', ' ', '  ', 'a  b', ' lead', 'trail ', 'tab\there', 'new\nline', '\\', '"', "'", '@string/x', '?attr', 'a@b?c', '&amp;', '<b>', ']]>', '\r', '\u0001', 'é😀'];
    for (const value of values) {
      for (const style of [{ cdata: false, quoted: false, markup: false }, { cdata: true, quoted: false, markup: false }, { cdata: false, quoted: true, markup: false }]) {
        const content = encodeAndroidContent(value, style);
        assert.equal(valueOf(content), value, `${JSON.stringify(value)} as ${JSON.stringify(content)}`);
      }
    }
  });

  it('reports broken input with file, line and column', () => {
    const unclosed = parseError('<resources>\n<string name="a">x</strin>\n</resources>');
    assert.equal(unclosed.file, 'res/values-ru/strings.xml');
    assert.equal(unclosed.line, 2);
    assert.match(parseError('<?xml version="1.0"?>\n<LinearLayout/>').message, /expected <resources>/);
    assert.match(parseError('<!DOCTYPE r [<!ENTITY a "b">]>\n<resources>&a;</resources>').message, /entity/);
    const deep = parseError(`<resources>${'<b>'.repeat(1500)}</resources>`);
    assert.match(deep.message, /nested more than/);
    assert.match(parseError('<resources><string name="a">&nbsp;</string></resources>').message, /XML/);
  });

  it('pairs with values/ and reports printf mismatches through check()', async () => {
    const source = wrap('    <string name="deleted">Deleted %1$d files in %2$s</string>\n    <plurals name="songs"><item quantity="one">%d song</item><item quantity="other">%d songs</item></plurals>');
    const bad = project({
      'app/src/main/res/values/strings.xml': source,
      'app/src/main/res/values-ru/strings.xml': wrap('    <string name="deleted">Удалено %1$s файлов в %2$s</string>\n    <plurals name="songs"><item quantity="one">%d песня</item><item quantity="few">%d песни</item><item quantity="many">%d песен</item><item quantity="other">%s песни</item></plurals>'),
    });
    const report = await check(['.'], { cwd: bad });
    assert.deepEqual(report.errors, []);
    const printf = report.findings.filter((f) => f.ruleId === 'placeholder/printf');
    assert.equal(printf.length, 2);
    assert.equal(printf[0]!.file, 'app/src/main/res/values-ru/strings.xml');
    assert.equal(printf[0]!.line, 3);
    assert.match(printf[0]!.message, /%1\$s where the source has %1\$d/);
    assert.equal(printf[0]!.unit.source, 'Deleted %1$d files in %2$s');
    assert.equal(printf[1]!.unit.source, '%d songs');

    const good = project({
      'res/values/strings.xml': source,
      'res/values-ru/strings.xml': wrap('    <string name="deleted">Удалено %1$d файлов в %2$s</string>\n    <plurals name="songs"><item quantity="one">%d песня</item><item quantity="few">%d песни</item><item quantity="many">%d песен</item><item quantity="other">%d песни</item></plurals>'),
    });
    const quiet = await check(['.'], { cwd: good });
    assert.deepEqual(quiet.errors, []);
    assert.deepEqual(quiet.findings.filter((f) => f.ruleId === 'placeholder/printf'), []);
  });
});
