import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { check } from '../api.js';
import type { Catalog } from '../core/catalog.js';
import { renderDocument } from '../core/document.js';
import { TranslintError } from '../core/errors.js';
import { formatFor } from './index.js';
import { parseYaml, yamlAdapter } from './yaml.js';
import { tempProject as project, thrownTranslintError } from '../testing/fixtures.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../../fixtures/yaml/${name}`, import.meta.url));
const parse = (text: string | Buffer, path = 'config/locales/ru.yml'): Catalog => parseYaml(Buffer.isBuffer(text) ? text : Buffer.from(text), { path, sourceLocale: 'en' });
const byKey = (catalog: Catalog, key: string) => {
  const unit = catalog.units.find((u) => u.key === key);
  assert.ok(unit, `no unit ${key}`);
  return unit;
};

function parseError(text: string | Buffer): TranslintError {
  return thrownTranslintError(() => parse(text), 'config/locales/ru.yml');
}

/** Edits one target: only the span changes, the value reads back, every other unit is unchanged. */
function editAndReparse(bytes: Buffer, key: string, form: number, value: string): { edit: string; output: string } {
  const catalog = parse(bytes);
  const unit = byKey(catalog, key);
  const edit = yamlAdapter.editTarget(catalog, unit, form, value);
  assert.ok(edit);
  const out = renderDocument(catalog.document, [edit]);
  const text = catalog.document.text;
  const rendered = out.subarray(catalog.document.bom?.length ?? 0).toString('utf8');
  assert.equal(rendered.slice(0, edit.start), text.slice(0, edit.start));
  assert.equal(rendered.slice(edit.start + edit.text.length), text.slice(edit.end));
  const reparsed = parse(out);
  assert.deepEqual(byKey(reparsed, key).targets[form], value);
  assert.deepEqual(reparsed.units.filter((u) => u.key !== key).map((u) => [u.key, u.targets]), catalog.units.filter((u) => u.key !== key).map((u) => [u.key, u.targets]));
  return { edit: edit.text, output: rendered };
}

