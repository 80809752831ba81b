import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCatalog } from '../../core/engine.js';
import { xliffAdapter } from '../../formats/xliff.js';
import xliffSchema from './xliff-schema.js';

function run(xml: string): string[] {
  const catalog = xliffAdapter.parse(Buffer.from(xml), { path: 'test/fr.xlf', sourceLocale: 'en' });
  return checkCatalog(catalog, [{ check: xliffSchema, severity: 'error', options: {} }], { debug: true }).map((f) => f.message);
}

const v12 = (file: string, units: string) =>
  `<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file ${file}>\n<body>\n${units}\n</body>\n</file>\n</xliff>\n`;

describe('markup/xliff-schema', () => {
  it('quiet: a valid XLIFF 1.2 file', () => {
    assert.deepEqual(run(v12('original="a" source-language="en" target-language="fr" datatype="plaintext"', '<trans-unit id="1"><source>Save</source><target state="translated">Enregistrer</target></trans-unit>')), []);
  });
  it('fires: missing required attributes and duplicate ids', () => {
    const messages = run(v12('source-language="en" target-language="fr"', '<trans-unit id="1"><source>A</source><target>B</target></trans-unit><trans-unit id="1"><source>C</source><target>D</target></trans-unit>'));
    assert.ok(messages.some((m) => /lacks the required original attribute/.test(m)), messages.join(' / '));
    assert.ok(messages.some((m) => /lacks the required datatype attribute/.test(m)));
    assert.ok(messages.some((m) => /id "1" is used twice/.test(m)));
  });
  it('fires: an invented state value', () => {
    const messages = run(v12('original="a" source-language="en" target-language="fr" datatype="plaintext"', '<trans-unit id="1"><source>A</source><target state="done">B</target></trans-unit>'));
    assert.ok(messages.some((m) => /state="done" is not an XLIFF 1.2 state/.test(m)), messages.join(' / '));
  });
  it('quiet: x- states are allowed', () => {
    assert.deepEqual(run(v12('original="a" source-language="en" target-language="fr" datatype="plaintext"', '<trans-unit id="1"><source>A</source><target state="x-reviewed">B</target></trans-unit>')), []);
  });
  it('XLIFF 2.0: unit without segment, bad state', () => {
    const xml = '<?xml version="1.0"?>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="fr">\n<file id="f1">\n<unit id="u1"><segment state="done"><source>A</source><target>B</target></segment></unit>\n</file>\n</xliff>\n';
    const messages = run(xml);
    assert.ok(messages.some((m) => /state="done" is not one of initial/.test(m)), messages.join(' / '));
  });
  it('ignores other formats', () => {
    assert.equal(xliffSchema.checkCatalog !== undefined, true);
  });
});
