import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { check } from '../api.js';
import end from '../checks/whitespace/end.js';
import start from '../checks/whitespace/start.js';
import type { Unit } from '../core/unit.js';
import { formatFor } from '../formats/index.js';
import { isSuppressed, suppressedRuleIds } from './suppress.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'translint-suppress-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Parses `text` as the file `path` with the adapter translint would pick, and returns its units by key. */
function units(path: string, text: string): Map<string, Unit> {
  const format = formatFor(path, () => text);
  assert.ok(format, `no adapter for ${path}`);
  const catalog = format.parse(Buffer.from(text), { path, sourceLocale: 'en' });
  return new Map(catalog.units.map((unit) => [unit.key, unit]));
}

/** Asserts that unit `a` mutes whitespace/end only, and `b` mutes nothing. */
function assertMutedOnA(found: Map<string, Unit>): void {
  assert.ok(found.get('a'), 'unit a');
  assert.ok(found.get('b'), 'unit b');
  assert.equal(isSuppressed(found.get('a')!, end), true);
  assert.equal(isSuppressed(found.get('a')!, start), false);
  assert.equal(isSuppressed(found.get('b')!, end), false);
}

const PO_HEADER = 'msgid ""\nmsgstr ""\n"Language: de\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n';

describe('inline suppression', () => {
  it('reads PO translator and extracted comments, naming rules or all of them', () => {
    const found = units('de.po', `${PO_HEADER}# translint-disable whitespace/end, placeholder/printf\nmsgid "a"\nmsgstr "x"\n\nmsgid "b"\nmsgstr "y"\n\n#. translint-disable\nmsgid "c"\nmsgstr "z"\n\n# translint-disable-next-line whitespace/end\nmsgid "d"\nmsgstr "w"\n`);
    assertMutedOnA(found);
    assert.deepEqual([...suppressedRuleIds(found.get('a')!, [end, start])], ['whitespace/end']);
    assert.equal(isSuppressed(found.get('c')!, start), true, 'a bare translint-disable mutes every rule');
    assert.equal(isSuppressed(found.get('d')!, end), false, 'only the exact directive counts');
  });

  it('reads PO flags: translint-ignore, Weblate ignore-<check>, poexam noqa, and aliases', () => {
    const found = units('de.po', `${PO_HEADER}#, c-format, translint-ignore:whitespace/end\nmsgid "a"\nmsgstr "x"\n\n#, ignore-end-space\nmsgid "w"\nmsgstr "x"\n\n#, noqa:whitespace-end\nmsgid "p"\nmsgstr "x"\n\n#, noqa\nmsgid "all"\nmsgstr "x"\n\n# translint-disable whitespace/leading-trailing\nmsgid "alias"\nmsgstr "x"\n\n#, ignore-begin-space\nmsgid "b"\nmsgstr "y"\n`);
    assertMutedOnA(found);
    assert.equal(isSuppressed(found.get('w')!, end), true, 'Weblate end_space');
    assert.equal(isSuppressed(found.get('w')!, start), false);
    assert.equal(isSuppressed(found.get('p')!, end), true, 'poexam whitespace-end');
    assert.equal(isSuppressed(found.get('p')!, start), false);
    assert.equal(isSuppressed(found.get('all')!, start), true);
    assert.equal(isSuppressed(found.get('alias')!, end), true);
    assert.equal(isSuppressed(found.get('alias')!, start), true);
  });

  it('reads XLIFF 1.2 and 2.0 notes', () => {
    assertMutedOnA(units('messages.de.xlf', `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" target-language="de" datatype="plaintext" original="x">
    <body>
      <trans-unit id="a"><source>Hello </source><target>Hallo</target><note>translint-disable whitespace/end</note></trans-unit>
      <trans-unit id="b"><source>World </source><target>Welt</target><note>nothing to see</note></trans-unit>
    </body>
  </file>
</xliff>
`));
    assertMutedOnA(units('messages.de.xlf', `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="de">
  <file id="f">
    <unit id="a"><notes><note category="translator">translint-disable whitespace/end</note></notes><segment><source>Hello </source><target>Hallo</target></segment></unit>
    <unit id="b"><segment><source>World </source><target>Welt</target></segment></unit>
  </file>
</xliff>
`));
  });

  it('reads Android tools:ignore and the comment above a resource', () => {
    assertMutedOnA(units('res/values-de/strings.xml', `<?xml version="1.0" encoding="utf-8"?>
<resources xmlns:tools="http://schemas.android.com/tools">
  <string name="a" tools:ignore="MissingTranslation,translint:whitespace/end">Hallo</string>
  <string name="b">Welt</string>
</resources>
`));
    assertMutedOnA(units('res/values-de/strings.xml', `<?xml version="1.0" encoding="utf-8"?>
<resources>
  <!-- translint-disable whitespace/end -->
  <string name="a">Hallo</string>
  <string name="b">Welt</string>
</resources>
`));
  });

  it('reads ARB @key metadata', () => {
    assertMutedOnA(units('app_de.arb', '{\n  "@@locale": "de",\n  "a": "Hallo",\n  "@a": {"description": "greeting", "translint-disable": ["whitespace/end"]},\n  "b": "Welt",\n  "@b": {"description": "world"}\n}\n'));
    const all = units('app_de.arb', '{"a": "Hallo", "@a": {"translint-disable": true}, "b": "Welt"}');
    assert.equal(isSuppressed(all.get('a')!, start), true);
  });

  it('reads YAML and .properties comments above the key', () => {
    assertMutedOnA(units('de.yml', 'de:\n  # translint-disable whitespace/end\n  a: Hallo\n  b: Welt\n'));
    assertMutedOnA(units('messages_de.properties', '# translint-disable whitespace/end\na=Hallo\n# an ordinary comment\nb=Welt\n'));
  });

  it('reads comments of the other adapters that keep them', () => {
    const qt = units('app_de.ts', `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context><name>Main</name>
  <message><source>a</source><translatorcomment>translint-disable whitespace/end</translatorcomment><translation>Hallo</translation></message>
  <message><source>b</source><translation>Welt</translation></message>
</context>
</TS>
`);
    assertMutedOnA(qt);
    assertMutedOnA(units('de.lproj/Localizable.strings', '/* translint-disable whitespace/end */\n"a" = "Hallo";\n/* plain */\n"b" = "Welt";\n'));
  });

  it('is applied by the engine: check() leaves suppressed findings out (PO and paired one-language files)', async () => {
    const dir = project({
      'de.po': `${PO_HEADER}# translint-disable whitespace/end\nmsgid "Hello "\nmsgstr "Hallo"\n\n#, ignore-end-space\nmsgid "Bye "\nmsgstr "Tschüss"\n\nmsgid "World "\nmsgstr "Welt"\n`,
      'props/messages.properties': 'a=Hello \nb=World \n',
      'props/messages_de.properties': '# translint-disable whitespace/end\na=Hallo\nb=Welt\n',
      'res/values/strings.xml': '<resources>\n  <string name="a">"Hello "</string>\n  <string name="b">"World "</string>\n</resources>\n',
      'res/values-de/strings.xml': '<resources xmlns:tools="http://schemas.android.com/tools">\n  <string name="a" tools:ignore="translint:whitespace/end">Hallo</string>\n  <string name="b">Welt</string>\n</resources>\n',
    });
    const report = await check(['.'], { cwd: dir, meaning: false });
    const ends = report.findings.filter((finding) => finding.ruleId === 'whitespace/end').map((finding) => `${finding.file} ${finding.unit.key}`).sort();
    assert.deepEqual(ends, ['de.po World ', 'props/messages_de.properties b', 'res/values-de/strings.xml b']);
  });
});