describe('Rails YAML adapter', () => {
  it('reads the locale root, nested keys, plural hashes, scalar styles and comments', () => {
    const catalog = parse(fixture('ru.yml'));
    assert.equal(catalog.locale, 'ru');
    assert.equal(catalog.localeOrigin, 'file');
    assert.deepEqual(catalog.units.map((u) => u.key), ['greeting', 'inbox', 'help', 'defaults.save', 'form.cancel', 'folded', 'escaped', 'days[0]', 'days[1]', 'untranslated', 'multi', 'libyaml']);
    const inbox = byKey(catalog, 'inbox');
    assert.deepEqual(inbox.pluralCategories, ['zero', 'one', 'few', 'many', 'other']);
    assert.equal(inbox.targets[3], '%{count} сообщений');
    assert.ok(inbox.formats.has('ruby'));
    assert.deepEqual(inbox.notes, [{ kind: 'developer', text: 'На главной' }]);
    assert.deepEqual([inbox.spans.targets[1]!.line, inbox.spans.targets[1]!.column], [7, 10]);
    assert.equal(byKey(catalog, 'help').targets[0], 'Первая строка\nВторая строка\n');
    assert.equal(byKey(catalog, 'form.cancel').targets[0], "Отмена 'сейчас'");
    assert.equal(byKey(catalog, 'folded').targets[0], 'Длинный текст, свёрнутый в строку');
    assert.equal(byKey(catalog, 'escaped').targets[0], 'Tab\there é "q"');
    assert.equal(byKey(catalog, 'untranslated').state, 'untranslated');
    assert.equal(byKey(catalog, 'multi').targets[0], 'первая вторая');
    // libyaml accepts a closing quote at column 0; so does translint.
    assert.equal(byKey(catalog, 'libyaml').targets[0], 'closing quote ');
    assert.equal(byKey(catalog, 'libyaml').spans.targets[0]!.line, 27);
  });

  it('skips YAML 1.1 booleans, numbers, aliases and merge keys, as Psych reads them', () => {
    const en = parse(fixture('en.yml'), 'config/locales/en.yml');
    assert.deepEqual(en.units.map((u) => u.key), ['greeting', 'inbox', 'help', 'defaults.save', 'form.cancel', 'days[0]', 'days[1]']);
    const keys = parse('de:\n  "yes": yes\n  no: "Nein"\n  on: "on"\n  n: 0777\n  nulls: ~\n  ? |\n    complex key\n  : value\n', 'locales/de.yml').units.map((u) => [u.key, u.targets[0]]);
    assert.deepEqual(keys, [['no', 'Nein'], ['on', 'on'], ['nulls', ''], ['complex key\n', 'value']]);
  });

  it('writes fixtures back byte-exact (BOM, CRLF, no final newline, lone CR)', () => {
    for (const name of ['en.yml', 'ru.yml']) assert.ok(renderDocument(parse(fixture(name)).document, []).equals(fixture(name)), name);
    for (const text of ['de:\n  a: b', 'de:\r  a: "x"\r  b: |\r    y\r', '\ufeffde:\r\n  a: b\r\n']) {
      const bytes = Buffer.from(text);
      const catalog = parse(bytes);
      assert.ok(renderDocument(catalog.document, []).equals(bytes));
      assert.equal(catalog.units[0]!.targets[0], text.includes('"x"') ? 'x' : 'b');
    }
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('de:\n  a: "Ä"\n', 'utf16le')]);
    const catalog = parse(utf16);
    assert.equal(catalog.units[0]!.targets[0], 'Ä');
    assert.ok(renderDocument(catalog.document, []).equals(utf16));
  });

  it('edits each scalar style in its own style where it can', () => {
    const ru = fixture('ru.yml');
    assert.equal(editAndReparse(ru, 'greeting', 0, 'Здравствуйте, %{name}!').edit, '"Здравствуйте, %{name}!"');
    assert.equal(editAndReparse(ru, 'form.cancel', 0, "Отменить 'всё'").edit, "'Отменить ''всё'''");
    assert.equal(editAndReparse(ru, 'defaults.save', 0, 'Записать').edit, 'Записать');
    assert.equal(editAndReparse(ru, 'defaults.save', 0, 'yes').edit, '"yes"');
    assert.equal(editAndReparse(ru, 'defaults.save', 0, 'a: b #c').edit, '"a: b #c"');
    assert.equal(editAndReparse(ru, 'days[1]', 0, 'Вторник, среда').edit, '"Вторник, среда"');
    assert.equal(editAndReparse(ru, 'help', 0, 'Одна\nДве\n').edit, '|\r\n    Одна\r\n    Две');
    assert.equal(editAndReparse(ru, 'help', 0, 'Без перевода строки').edit, '|-\r\n    Без перевода строки');
    assert.equal(editAndReparse(ru, 'help', 0, '  indented\n').edit, '"  indented\\n"');
    assert.equal(editAndReparse(ru, 'folded', 0, 'Строка\tс табом').edit, '"Строка\\tс табом"');
    assert.equal(editAndReparse(ru, 'escaped', 0, 'é "x"').edit, '"\\u00e9 \\"x\\""');
    assert.equal(editAndReparse(ru, 'greeting', 0, 'é "x"').edit, '"é \\"x\\""');
    assert.equal(editAndReparse(ru, 'untranslated', 0, 'Теперь есть').edit, ' Теперь есть');
    assert.equal(editAndReparse(ru, 'inbox', 2, '%{count} письма').edit, '"%{count} письма"');
    assert.equal(editAndReparse(ru, 'libyaml', 0, 'fixed').edit, "'fixed'");
    const escapedStyle = Buffer.from('ru:\n  a: "Gr\\u00fc\\u00dfe"\n');
    assert.equal(editAndReparse(escapedStyle, 'a', 0, 'Grüße').edit, '"Gr\\u00fc\\u00dfe"');
  });

  it('reports broken YAML with line and column', () => {
    const unterminated = parseError('de:\n  a: "x\n  b: y\n');
    assert.match(unterminated.message, /invalid YAML: Missing closing "quote/);
    assert.ok(unterminated.line !== undefined && unterminated.column !== undefined);
    const duplicate = parseError('de:\n  title: "Eins"\n  title: "Zwei"\n');
    assert.match(duplicate.message, /duplicate key "title"/);
    assert.deepEqual([duplicate.line, duplicate.column], [3, 3]);
    assert.match(parseError('de:\n  a: "\\q"\n').message, /invalid YAML/);
    assert.match(parseError('- a\n- b\n').message, /mapping of keys to messages/);
    assert.match(parseError('de:\n  a: b\n---\nfr:\n  a: c\n').message, /more than one YAML document/);
    const nul = parseError('de:\n  a: "x\u0000y"\n');
    assert.match(nul.message, /control character U\+0000/);
    assert.equal(nul.line, 2);
  });

  it('refuses custom tags, alias bombs, alias cycles and dangling aliases without expanding anything', () => {
    assert.match(parseError("de:\n  greet: !!js/function \"function () { return 'x'; }\"\n").message, /custom tag !!js\/function is not allowed/);
    assert.match(parseError('de: !ruby/object:Gem::Installer\n  i: x\n').message, /custom tag !ruby\/object:Gem::Installer/);
    assert.equal(parseError("de:\n  ok: fine\n  x: !!python/object/apply:os.system ['echo hi']\n").line, 3);
    let bomb = 'de:\n  lol0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (let i = 1; i <= 9; i++) bomb += `  lol${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]\n`;
    assert.match(parseError(bomb).message, /aliases expand to more than/);
    let merges = 'base0: &b0 {k: v}\n';
    for (let i = 1; i <= 25; i++) merges += `base${i}: &b${i}\n  <<: [*b${i - 1}, *b${i - 1}]\n  k${i}: v\n`;
    assert.match(parseError(merges).message, /aliases expand/);
    assert.match(parseError('de:\n  a: &x\n    b: *x\n').message, /refers to a node that contains it/);
    assert.match(parseError('de:\n  a: *nowhere\n').message, /alias \*nowhere refers to no anchor/);
    // Standard tags are fine.
    assert.deepEqual(parse('de:\n  a: !!str 12\n  b: ! text\n').units.map((u) => u.targets[0]), ['12', 'text']);
  });

  it('refuses nesting deeper than 1000 levels before the parser sees it', () => {
    const flow = parseError(`de:\n  root: ${'{a: '.repeat(5000)}x${'}'.repeat(5000)}\n`);
    assert.match(flow.message, /nested more than 1000 levels/);
    assert.equal(flow.line, 2);
    let block = 'de:\n';
    for (let i = 1; i <= 1200; i++) block += `${' '.repeat(i)}k${i}:\n`;
    assert.match(parseError(block).message, /nested more than 1000 levels/);
    assert.match(parseError(`de:\n  list:\n    ${'- '.repeat(1500)}x\n`).message, /nested more than 1000 levels/);
    // Brackets inside quotes and comments are text.
    assert.equal(parse(`de:\n  a: "${'['.repeat(3000)}" # ${'{'.repeat(3000)}\n`).units[0]!.targets[0]!.length, 3000);
  });

  it('is chosen for locale files only', () => {
    assert.equal(formatFor('config/locales/ru.yml', () => 'ru:\n  a: b\n')?.id, 'yaml');
    assert.equal(formatFor('config/locales/devise.en.yml', () => 'en:\n  devise:\n')?.id, 'yaml');
    assert.equal(formatFor('some/translations.yml', () => '# Rails\n---\n"pt-BR":\n  a: b\n')?.id, 'yaml');
    assert.equal(formatFor('.github/workflows/ci.yml', () => 'on:\n  push:\njobs:\n  test:\n')?.id, undefined);
    assert.equal(formatFor('docker-compose.yml', () => 'services:\n  web:\n')?.id, undefined);
    assert.equal(formatFor('config/database.yml', () => 'default: &default\n  adapter: pg\n')?.id, undefined);
  });

  it('finds the source-language file', () => {
    const candidates = yamlAdapter.monolingual!.sourceCandidates;
    assert.deepEqual(candidates('/app/config/locales/ru.yml', 'ru', 'en'), ['/app/config/locales/en.yml']);
    assert.deepEqual(candidates('/app/config/locales/devise.ru.yml', 'ru', 'en'), ['/app/config/locales/devise.en.yml']);
    assert.deepEqual(candidates('/app/config/locales/ru/models.yml', 'ru', 'en'), ['/app/config/locales/en/models.yml']);
    assert.deepEqual(candidates('/app/config/locales/pt-BR.yml', 'pt-BR', 'en'), ['/app/config/locales/en.yml']);
  });

  it('fires placeholder/ruby and plural/forms-count through check(), quiet on the good file', async () => {
    const en = fixture('en.yml').toString('utf8');
    const bad = project({
      'config/locales/en.yml': en,
      'config/locales/ru.yml': 'ru:\n  greeting: "Привет, %{user}!"\n  inbox:\n    one: "%{count} сообщение"\n    other: "%{count} сообщения"\n',
    });
    const report = await check(['.'], { cwd: bad });
    assert.deepEqual(report.errors, []);
    const ruby = report.findings.filter((f) => f.ruleId === 'placeholder/ruby');
    assert.ok(ruby.some((f) => /missing %\{name\}/.test(f.message) && f.line === 2 && f.file === 'config/locales/ru.yml'), JSON.stringify(ruby));
    assert.equal(ruby[0]!.unit.source, 'Hello, %{name}!');
    const forms = report.findings.find((f) => f.ruleId === 'plural/forms-count');
    assert.match(forms?.message ?? '', /missing plural categories few, many/);

    const good = project({ 'config/locales/en.yml': en, 'config/locales/ru.yml': fixture('ru.yml').toString('utf8') });
    const quiet = await check(['.'], { cwd: good });
    assert.deepEqual(quiet.errors, []);
    assert.deepEqual(quiet.findings.filter((f) => f.ruleId === 'placeholder/ruby' || f.ruleId === 'plural/forms-count'), []);
  });
});
