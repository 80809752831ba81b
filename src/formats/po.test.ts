import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { renderDocument } from '../core/document.js';
import { TranslintError } from '../core/errors.js';
import { parsePo, poAdapter } from './po.js';
import { thrownTranslintError } from '../testing/fixtures.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../../fixtures/po/${name}`, import.meta.url));
const parse = (text: string | Buffer, path = 'x/de.po') => parsePo(Buffer.isBuffer(text) ? text : Buffer.from(text), { path, sourceLocale: 'en' });

function parseError(text: string): TranslintError {
  return thrownTranslintError(() => parse(text));
}

describe('PO adapter', () => {
  it('reads the same entries at the same lines whatever the line ends: LF, CRLF or lone CR', () => {
    const lines = ['# note', 'msgid "a"', 'msgstr "b"', '', '#, c-format', 'msgid ""', '"%s c"', 'msgstr "%s d"', ''];
    const seen = ['\n', '\r\n', '\r'].map((eol) => {
      const catalog = parse(lines.join(eol));
      return catalog.units.map((unit) => [unit.key, unit.targets[0], unit.spans.unit.line, unit.spans.source!.line, unit.spans.targets[0]!.line, unit.spans.targets[0]!.column]);
    });
    assert.deepEqual(seen[0], [['a', 'b', 1, 2, 3, 8], ['%s c', '%s d', 5, 6, 8, 8]]);
    assert.deepEqual(seen[1], seen[0]);
    assert.deepEqual(seen[2], seen[0]);
  });

  it('reads header, comments, flags, context, plurals, escapes and obsolete entries', () => {
    const catalog = parse(fixture('tricky.po'));
    assert.equal(catalog.locale, 'de');
    assert.equal(catalog.localeOrigin, 'header');
    assert.equal(catalog.pluralRule?.count, 2);
    assert.equal(catalog.pluralRule?.formFor(1), 0);
    assert.equal(catalog.pluralRule?.formFor(5), 1);
    const [first, open, multi, plural, octal, untranslated, obsolete, obsoletePlural] = catalog.units;
    assert.equal(catalog.units.length, 8);
    assert.deepEqual([...first!.flags], ['c-format', 'fuzzy']);
    assert.equal(first!.state, 'fuzzy');
    assert.ok(first!.formats.has('c'));
    assert.deepEqual(first!.notes.map((n) => n.kind), ['extracted', 'reference', 'previous']);
    assert.equal(first!.notes[2]!.text, 'msgid "Old %s"');
    assert.equal(open!.context, 'menu');
    assert.equal(multi!.source, 'Line one\nLine two with "quotes", a tab\t and a backslash \\');
    assert.equal(multi!.targets[0], 'Zeile eins\nZeile zwei mit "Anführungszeichen", Tab\t und Backslash \\');
    assert.equal(plural!.sourcePlural, '%d files');
    assert.deepEqual(plural!.targets, ['%d Datei', '%d Dateien']);
    assert.equal(octal!.source, 'Octal A and hex B');
    assert.equal(untranslated!.state, 'untranslated');
    assert.equal(obsolete!.state, 'obsolete');
    assert.equal(obsoletePlural!.context, 'old');
    assert.deepEqual(obsoletePlural!.targets, ['Weg', 'Wege']);
  });

  it('records the line and column of every field', () => {
    const catalog = parse(fixture('tricky.po'));
    const open = catalog.units[1]!;
    assert.deepEqual([open.spans.context!.line, open.spans.context!.column], [18, 9]);
    assert.deepEqual([open.spans.key!.line, open.spans.key!.column], [19, 7]);
    assert.deepEqual([open.spans.targets[0]!.line, open.spans.targets[0]!.column], [20, 8]);
    const plural = catalog.units[3]!;
    assert.equal(plural.spans.targets[1]!.line, 33);
  });

  it('decodes a Latin-1 catalog and writes it back byte-exact', () => {
    const bytes = fixture('latin1.po');
    const catalog = parse(bytes, 'fr.po');
    assert.equal(catalog.units[0]!.targets[0], 'Café');
    assert.equal(catalog.document.encoding, 'iso-8859-1');
    assert.ok(renderDocument(catalog.document, []).equals(bytes));
  });

  it('keeps a BOM and CRLF line endings byte-exact', () => {
    const bytes = fixture('bom-crlf.po');
    const catalog = parse(bytes);
    assert.equal(catalog.locale, 'ru');
    assert.equal(catalog.units[0]!.targets[0], 'Сброс');
    assert.equal(catalog.units[1]!.targets[0], 'a\nb');
    assert.ok(renderDocument(catalog.document, []).equals(bytes));
  });

  it('splices an edited target without touching other bytes, in the original layout', () => {
    const bytes = fixture('bom-crlf.po');
    const catalog = parse(bytes);
    const unit = catalog.units[1]!;
    const edit = poAdapter.editTarget(catalog, unit, 0, 'x\ny "z"')!;
    const out = renderDocument(catalog.document, [edit]).toString('utf8');
    assert.ok(out.endsWith('msgstr ""\r\n"x\\n"\r\n"y \\"z\\""\r\n'));
    const reparsed = parse(Buffer.from(out));
    assert.equal(reparsed.units[1]!.targets[0], 'x\ny "z"');
    assert.equal(reparsed.units[0]!.targets[0], 'Сброс');
  });

  it('takes the locale from the path when the header has none', () => {
    const catalog = parse('msgid "a"\nmsgstr "b"\n', 'po/pt_BR.po');
    assert.equal(catalog.locale, 'pt-BR');
    assert.equal(catalog.localeOrigin, 'path');
    assert.equal(parse('msgid "a"\nmsgstr "b"\n', 'locale/sr@latin/LC_MESSAGES/app.po').locale, 'sr-Latn');
  });

  it('reports broken input with file, line and column', () => {
    const unterminated = parseError('msgid "a"\nmsgstr "b\n');
    assert.equal(unterminated.file, 'x/de.po');
    assert.equal(unterminated.line, 2);
    assert.match(unterminated.message, /not terminated/);
    assert.match(parseError('msgid "a"\nmsgstr "b\\q"\n').message, /invalid escape/);
    assert.match(parseError('msgid "a"\nmsgid_plural "b"\nmsgstr[0] "x"\nmsgstr[2] "y"\n').message, /msgstr\[2\] where msgstr\[1\] was expected/);
    assert.match(parseError('msgid "a"\n').message, /no msgstr/);
    assert.equal(parseError('msgid "a"\nmsgstr "b"\nfoo "c"\n').line, 3);
    assert.match(parseError('msgid ""\nmsgstr "Content-Type: text/plain; charset=NOPE-42\\n"\n').message, /unknown charset/);
  });

  it('records hostile or broken Plural-Forms as a problem, without evaluating them as code', () => {
    const header = (rule: string) => `msgid ""\nmsgstr ""\n"Plural-Forms: ${rule}\\n"\n`;
    for (const [rule, pattern] of [
      ['nplurals=2; plural=process.exit(1);', /invalid Plural-Forms/],
      ['nplurals=0; plural=0;', /out of range/],
      ['nplurals=2; plural=n>1+;', /invalid Plural-Forms/],
      [`nplurals=2; plural=${'('.repeat(500)}n${')'.repeat(500)};`, /nested too deeply/],
      ['2', /expected "nplurals=N/],
    ] as const) {
      const catalog = parse(header(rule));
      assert.equal(catalog.pluralRule, undefined, rule);
      assert.equal(catalog.pluralFormsProblem?.severity, 'error');
      assert.match(catalog.pluralFormsProblem!.message, pattern);
    }
    const junk = parse(header('nplurals=2; plural=(n!=1);\\\\n;'));
    assert.equal(junk.pluralRule?.count, 2);
    assert.equal(junk.pluralFormsProblem?.severity, 'warning');
  });

  it('reports invalid UTF-8 at its line', () => {
    const bytes = Buffer.concat([Buffer.from('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "a"\nmsgstr "'), Buffer.from([0xc3, 0x28]), Buffer.from('"\n')]);
    const error = (() => { try { parse(bytes); } catch (e) { return e as TranslintError; } return undefined; })();
    assert.ok(error instanceof TranslintError);
    assert.equal(error.line, 5);
    assert.match(error.message, /invalid UTF-8/);
  });
});
