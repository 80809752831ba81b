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
import { parseXliff, xliffAdapter } from './xliff.js';
import { thrownTranslintError } from '../testing/fixtures.js';

const fixtureDir = new URL('../../fixtures/xliff/', import.meta.url);
const fixture = (name: string): Buffer => readFileSync(new URL(name, fixtureDir));
const parse = (bytes: string | Buffer, path = 'x/messages.xlf', locale?: string): Catalog =>
  parseXliff(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes), { path, sourceLocale: 'en', ...(locale ? { locale } : {}) });
const unitByKey = (catalog: Catalog, key: string): Unit => {
  const unit = catalog.units.find((u) => u.key === key);
  assert.ok(unit, `no unit ${key}`);
  return unit;
};

function parseError(text: string | Buffer): TranslintError {
  return thrownTranslintError(() => parse(text));
}

/** Applies an edit, checks the bytes around it are untouched, and re-parses. */
function editAndReparse(bytes: Buffer, path: string, key: string, form: number, value: string): { out: Buffer; reparsed: Catalog; edited: string } {
  const catalog = parse(bytes, path);
  const edit = xliffAdapter.editTarget(catalog, unitByKey(catalog, key), form, value);
  assert.ok(edit, 'expected an edit');
  const out = renderDocument(catalog.document, [edit]);
  const text = catalog.document.text;
  const outText = out.toString(catalog.document.encoding === 'utf8' ? 'utf8' : 'utf16le').replace(/^\ufeff/, '');
  assert.equal(outText.slice(0, edit.start), text.slice(0, edit.start));
  assert.equal(outText.slice(edit.start + edit.text.length), text.slice(edit.end));
  const reparsed = parse(out, path);
  assert.equal(unitByKey(reparsed, key).targets[form], value);
  return { out, reparsed, edited: edit.text };
}

