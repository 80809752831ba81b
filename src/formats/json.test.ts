import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { check } from '../api.js';
import type { Catalog } from '../core/catalog.js';
import { renderDocument } from '../core/document.js';
import { TranslintError } from '../core/errors.js';
import type { FormatAdapter } from './adapter.js';
import { formatFor } from './index.js';
import { arbAdapter, chromeMessagesAdapter, encodeJsonString, i18nextAdapter, jsonAdapter, localeSwappedPaths } from './json.js';
import { tempProject as project, thrownTranslintError } from '../testing/fixtures.js';

const fixturePath = (name: string): string => new URL(`../../fixtures/${name}`, import.meta.url).pathname;
const fixture = (name: string): Buffer => readFileSync(fixturePath(name));
const parseWith = (adapter: FormatAdapter, text: string | Buffer, path: string): Catalog =>
  adapter.parse(Buffer.isBuffer(text) ? text : Buffer.from(text), { path, sourceLocale: 'en' });
const byKey = (catalog: Catalog, key: string) => {
  const unit = catalog.units.find((u) => u.key === key);
  assert.ok(unit, `no unit ${key}`);
  return unit;
};

function parseError(adapter: FormatAdapter, text: string | Buffer, path = 'l10n/de.json'): TranslintError {
  return thrownTranslintError(() => parseWith(adapter, text, path), path);
}

/** Edits one target, renders, and checks that only the edited span changed and the value reads back. */
function assertEditRoundtrip(adapter: FormatAdapter, path: string, key: string, form: number, value: string): string {
  const bytes = fixture(path);
  const catalog = parseWith(adapter, bytes, path);
  const unit = byKey(catalog, key);
  const edit = adapter.editTarget(catalog, unit, form, value)!;
  assert.ok(edit, 'editTarget returned nothing');
  const out = renderDocument(catalog.document, [edit]);
  const text = catalog.document.text;
  const rendered = out.subarray(catalog.document.bom?.length ?? 0).toString('utf8');
  assert.equal(rendered.slice(0, edit.start), text.slice(0, edit.start));
  assert.equal(rendered.slice(edit.start + edit.text.length), text.slice(edit.end));
  const reparsed = parseWith(adapter, out, path);
  assert.equal(byKey(reparsed, key).targets[form], value);
  assert.deepEqual(
    reparsed.units.filter((u) => u.key !== key).map((u) => u.targets),
    catalog.units.filter((u) => u.key !== key).map((u) => u.targets),
  );
  return edit.text;
}

const JSON_FIXTURES: [FormatAdapter, string][] = [
  [arbAdapter, 'arb/app_en.arb'],
  [arbAdapter, 'arb/app_ru.arb'],
  [chromeMessagesAdapter, 'chrome/_locales/en/messages.json'],
  [chromeMessagesAdapter, 'chrome/_locales/pt_BR/messages.json'],
  [i18nextAdapter, 'i18next/locales/en/translation.json'],
  [i18nextAdapter, 'i18next/locales/ru/translation.json'],
  [i18nextAdapter, 'i18next/legacy-de.json'],
  [jsonAdapter, 'json/en.json'],
  [jsonAdapter, 'json/ru.json'],
  [jsonAdapter, 'json/fr.json'],
];

