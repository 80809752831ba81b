import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { check } from '../api.js';
import type { Catalog } from '../core/catalog.js';
import { renderDocument } from '../core/document.js';
import { TranslintError } from '../core/errors.js';
import { parseProperties, propertiesAdapter } from './properties.js';
import { tempProject as project, thrownTranslintError } from '../testing/fixtures.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../../fixtures/properties/${name}`, import.meta.url));
const parse = (text: string | Buffer, path = 'src/main/resources/messages_ru.properties'): Catalog =>
  parseProperties(Buffer.isBuffer(text) ? text : Buffer.from(text, 'latin1'), { path, sourceLocale: 'en' });
const byKey = (catalog: Catalog, key: string) => {
  const unit = catalog.units.find((u) => u.key === key);
  assert.ok(unit, `no unit ${key}`);
  return unit;
};

function parseError(text: string | Buffer): TranslintError {
  return thrownTranslintError(() => parse(text), 'src/main/resources/messages_ru.properties');
}

/** Edits one value: only its span changes, it reads back, the other units are unchanged. Returns the edit text. */
function editAndReparse(name: string, key: string, value: string): string {
  const bytes = fixture(name);
  const catalog = parse(bytes, name);
  const edit = propertiesAdapter.editTarget(catalog, byKey(catalog, key), 0, value);
  assert.ok(edit);
  const out = renderDocument(catalog.document, [edit]);
  const reparsed = parse(out, name);
  assert.equal(reparsed.document.encoding, catalog.document.encoding);
  const rendered = reparsed.document.text;
  assert.equal(rendered.slice(0, edit.start), catalog.document.text.slice(0, edit.start));
  assert.equal(rendered.slice(edit.start + edit.text.length), catalog.document.text.slice(edit.end));
  assert.equal(byKey(reparsed, key).targets[0], value);
  assert.deepEqual(reparsed.units.filter((u) => u.key !== key).map((u) => [u.key, u.targets]), catalog.units.filter((u) => u.key !== key).map((u) => [u.key, u.targets]));
  return edit.text;
}