describe('XLIFF adapter', () => {
  it('reads Symfony files: locale from the path, {{ }} and %name% parameters, needs-* states', () => {
    const catalog = parse(fixture('validators.fr.xlf'), 'translations/validators.fr.xlf');
    assert.equal(catalog.locale, 'fr');
    assert.equal(catalog.localeOrigin, 'path');
    assert.equal(catalog.sourceLocale, 'en');
    assert.equal(catalog.units.length, 7);
    assert.equal(unitByKey(catalog, '1').targets[0], 'Cette valeur doit être fausse.');
    const upload = unitByKey(catalog, '42');
    assert.equal(upload.source, 'You can upload %count% files of %size% & more.');
    assert.ok(!upload.formats.has('c'), 'Symfony %count% is not printf');
    assert.deepEqual(upload.notes, [{ kind: 'other', text: 'resname: upload.count' }]);
    assert.equal(unitByKey(catalog, '114').state, 'fuzzy'); // needs-translation with text
    assert.equal(unitByKey(catalog, '116').state, 'fuzzy'); // needs-review-translation
    assert.equal(unitByKey(catalog, '117').state, 'untranslated'); // needs-translation, empty
    assert.equal(unitByKey(catalog, '1').state, 'translated');
    const { line, column } = unitByKey(catalog, '20').spans.targets[0]!;
    assert.deepEqual([line, column], [12, 25]);
  });

  it('keeps Angular inline codes as raw XML tokens and recognises ICU messages', () => {
    const catalog = parse(fixture('messages.de.xlf'), 'src/locale/messages.de.xlf');
    assert.equal(catalog.locale, 'de');
    assert.equal(catalog.localeOrigin, 'file');
    assert.equal(catalog.sourceLocale, 'en-US');
    const header = unitByKey(catalog, 'introductionHeader');
    assert.equal(header.context, 'User welcome'); // Angular's meaning disambiguates like msgctxt
    assert.deepEqual(header.notes.map((n) => n.kind), ['reference', 'developer', 'developer']);
    assert.equal(header.notes[0]!.text, 'src/app/app.component.html:4,6');
    const greeting = unitByKey(catalog, 'greeting');
    assert.ok(greeting.formats.has('xliff-inline'));
    assert.ok(greeting.source.startsWith('Hello <x id="INTERPOLATION" equiv-text="{{ name }}"/>, you have <x id="START_BOLD_TEXT"'));
    assert.ok(greeting.targets[0]!.includes('<x id="CLOSE_BOLD_TEXT" ctype="x-b" equiv-text="&lt;/b&gt;"/>.'));
    const minutes = unitByKey(catalog, 'minutes');
    assert.ok(minutes.formats.has('icu') && minutes.formats.has('xliff-inline'));
    assert.ok(unitByKey(catalog, 'gender').formats.has('icu'));
    const untranslated = catalog.units[4]!;
    assert.equal(untranslated.state, 'untranslated');
    assert.ok(!untranslated.formats.has('icu'), 'ICU inside an attribute does not make the text ICU');
    assert.equal(untranslated.spans.targets[0], undefined);
    assert.equal(xliffAdapter.editTarget(catalog, untranslated, 0, 'x'), undefined);
  });

  it('reads an Xcode export: several files give context, BOM, xml:space, translate="no", self-closing target', () => {
    const bytes = fixture('Notes-ru.xliff');
    const catalog = parse(bytes, 'Notes Localizations/ru.xcloc/Localized Contents/ru.xliff');
    assert.equal(catalog.locale, 'ru');
    assert.deepEqual(catalog.units.map((u) => u.key), ['CFBundleDisplayName', 'NSCameraUsageDescription', '%lld notes selected', 'Delete "%@"?', '  Trailing  ']);
    const selected = unitByKey(catalog, '%lld notes selected');
    assert.equal(selected.context, 'Notes/en.lproj/Localizable.strings');
    assert.equal(selected.state, 'fuzzy'); // needs-review-l10n
    assert.ok(selected.formats.has('c'));
    assert.ok(selected.flags.has('xml:space=preserve'));
    assert.deepEqual(selected.notes, [{ kind: 'developer', text: 'Toolbar title when several notes are selected' }]);
    const spaced = unitByKey(catalog, '  Trailing  ');
    assert.equal(spaced.source, '  Two spaces each side  ');
    assert.equal(spaced.targets[0], '  По два пробела  ');
    const camera = unitByKey(catalog, 'NSCameraUsageDescription');
    assert.equal(camera.state, 'untranslated');
    assert.ok(camera.spans.targets[0], 'a self-closing <target/> is a place to write');
    assert.ok(renderDocument(catalog.document, []).equals(bytes));
  });

  it('folds a po2xliff plural group into one plural unit and reads the gettext header', () => {
    const catalog = parse(fixture('tar-uk.xlf'), 'xliff/tar-uk.xlf');
    assert.equal(catalog.locale, 'uk');
    assert.equal(catalog.localeOrigin, 'header');
    assert.equal(catalog.pluralRule?.count, 3);
    assert.equal(catalog.pluralRule?.formFor(22), 1);
    assert.equal(catalog.units.length, 4, 'the header unit is not a message');
    const plural = unitByKey(catalog, 'po/uk.po__%04__3');
    assert.equal(plural.source, '%d file\n');
    assert.equal(plural.sourcePlural, '%d files\n');
    assert.deepEqual(plural.targets, ['%d файл\n', '%d файли\n', '%d файлів\n']);
    assert.equal(plural.spans.targets.length, 3);
    const systemCall = unitByKey(catalog, '2');
    assert.deepEqual(systemCall.notes.map((n) => `${n.kind}:${n.text}`), ['reference:lib/paxerror.c:42', 'developer:TRANSLATORS: the second %s is a system call name']);
    const fuzzy = unitByKey(catalog, '4');
    assert.equal(fuzzy.state, 'fuzzy'); // approved="no" and no state
    assert.deepEqual(fuzzy.notes, [{ kind: 'translator', text: 'Fuzzy: check the directive' }]);
    assert.equal(unitByKey(catalog, '5').state, 'untranslated');
  });

  it('reads XLIFF 2.0: notes, pc/ph codes, cp characters, CDATA, segments, ignorables and states', () => {
    const catalog = parse(fixture('app.cs.xlf'), 'l10n/app.cs.xlf');
    assert.equal(catalog.locale, 'cs');
    assert.equal(catalog.sourceLocale, 'en');
    assert.deepEqual(catalog.units.map((u) => u.key), ['greeting', 'deleted', 'two-sentences', 'bell', 'pending']);
    const greeting = unitByKey(catalog, 'greeting');
    assert.equal(greeting.source, 'Hello <pc id="1" dataRefStart="d1" dataRefEnd="d2">{0}</pc>!');
    assert.deepEqual(greeting.notes, [{ kind: 'developer', text: 'Shown on the start page; {0} is the user name' }, { kind: 'other', text: 'name: app.greeting' }]);
    assert.ok(unitByKey(catalog, 'deleted').formats.has('c'));
    const two = unitByKey(catalog, 'two-sentences');
    assert.equal(two.source, 'First sentence. Second <ph id="2" dataRef="d3"/> sentence.');
    assert.equal(two.targets[0], 'První věta. Druhá <ph id="2" dataRef="d3"/> věta.');
    assert.equal(two.state, 'fuzzy'); // one segment is still initial
    assert.equal(two.spans.targets[0], undefined, 'several segments cannot take one edit');
    const bell = unitByKey(catalog, 'bell');
    assert.equal(bell.source, 'Ring\u0007 & <go>');
    assert.equal(bell.targets[0], 'Zvoň\u0007 & <jdi>');
    assert.ok(bell.flags.has('xml:space=preserve'));
    assert.equal(unitByKey(catalog, 'pending').state, 'untranslated');
  });

  it('decodes UTF-16 with a BOM and writes it back byte-exact', () => {
    const bytes = fixture('Strings.ja.xlf');
    const catalog = parse(bytes, 'Strings.ja.xlf');
    assert.equal(catalog.document.encoding, 'utf16le');
    assert.equal(catalog.units[0]!.targets[0], '保存');
    assert.ok(renderDocument(catalog.document, []).equals(bytes));
  });

  it('writes every fixture back byte-exact', () => {
    for (const name of readdirSync(fixtureDir)) {
      const bytes = fixture(name);
      assert.ok(renderDocument(parse(bytes, name).document, []).equals(bytes), name);
    }
  });

  it('edits a target: escapes text, keeps the unit\'s inline codes raw, writes CRLF in a CRLF file', () => {
    const bytes = fixture('messages.de.xlf');
    const source = unitByKey(parse(bytes), 'greeting').source;
    const interpolation = '<x id="INTERPOLATION" equiv-text="{{ name }}"/>';
    const value = `Servus ${interpolation} & <b>du</b>\nzweite Zeile`;
    const { edited, out } = editAndReparse(bytes, 'messages.de.xlf', 'greeting', 0, value);
    assert.ok(source.includes(interpolation));
    assert.equal(edited, `Servus ${interpolation} &amp; &lt;b&gt;du&lt;/b&gt;\r\nzweite Zeile`);
    assert.ok(out.toString('utf8').includes('<target>Servus <x id="INTERPOLATION"'));
  });

  it('escapes a would-be token that is not well-formed, and fills a self-closing <target/>', () => {
    const bytes = fixture('messages.de.xlf');
    const { edited } = editAndReparse(bytes, 'messages.de.xlf', 'greeting', 0, 'only an opening <x id="INTERPOLATION"');
    assert.equal(edited, 'only an opening &lt;x id="INTERPOLATION"');
    const xcode = fixture('Notes-ru.xliff');
    const { out, reparsed } = editAndReparse(xcode, 'ru.xliff', 'NSCameraUsageDescription', 0, 'Камера нужна для сканирования.');
    assert.ok(out.toString('utf8').includes('<target state="new">Камера нужна для сканирования.</target>'));
    assert.equal(unitByKey(reparsed, 'NSCameraUsageDescription').state, 'fuzzy'); // still state="new"
  });

  it('edits plural forms, XLIFF 2.0 targets with control characters, and UTF-16 files', () => {
    editAndReparse(fixture('tar-uk.xlf'), 'tar-uk.xlf', 'po/uk.po__%04__3', 2, '%d файлів (усього)\n');
    const { edited } = editAndReparse(fixture('app.cs.xlf'), 'app.cs.xlf', 'bell', 0, 'Zvonek\u0007!');
    assert.equal(edited, 'Zvonek<cp hex="0007"/>!');
    editAndReparse(fixture('Strings.ja.xlf'), 'Strings.ja.xlf', 'Save', 0, '保存する <&>');
    const v12 = parse(fixture('tar-uk.xlf'));
    assert.equal(xliffAdapter.editTarget(v12, unitByKey(v12, '2'), 0, 'bell\u0007'), undefined, 'XLIFF 1.2 cannot hold U+0007');
    const v20 = parse(fixture('app.cs.xlf'));
    assert.equal(xliffAdapter.editTarget(v20, unitByKey(v20, 'two-sentences'), 0, 'x'), undefined);
  });

  it('guesses the % syntax from the source: Python when named, printf otherwise', () => {
    const unit = (source: string) => parse(`<xliff version="1.2"><file target-language="de"><body><trans-unit id="a"><source>${source}</source><target>x</target></trans-unit></body></file></xliff>`).units[0]!;
    assert.deepEqual([...unit('%(count)d of %(total)d').formats], ['python']);
    assert.deepEqual([...unit('%d of %s').formats], ['c']);
    assert.deepEqual([...unit('100 % sure').formats], []);
    assert.deepEqual([...unit('%count% file|%count% files').formats], []);
  });

  it('takes the locale from the option first, and falls back to und', () => {
    const text = '<xliff version="1.2"><file source-language="en" target-language="pt-BR"><body><trans-unit id="a"><source>A</source><target>Á</target></trans-unit></body></file></xliff>';
    assert.equal(parse(text).locale, 'pt-BR');
    const forced = parse(text, 'x.xlf', 'pt-PT');
    assert.equal(forced.locale, 'pt-PT');
    assert.equal(forced.localeOrigin, 'option');
    assert.equal(forced.units[0]!.locale, 'pt-PT');
    const none = parse('<xliff version="1.2"><file source-language="en"><body/></file></xliff>', 'x/messages.xlf');
    assert.equal(none.locale, 'und');
    assert.equal(none.localeOrigin, 'default');
  });

  it('is picked for .xlf/.xliff only when the root element is <xliff>', () => {
    assert.equal(formatFor('a/messages.xlf', () => '<?xml version="1.0"?>\n<!-- c -->\n<xliff version="1.2">')?.id, 'xliff');
    assert.equal(formatFor('a/messages.xliff', () => '\ufeff<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0">')?.id, 'xliff');
    assert.equal(formatFor('a/other.xlf', () => '<?xml version="1.0"?><resources>'), undefined);
  });

  it('reports broken input with file, line and column', () => {
    const broken = parseError('<xliff version="1.2">\n<file>\n<body>\n<trans-unit id="a"><source>A</source><target>B</source>\n</trans-unit></body></file></xliff>');
    assert.equal(broken.file, 'x/messages.xlf');
    assert.equal(broken.line, 4);
    assert.match(parseError('<resources/>').message, /root element is <resources>, expected <xliff>/);
    assert.match(parseError('<xliff version="3.0"/>').message, /unsupported XLIFF version/);
    const noSource = parseError('<xliff version="1.2"><file><body>\n\n<trans-unit id="a"><target>B</target></trans-unit></body></file></xliff>');
    assert.equal(noSource.line, 3);
    assert.match(noSource.message, /has no <source>/);
    assert.match(parseError('<xliff version="2.0"><file><unit id="u"><notes/></unit></file></xliff>').message, /has no <segment>/);
    assert.match(parseError('<?xml version="1.0" encoding="NOPE-42"?><xliff/>').message, /unknown encoding/);
    assert.match(parseError('<!DOCTYPE xliff [<!ENTITY a "aaaa">]><xliff version="1.2"/>').message, /entity/i);
    const invalidUtf8 = parseError(Buffer.concat([Buffer.from('<xliff version="1.2">\n<file><body><trans-unit id="a"><source>'), Buffer.from([0xc3, 0x28]), Buffer.from('</source></trans-unit></body></file></xliff>')]));
    assert.equal(invalidUtf8.line, 2);
    assert.match(invalidUtf8.message, /invalid UTF-8/);
  });

  it('refuses pathological nesting with an error instead of a stack overflow', () => {
    const depth = 5000;
    const text = `<xliff version="1.2"><file><body><trans-unit id="a"><source>${'<g id="1">'.repeat(depth)}x${'</g>'.repeat(depth)}</source></trans-unit></body></file></xliff>`;
    assert.match(parseError(text).message, /nested more than/);
  });
});