describe('JSON adapters', () => {
  it('sniff each file to the right adapter, and leave package.json and tsconfig.json alone', () => {
    for (const [adapter, path] of JSON_FIXTURES) {
      const bytes = fixture(path);
      assert.equal(formatFor(fixturePath(path), () => bytes.subarray(0, 4096).toString('utf8'))?.id, adapter.id, path);
    }
    const head = (text: string) => () => text;
    assert.equal(formatFor('app/package.json', head('{"name": "app", "version": "1.0.0", "description": "x"}')), undefined);
    assert.equal(formatFor('it/tsconfig.json', head('{"compilerOptions": {"strict": true, "outDir": "dist"}}')), undefined);
    assert.equal(formatFor('data/settings.json', head('{"title": "x", "subtitle": "y"}')), undefined);
    assert.equal(formatFor('src/i18n/pirate.json', head('{"title": "Arr", "bye": "Fair winds"}'))?.id, 'json');
    assert.equal(formatFor('locales/de/common.json', head('{"count": 3, "enabled": true, "limit": 5, "title": "x"}')), undefined);
    assert.equal(formatFor('anywhere/strings.json', head('{"files_one": "{{count}} file", "files_other": "{{count}} files"}'))?.id, 'i18next');
  });

  it('write every fixture back byte-exact', () => {
    for (const [adapter, path] of JSON_FIXTURES) {
      const bytes = fixture(path);
      assert.ok(renderDocument(parseWith(adapter, bytes, path).document, []).equals(bytes), path);
    }
  });

  it('report broken JSON with file, line and column, and refuse what is not a localization file', () => {
    const unterminated = parseError(jsonAdapter, '{\n  "a": "b",\n  "c": "d\n}\n');
    assert.equal(unterminated.line, 3);
    assert.match(unterminated.message, /control character|not terminated/);
    assert.deepEqual([parseError(jsonAdapter, '{\n  "a": "x\\q"\n}').line, parseError(jsonAdapter, '{\n  "a": "x\\q"\n}').column], [2, 8]);
    assert.match(parseError(jsonAdapter, '{"a": "b",}').message, /expected a property name/);
    assert.match(parseError(jsonAdapter, '{"a": "b"} // note').message, /comments are not allowed/);
    assert.match(parseError(jsonAdapter, '["a", "b"]').message, /JSON object at the top level/);
    assert.match(parseError(jsonAdapter, ' \n').message, /empty/);
    assert.match(parseError(jsonAdapter, Buffer.from('\ufeff{"a": "b"}', 'utf16le')).message, /UTF-16/);
    assert.match(parseError(jsonAdapter, Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d])).message, /invalid UTF-8/);
    const deep = parseError(i18nextAdapter, `{"k": ${'['.repeat(5000)}${']'.repeat(5000)}}`);
    assert.match(deep.message, /nested more than 1000 levels/);
    // Brackets inside strings do not count.
    assert.equal(parseWith(jsonAdapter, `{"k": "${'['.repeat(5000)}"}`, 'de.json').units[0]!.targets[0]!.length, 5000);
  });

  it('keep the first of duplicate keys, and never touch prototypes', () => {
    const catalog = parseWith(i18nextAdapter, '{"key": "a", "__proto__": {"polluted": "yes"}, "key": "c", "constructor": {"prototype": "x"}}', 'de.json');
    assert.deepEqual(catalog.units.map((u) => [u.key, u.targets[0]]), [['key', 'a'], ['__proto__.polluted', 'yes'], ['constructor.prototype', 'x']]);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('encode strings with JSON escapes', () => {
    assert.equal(encodeJsonString('a"b\\c\n\t\u0001é/'), '"a\\"b\\\\c\\n\\t\\u0001é/"');
    assert.equal(encodeJsonString('é😀/', { asciiOnly: true, escapeSlash: true, upperHex: true }), '"\\u00E9\\uD83D\\uDE00\\/"');
    assert.equal(encodeJsonString('\ud800x'), '"\\ud800x"');
  });

  it('find the source-language file by the ecosystem conventions', () => {
    assert.deepEqual(localeSwappedPaths('/p/lib/l10n/app_ru.arb', 'ru', 'en'), ['/p/lib/l10n/app_en.arb']);
    assert.deepEqual(localeSwappedPaths('/p/lib/l10n/ru.arb', 'ru', 'en'), ['/p/lib/l10n/en.arb']);
    assert.deepEqual(localeSwappedPaths('/p/intl_pt_BR.arb', 'pt-BR', 'en'), ['/p/intl_en.arb']);
    assert.deepEqual(localeSwappedPaths('/p/public/locales/ru/ns.json', 'ru', 'en'), ['/p/public/locales/en/ns.json']);
    assert.deepEqual(localeSwappedPaths('/p/src/i18n/pt-br.json', 'pt-BR', 'en-US'), ['/p/src/i18n/en-us.json']);
    assert.deepEqual(localeSwappedPaths('/p/config/locales/devise.ru.yml', 'ru', 'en'), ['/p/config/locales/devise.en.yml']);
    assert.deepEqual(localeSwappedPaths('/p/locales/ru/ru.json', 'ru', 'en'), ['/p/locales/ru/en.json', '/p/locales/en/ru.json']);
    assert.deepEqual(chromeMessagesAdapter.monolingual!.sourceCandidates('/x/_locales/pt_BR/messages.json', 'pt-BR', 'en'), ['/x/_locales/en/messages.json', '/x/_locales/en_US/messages.json', '/x/_locales/en_GB/messages.json']);
    assert.deepEqual(localeSwappedPaths('/x/notes.json', 'und', 'en'), []);
  });
});

