import fc from 'fast-check';
import type { Unit } from '../core/unit.js';
import { distinct, identifier, jsonString, layout, messageText, withBom, type Layout } from '../testing/arbitraries.js';
import { describeAdapterProperties, type ExpectedUnit, type GeneratedFile } from '../testing/adapter-properties.js';
import { arbAdapter, chromeMessagesAdapter, i18nextAdapter, jsonAdapter } from './json.js';

const text = messageText({ newlines: true, tabs: true });
// Keys that are plural categories or i18next plural suffixes would turn into plural units.
const key = identifier({ dashes: true }).filter((k) => !/(^|_)(zero|one|two|few|many|other|plural)$/.test(k) && !k.startsWith('@'));

/** Pretty-printed like JSON.stringify(value, null, indent) or minified, with the layout's line ending. */
function object(members: [string, string][], shape: Layout, depth = 1): string {
  if (members.length === 0) return '{}';
  if (shape.indent === '') return `{${members.map(([k, v]) => `${jsonString(k)}:${v}`).join(',')}}`;
  const pad = shape.indent.repeat(depth);
  return `{\n${members.map(([k, v]) => `${pad}${jsonString(k)}: ${v}`).join(',\n')}\n${shape.indent.repeat(depth - 1)}}`;
}

const finish = (json: string, shape: Layout): Buffer => withBom((json + (shape.finalNewline ? '\n' : '')).replaceAll('\n', shape.eol), shape.bom);
const compare = (unit: Unit): ExpectedUnit => ({ key: unit.key, targets: unit.targets });
const pair = fc.record({ key, value: text, ascii: fc.boolean() });

// Flat and nested key/value JSON: nested keys are dotted paths.
const jsonFiles: fc.Arbitrary<GeneratedFile> = fc
  .record({ shape: layout(), pairs: distinct(pair, (p) => p.key, { maxLength: 5 }), nested: distinct(fc.record({ group: key, pairs: distinct(pair, (p) => p.key, { minLength: 1, maxLength: 3 }) }), (g) => g.group, { maxLength: 2 }) })
  .filter(({ pairs, nested }) => !nested.some((g) => pairs.some((p) => p.key === g.group)))
  .map(({ shape, pairs, nested }) => {
    const members: [string, string][] = pairs.map((p) => [p.key, jsonString(p.value, p.ascii)]);
    const units: ExpectedUnit[] = pairs.map((p) => ({ key: p.key, targets: [p.value] }));
    for (const g of nested) {
      members.push([g.group, object(g.pairs.map((p) => [p.key, jsonString(p.value, p.ascii)]), shape, 2)]);
      units.push(...g.pairs.map((p) => ({ key: `${g.group}.${p.key}`, targets: [p.value] })));
    }
    return { path: 'locales/de.json', bytes: finish(object(members, shape), shape), units };
  });

// i18next: `_one`/`_other` siblings make one plural unit.
const i18nextFiles: fc.Arbitrary<GeneratedFile> = fc
  .record({ shape: layout(), pairs: distinct(pair, (p) => p.key, { maxLength: 4 }), plurals: distinct(fc.record({ key, one: text, other: text }), (p) => p.key, { maxLength: 2 }) })
  .filter(({ pairs, plurals }) => !plurals.some((p) => pairs.some((q) => q.key === p.key)))
  .map(({ shape, pairs, plurals }) => {
    const members: [string, string][] = pairs.map((p) => [p.key, jsonString(p.value, p.ascii)]);
    const units: ExpectedUnit[] = pairs.map((p) => ({ key: p.key, targets: [p.value] }));
    for (const p of plurals) {
      members.push([`${p.key}_one`, jsonString(p.one)], [`${p.key}_other`, jsonString(p.other)]);
      units.push({ key: p.key, targets: [p.one, p.other] });
    }
    return { path: 'locales/de/translation.json', bytes: finish(object(members, shape), shape), units };
  });

// ARB: `@@locale`, and `@key` metadata beside messages.
const arbFiles: fc.Arbitrary<GeneratedFile> = fc
  .record({ shape: layout(), pairs: distinct(fc.record({ key, value: text, ascii: fc.boolean(), description: fc.option(text, { nil: undefined }) }), (p) => p.key, { maxLength: 5 }) })
  .map(({ shape, pairs }) => {
    const members: [string, string][] = [['@@locale', '"de"']];
    for (const p of pairs) {
      members.push([p.key, jsonString(p.value, p.ascii)]);
      if (p.description !== undefined) members.push([`@${p.key}`, object([['description', jsonString(p.description)]], shape, 2)]);
    }
    return { path: 'lib/l10n/app_de.arb', bytes: finish(object(members, shape), shape), units: pairs.map((p) => ({ key: p.key, targets: [p.value] })) };
  });

// Chrome extensions: every key holds {"message": ..., "description": ...}.
const chromeFiles: fc.Arbitrary<GeneratedFile> = fc
  .record({ shape: layout(), pairs: distinct(fc.record({ key: identifier(), value: text, ascii: fc.boolean(), description: fc.option(text, { nil: undefined }) }), (p) => p.key, { minLength: 1, maxLength: 5 }) })
  .map(({ shape, pairs }) => {
    const members: [string, string][] = pairs.map((p) => {
      const fields: [string, string][] = [['message', jsonString(p.value, p.ascii)]];
      if (p.description !== undefined) fields.push(['description', jsonString(p.description)]);
      return [p.key, object(fields, shape, 2)];
    });
    return { path: '_locales/de/messages.json', bytes: finish(object(members, shape), shape), units: pairs.map((p) => ({ key: p.key, targets: [p.value] })) };
  });

describeAdapterProperties(jsonAdapter, jsonFiles, { editValues: text, compare });
describeAdapterProperties(i18nextAdapter, i18nextFiles, { editValues: text, compare });
describeAdapterProperties(arbAdapter, arbFiles, { editValues: text, compare });
describeAdapterProperties(chromeMessagesAdapter, chromeFiles, { editValues: text, compare });