describe('Java .properties adapter', () => {
  it('reads keys, separators, continuations, escapes and comments like Properties.load', () => {
    const base = parse(fixture('messages.properties'), 'src/main/resources/messages.properties');
    assert.equal(base.locale, 'en');
    assert.equal(base.localeOrigin, 'default');
    assert.deepEqual(base.units.map((u) => [u.key, u.targets[0]]), [
      ['app.title', 'Photo Gallery'],
      ['greeting', 'Hello, {0}!'],
      ['files.deleted', 'Deleted %d files in %s'],
      ['long.text', 'This is a long text that continues here and ends here.'],
      ['path with spaces', 'C:\\Photos'],
      ['tab.separated', 'value'],
      ['empty.value', ''],
      ['key.only', ''],
    ]);
    assert.deepEqual(byKey(base, 'app.title').notes, [{ kind: 'developer', text: 'Application messages\n(base bundle: English)' }]);
    assert.deepEqual([...byKey(base, 'greeting').formats], ['java']);
    assert.deepEqual([...byKey(base, 'files.deleted').formats], ['c']);
    const long = byKey(base, 'long.text');
    assert.deepEqual([long.spans.targets[0]!.line, long.spans.targets[0]!.column], [6, 11]);
    assert.equal(base.document.text.slice(long.spans.targets[0]!.start, long.spans.targets[0]!.end).split('\n').length, 3);
    assert.equal(byKey(base, 'key.only').state, 'untranslated');
  });

  it('decides the encoding per file: ISO-8859-1 unless the bytes are UTF-8 with non-ASCII', () => {
    const ru = parse(fixture('messages_ru.properties'), 'messages_ru.properties');
    assert.equal(ru.locale, 'ru');
    assert.equal(ru.document.encoding, 'iso-8859-1');
    assert.equal(byKey(ru, 'app.title').targets[0], 'Фотогалерея');
    assert.equal(byKey(ru, 'path with spaces').targets[0], 'C:\\Фото');
    const de = parse(fixture('messages_de.properties'), 'messages_de.properties');
    assert.equal(de.document.encoding, 'iso-8859-1');
    assert.equal(byKey(de, 'app.title').targets[0], 'Fotogalerie für Groß und Klein');
    const uk = parse(fixture('messages_uk.properties'), 'messages_uk.properties');
    assert.equal(uk.document.encoding, 'utf8');
    assert.equal(byKey(uk, 'greeting').targets[0], 'Привіт, {0}!');
    assert.equal(parse(fixture('messages_de.properties'), 'messages_pt_BR.properties').locale, 'pt-BR');
  });

  it('writes every fixture back byte-exact', () => {
    for (const name of ['messages.properties', 'messages_ru.properties', 'messages_de.properties', 'messages_uk.properties']) {
      assert.ok(renderDocument(parse(fixture(name), name).document, []).equals(fixture(name)), name);
    }
    const odd = Buffer.from('lone.surrogate=\\uD800 alone\r\nnul=a\u0000b\rtrailing=backslash at eof \\', 'latin1');
    const catalog = parse(odd);
    assert.ok(renderDocument(catalog.document, []).equals(odd));
    assert.deepEqual(catalog.units.map((u) => u.targets[0]), ['\ud800 alone', 'a\u0000b', 'backslash at eof ']);
  });

  it('keeps the last of repeated keys, as Java does', () => {
    const catalog = parse('a=1\nb=2\na=3\na:4\na 5\n');
    assert.deepEqual(catalog.units.map((u) => [u.key, u.targets[0]]), [['b', '2'], ['a', '5']]);
    assert.equal(byKey(catalog, 'a').spans.targets[0]!.line, 5);
  });

  it('escapes edits for the file\'s encoding and style', () => {
    assert.equal(editAndReparse('messages_ru.properties', 'app.title', 'Галерея'), '\\u0413\\u0430\\u043b\\u0435\\u0440\\u0435\\u044f');
    assert.equal(editAndReparse('messages_de.properties', 'app.title', 'Größe: Ж'), 'Größe: \\u0416');
    assert.equal(editAndReparse('messages_uk.properties', 'app.title', 'Галерея'), 'Галерея');
    assert.equal(editAndReparse('messages.properties', 'greeting', ' two\nlines\t\\'), '\\ two\\nlines\\t\\\\');
    assert.equal(editAndReparse('messages.properties', 'long.text', 'Now short.'), 'Now short.');
    assert.equal(editAndReparse('messages_ru.properties', 'long.text', 'Коротко'), '\\u041a\\u043e\\u0440\\u043e\\u0442\\u043a\\u043e');
    assert.equal(editAndReparse('messages.properties', 'key.only', 'Filled'), '=Filled');
    assert.equal(editAndReparse('messages.properties', 'empty.value', 'Filled'), 'Filled');
    assert.equal(editAndReparse('messages.properties', 'path with spaces', 'D:\\x'), 'D:\\\\x');
  });

  it('escapes a leading = or : after a whitespace separator (found by the property test)', () => {
    const catalog = parse('Open ');
    const edit = propertiesAdapter.editTarget(catalog, catalog.units[0]!, 0, ':')!;
    const out = renderDocument(catalog.document, [edit]);
    assert.equal(out.toString('latin1'), 'Open \\:');
    assert.equal(parse(out).units[0]!.targets[0], ':');
  });

  it('reports malformed \\u escapes at their line and column, and refuses UTF-16 and binary files', () => {
    const malformed = parseError('a=ok\nb=bad \\u00ZZ here\n');
    assert.match(malformed.message, /malformed \\uXXXX escape/);
    assert.deepEqual([malformed.line, malformed.column], [2, 7]);
    assert.equal(parseError('a=first \\\n   second \\u12\n').line, 2);
    assert.match(parseError(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a=b\n', 'utf16le')])).message, /UTF-16/);
    assert.match(parseError(Buffer.from(Array.from({ length: 200 }, (_, i) => (i * 37) % 32))).message, /not a text file/);
  });

  it('pairs messages_ru with the base bundle, then messages_en', () => {
    const candidates = propertiesAdapter.monolingual!.sourceCandidates;
    assert.deepEqual(candidates('/r/messages_ru.properties', 'ru', 'en'), ['/r/messages.properties', '/r/messages_en.properties']);
    assert.deepEqual(candidates('/r/messages_pt_BR.properties', 'pt-BR', 'en'), ['/r/messages.properties', '/r/messages_en.properties']);
    assert.deepEqual(candidates('/r/i18n/ru.properties', 'ru', 'en'), ['/r/i18n/en.properties']);
  });

  it('fires placeholder/printf and placeholder/java-messageformat through check(), quiet when they match', async () => {
    const base = fixture('messages.properties').toString('latin1');
    const bad = project({
      'src/main/resources/messages.properties': base,
      'src/main/resources/messages_ru.properties': 'greeting=\\u041f\\u0440\\u0438\\u0432\\u0435\\u0442!\nfiles.deleted=\\u0423\\u0434\\u0430\\u043b\\u0435\\u043d\\u043e %s \\u0444\\u0430\\u0439\\u043b\\u043e\\u0432 \\u0432 %s\n',
    });
    const report = await check(['.'], { cwd: bad });
    assert.deepEqual(report.errors, []);
    const printf = report.findings.filter((f) => f.ruleId === 'placeholder/printf');
    assert.equal(printf.length, 1);
    assert.equal(printf[0]!.line, 2);
    assert.match(printf[0]!.message, /%s where the source has %d/);
    assert.equal(printf[0]!.unit.source, 'Deleted %d files in %s');
    const java = report.findings.filter((f) => f.ruleId === 'placeholder/java-messageformat');
    assert.equal(java.length, 1);
    assert.match(java[0]!.message, /\{0\}/);

    const good = project({ 'src/main/resources/messages.properties': base, 'src/main/resources/messages_ru.properties': fixture('messages_ru.properties').toString('latin1') });
    const quiet = await check(['.'], { cwd: good });
    assert.deepEqual(quiet.errors, []);
    assert.deepEqual(quiet.findings.filter((f) => f.ruleId.startsWith('placeholder/')), []);
  });
});