describe('ARB adapter', () => {
  it('reads @@locale, messages, their @metadata as notes, and marks them ICU', () => {
    const catalog = parseWith(arbAdapter, fixture('arb/app_en.arb'), 'lib/l10n/app_xx.arb');
    assert.equal(catalog.locale, 'en');
    assert.equal(catalog.localeOrigin, 'file');
    assert.deepEqual(catalog.units.map((u) => u.key), ['appTitle', 'greeting', 'photoCount', 'saveAs', 'path', 'empty']);
    const greeting = byKey(catalog, 'greeting');
    assert.deepEqual(greeting.notes, [
      { kind: 'developer', text: 'Greets the signed-in user' },
      { kind: 'developer', text: 'placeholders: {name} (String, example: Ana)' },
    ]);
    assert.ok(greeting.formats.has('icu'));
    assert.deepEqual([greeting.spans.targets[0]!.line, greeting.spans.targets[0]!.column, greeting.spans.key!.column], [8, 15, 3]);
    assert.equal(byKey(catalog, 'saveAs').targets[0], 'Save as “{fileName}”…');
    assert.equal(byKey(catalog, 'path').targets[0], 'Folder: C:\\Photos/2024');
    assert.equal(byKey(catalog, 'empty').state, 'untranslated');
  });

  it('reads a CRLF file with a BOM and keeps the first of duplicate keys', () => {
    const catalog = parseWith(arbAdapter, fixture('arb/app_ru.arb'), 'app_ru.arb');
    assert.equal(catalog.locale, 'ru');
    assert.equal(byKey(catalog, 'appTitle').targets[0], 'Фотогалерея');
    assert.equal(byKey(catalog, 'path').targets[0], 'Папка: C:\\Фото\n"2024"');
    assert.equal(catalog.units.filter((u) => u.key === 'appTitle').length, 1);
    assert.equal(byKey(catalog, 'path').spans.targets[0]!.line, 7);
  });

  it('splice edits in the file\'s escaping style', () => {
    assert.equal(assertEditRoundtrip(arbAdapter, 'arb/app_ru.arb', 'path', 0, 'Папка "x"\n\\'), '"Папка \\"x\\"\\n\\\\"');
    // app_en.arb writes non-ASCII as \u escapes: so does the edit.
    assert.equal(assertEditRoundtrip(arbAdapter, 'arb/app_en.arb', 'appTitle', 0, 'Фото'), '"\\u0424\\u043e\\u0442\\u043e"');
    assert.equal(assertEditRoundtrip(arbAdapter, 'arb/app_en.arb', 'path', 0, 'a/b'), '"a\\/b"');
    assert.equal(assertEditRoundtrip(arbAdapter, 'arb/app_en.arb', 'empty', 0, 'Now filled'), '"Now filled"');
  });

  it('refuses messages that are not strings and metadata that is not an object', () => {
    const arb = (body: string) => `{\n  "@@locale": "de",\n${body}\n}`;
    const number = parseError(arbAdapter, arb('  "hello": 42'), 'app_de.arb');
    assert.match(number.message, /message "hello" must be a string, found a number/);
    assert.equal(number.line, 3);
    assert.match(parseError(arbAdapter, arb('  "hello": "Hallo",\n  "@hello": "x"'), 'app_de.arb').message, /metadata "@hello" must be an object/);
    assert.match(parseError(arbAdapter, '{"@@locale": "klingon-xx-yy", "a": "b"}', 'app_de.arb').message, /not a locale/);
    assert.match(parseError(arbAdapter, `{"@@locale":"de","@hello":{"placeholders":${'{"x":'.repeat(1200)}1${'}'.repeat(1200)}}}`, 'app_de.arb').message, /nested more than/);
  });

  it('fires placeholder/icu through check() on a dropped argument, and stays quiet when they match', async () => {
    const en = fixture('arb/app_en.arb').toString('utf8');
    const bad = project({
      'lib/l10n/app_en.arb': en,
      'lib/l10n/app_ru.arb': JSON.stringify({ '@@locale': 'ru', appTitle: 'Фотогалерея', greeting: 'Привет!', photoCount: '{count, plural, one{{count} фото} few{{count} фото} many{{count} фото} other{{count} фото}}' }, null, 2),
    });
    const report = await check(['.'], { cwd: bad });
    assert.deepEqual(report.errors, []);
    const icu = report.findings.filter((f) => f.ruleId === 'placeholder/icu');
    assert.equal(icu.length, 1);
    assert.equal(icu[0]!.file, 'lib/l10n/app_ru.arb');
    assert.equal(icu[0]!.line, 4);
    assert.match(icu[0]!.message, /missing \{name\}/);
    assert.equal(icu[0]!.unit.source, 'Hello, {name}!');

    const good = project({ 'lib/l10n/app_en.arb': en, 'lib/l10n/app_ru.arb': fixture('arb/app_ru.arb').toString('utf8') });
    const quiet = await check(['.'], { cwd: good });
    assert.deepEqual(quiet.errors, []);
    assert.deepEqual(quiet.findings.filter((f) => f.ruleId === 'placeholder/icu'), []);
  });
});