describe('XLIFF through check()', () => {
  function project(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'translint-xliff-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  }
  const xliff = (units: [string, string][]) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n  <file source-language="en" target-language="fr" original="Localizable.strings" datatype="plaintext">\n    <body>\n${units
      .map(([source, target], i) => `      <trans-unit id="u${i}">\n        <source>${source}</source>\n        <target state="translated">${target}</target>\n      </trans-unit>\n`)
      .join('')}    </body>\n  </file>\n</xliff>\n`;

  it('placeholder/printf fires on a printf mismatch in an XLIFF target', async () => {
    const dir = project({ 'fr.xlf': xliff([['Deleted %d files in %s', 'Supprimé %s fichiers dans %s']]) });
    const report = await check(['.'], { cwd: dir });
    assert.deepEqual(report.errors, []);
    const finding = report.findings.find((f) => f.ruleId === 'placeholder/printf');
    assert.ok(finding, JSON.stringify(report.findings));
    assert.equal(finding.file, 'fr.xlf');
    assert.equal(finding.line, 7);
    assert.equal(finding.unit.key, 'u0');
    assert.equal(finding.unit.locale, 'fr');
  });

  it('stays quiet when placeholders match, are reordered, or are Symfony %name% parameters', async () => {
    const dir = project({
      'fr.xlf': xliff([
        ['Deleted %d files in %s', 'Supprimé %d fichiers dans %s'],
        ['%1$s of %2$s', '%2$s sur %1$s'],
        ['%name% has %count% items', '%count% éléments pour %name%'],
      ]),
    });
    const report = await check(['.'], { cwd: dir });
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.findings.filter((f) => f.ruleId.startsWith('placeholder/')), []);
    assert.equal(report.summary.units, 3);
  });
});