describe('Chrome messages.json adapter', () => {
  it('reads message, description and placeholders, locale from _locales/<lang>/', () => {
    const catalog = parseWith(chromeMessagesAdapter, fixture('chrome/_locales/en/messages.json'), 'ext/_locales/en/messages.json');
    assert.equal(catalog.locale, 'en');
    const sorted = byKey(catalog, 'sortedCount');
    assert.equal(sorted.targets[0], 'Sorted $COUNT$ tabs in $WINDOW$');
    assert.ok(sorted.formats.has('chrome'));
    assert.deepEqual(sorted.notes.map((n) => n.text), ['Shown after sorting', 'placeholders: $COUNT$ = $1 (example: 12), $WINDOW$ = $2']);
    assert.equal(parseWith(chromeMessagesAdapter, fixture('chrome/_locales/pt_BR/messages.json'), 'x/_locales/pt_BR/messages.json').locale, 'pt-BR');
    assert.equal(assertEditRoundtrip(chromeMessagesAdapter, 'chrome/_locales/pt_BR/messages.json', 'extName', 0, 'Organizador "novo"'), '"Organizador \\"novo\\""');
    assert.match(parseError(chromeMessagesAdapter, '{"a": {"message": "x"}, "b": {"description": "no message"}}', '_locales/de/messages.json').message, /"b" has no "message" string/);
  });

  it('pairs with _locales/en through check()', async () => {
    const dir = project({
      'ext/_locales/en/messages.json': fixture('chrome/_locales/en/messages.json').toString('utf8'),
      'ext/_locales/de/messages.json': '{\n  "extName": {"message": "Tab-Sortierer "},\n  "sortedCount": {"message": ""}\n}\n',
    });
    const report = await check(['.'], { cwd: dir });
    assert.deepEqual(report.errors, []);
    const missing = report.findings.find((f) => f.ruleId === 'translation/missing');
    assert.equal(missing?.unit.key, 'sortedCount');
    assert.equal(missing?.unit.source, 'Sorted $COUNT$ tabs in $WINDOW$');
    assert.ok(report.findings.some((f) => f.ruleId === 'whitespace/end' && f.unit.key === 'extName'));
  });
});

describe('i18next adapter', () => {
  it('groups plural suffixes into one unit with CLDR categories, flattens nesting and arrays', () => {
    const ru = parseWith(i18nextAdapter, fixture('i18next/locales/ru/translation.json'), 'public/locales/ru/translation.json');
    assert.equal(ru.locale, 'ru');
    assert.deepEqual(ru.units.map((u) => u.key), ['nav.home', 'nav.settings', 'files', 'welcome', 'more', 'friend_male', 'rank_ordinal_other', 'tags[0]', 'tags[1]', '__proto__']);
    const files = byKey(ru, 'files');
    assert.deepEqual(files.pluralCategories, ['one', 'few', 'many', 'other']);
    assert.deepEqual(files.targets, ['{{count}} файл', '{{count}} файла', '{{count}} файлов', '{{count}} файла']);
    assert.deepEqual(files.spans.targets.map((s) => s!.line), [6, 7, 8, 9]);
    assert.ok(files.formats.has('i18next'));
    assert.equal(byKey(ru, '__proto__').targets[0], 'not a prototype');
  });

  it('reads v3 key/key_plural and numbered key_0, key_1 forms', () => {
    const legacy = parseWith(i18nextAdapter, fixture('i18next/legacy-de.json'), 'locales/legacy-de.json');
    assert.deepEqual(byKey(legacy, 'item').pluralCategories, ['one', 'other']);
    assert.deepEqual(byKey(legacy, 'item').targets, ['{{count}} Element', '{{count}} Elemente']);
    assert.equal(byKey(legacy, 'day').pluralCategories, undefined);
    assert.deepEqual(byKey(legacy, 'day').targets, ['{{count}} Tag', '{{count}} Tage']);
    assert.equal(byKey(legacy, 'step_1').targets.length, 1);
  });

  it('strips a resource-bundle locale root', () => {
    const catalog = parseWith(i18nextAdapter, '{"de": {"translation": {"a_one": "{{count}} A", "a_other": "{{count}} As"}}}', 'resources.json');
    assert.equal(catalog.locale, 'de');
    assert.equal(catalog.localeOrigin, 'file');
    assert.deepEqual(catalog.units.map((u) => u.key), ['translation.a']);
  });

  it('edits one plural form', () => {
    assertEditRoundtrip(i18nextAdapter, 'i18next/locales/ru/translation.json', 'files', 2, '{{count}} файлов!');
  });

  it('fires placeholder/i18next and plural/forms-count through check(), quiet on the good file', async () => {
    const en = fixture('i18next/locales/en/translation.json').toString('utf8');
    const bad = project({
      'public/locales/en/translation.json': en,
      'public/locales/ru/translation.json': '{\n  "welcome": "Добро пожаловать, {{user}}!",\n  "files_one": "{{count}} файл",\n  "files_other": "{{count}} файла"\n}\n',
    });
    const report = await check(['.'], { cwd: bad });
    assert.deepEqual(report.errors, []);
    const placeholder = report.findings.filter((f) => f.ruleId === 'placeholder/i18next');
    assert.ok(placeholder.some((f) => /missing \{\{name\}\}/.test(f.message) && f.line === 2), JSON.stringify(placeholder));
    const forms = report.findings.find((f) => f.ruleId === 'plural/forms-count');
    assert.match(forms?.message ?? '', /missing plural categories few, many/);
    assert.equal(forms?.unit.source, '{{count}} file');

    const good = project({ 'public/locales/en/translation.json': en, 'public/locales/ru/translation.json': fixture('i18next/locales/ru/translation.json').toString('utf8') });
    const quiet = await check(['.'], { cwd: good });
    assert.deepEqual(quiet.errors, []);
    assert.deepEqual(quiet.findings.filter((f) => f.ruleId === 'placeholder/i18next' || f.ruleId === 'plural/forms-count'), []);
  });
});

describe('generic JSON adapter', () => {
  it('flattens nested keys with dots and arrays with [i]; y18n plural objects become one unit', () => {
    const en = parseWith(jsonAdapter, fixture('json/en.json'), 'locales/en.json');
    assert.deepEqual(en.units.map((u) => u.key), ['menu.open', 'menu.recent[0]', 'menu.recent[1]', 'menu.file.name', 'Missing argument: %s', 'inbox']);
    assert.deepEqual(byKey(en, 'Missing argument: %s').pluralCategories, ['one', 'other']);
    assert.ok(byKey(en, 'inbox').formats.has('icu'));
    assert.equal(byKey(en, 'menu.open').formats.size, 0);
  });

  it('decodes \\u escapes, keeps the first duplicate object, takes a locale root', () => {
    const ru = parseWith(jsonAdapter, fixture('json/ru.json'), 'locales/ru.json');
    assert.equal(byKey(ru, 'menu.open').targets[0], 'Открыть');
    assert.equal(byKey(ru, 'menu.file.name').targets[0], 'Имя файла / "путь"');
    assert.equal(byKey(ru, 'Missing argument: %s').state, 'translated');
    assert.equal(ru.units.filter((u) => u.key === 'menu.open').length, 1);
    const fr = parseWith(jsonAdapter, fixture('json/fr.json'), 'i18n/fr.json');
    assert.equal(fr.locale, 'fr');
    assert.equal(fr.localeOrigin, 'file');
    assert.equal(byKey(fr, 'menu.open').targets[0], 'Ouvrir');
    // A root key that is not the path's locale is an ordinary key.
    assert.deepEqual(parseWith(jsonAdapter, '{"de": {"a": "b"}}', 'locales/ru.json').units.map((u) => u.key), ['de.a']);
  });

  it('edits keep \\uXXXX and \\/ escaping where the file uses them', () => {
    assert.equal(assertEditRoundtrip(jsonAdapter, 'json/ru.json', 'menu.file.name', 0, 'Имя / путь'), '"\\u0418\\u043c\\u044f \\/ \\u043f\\u0443\\u0442\\u044c"');
    assert.equal(assertEditRoundtrip(jsonAdapter, 'json/ru.json', 'Missing argument: %s', 2, 'Не хватает: %s'), '"\\u041d\\u0435 \\u0445\\u0432\\u0430\\u0442\\u0430\\u0435\\u0442: %s"');
    assert.equal(assertEditRoundtrip(jsonAdapter, 'json/fr.json', 'menu.recent[1]', 0, 'Deuxième'), '"Deuxième"');
  });

  it('fires placeholder/icu through check() for ICU values, quiet when they match', async () => {
    const en = fixture('json/en.json').toString('utf8');
    const bad = project({
      'locales/en.json': en,
      'locales/ru.json': '{\n  "menu": {"open": "Открыть"},\n  "inbox": "{total, plural, one {# сообщение} few {# сообщения} many {# сообщений} other {# сообщения}}"\n}\n',
    });
    const report = await check(['.'], { cwd: bad });
    assert.deepEqual(report.errors, []);
    const icu = report.findings.filter((f) => f.ruleId === 'placeholder/icu');
    assert.ok(icu.some((f) => /missing \{count\}/.test(f.message) && f.line === 3 && f.file === 'locales/ru.json'), JSON.stringify(icu));

    const good = project({ 'locales/en.json': en, 'locales/ru.json': fixture('json/ru.json').toString('utf8') });
    const quiet = await check(['.'], { cwd: good });
    assert.deepEqual(quiet.errors, []);
    assert.deepEqual(quiet.findings.filter((f) => f.ruleId === 'placeholder/icu'), []);
  });
});
