import fc from 'fast-check';
import type { Unit } from '../core/unit.js';
import { assemble, distinct, identifier, layout, messageText, xmlText, type Layout } from '../testing/arbitraries.js';
import { describeAdapterProperties, type ExpectedUnit, type GeneratedFile } from '../testing/adapter-properties.js';
import { xliffAdapter } from './xliff.js';

const text = messageText({ newlines: true, tabs: true });

const unitRecord = fc.record({
  id: identifier({ dots: true, dashes: true }),
  source: text,
  target: fc.option(text, { nil: undefined }),
  state: fc.constantFrom('', ' state="translated"', ' state="needs-review-translation"'),
  note: fc.option(text, { nil: undefined }),
  quotes: fc.boolean(),
});
type UnitRecord = typeof unitRecord extends fc.Arbitrary<infer T> ? T : never;

function xliffFile(version: 1 | 2): fc.Arbitrary<GeneratedFile> {
  return fc.record({ shape: layout(), units: distinct(unitRecord, (u) => u.id, { maxLength: 5 }) }).map(({ shape, units }) => {
    const lines = version === 1 ? xliff12(units, shape) : xliff20(units, shape);
    const expected: ExpectedUnit[] = units.map((u) => ({ key: u.id, source: u.source, targets: [u.target ?? ''] }));
    return { path: 'l10n/de.xlf', bytes: assemble(lines, shape), units: expected };
  });
}

function xliff12(units: UnitRecord[], { indent: i }: Layout): string[] {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'];
  lines.push(`${i}<file source-language="en" target-language="de" datatype="plaintext" original="app">`, `${i}${i}<body>`);
  for (const u of units) {
    lines.push(`${i}${i}${i}<trans-unit id="${u.id}">`, `${i}${i}${i}${i}<source>${xmlText(u.source, u.quotes)}</source>`);
    if (u.target !== undefined) lines.push(`${i}${i}${i}${i}<target${u.state}>${xmlText(u.target, u.quotes)}</target>`);
    if (u.note !== undefined) lines.push(`${i}${i}${i}${i}<note>${xmlText(u.note)}</note>`);
    lines.push(`${i}${i}${i}</trans-unit>`);
  }
  lines.push(`${i}${i}</body>`, `${i}</file>`, '</xliff>');
  return lines;
}

function xliff20(units: UnitRecord[], { indent: i }: Layout): string[] {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">', `${i}<file id="f1">`];
  for (const u of units) {
    lines.push(`${i}${i}<unit id="${u.id}">`);
    if (u.note !== undefined) lines.push(`${i}${i}${i}<notes><note>${xmlText(u.note)}</note></notes>`);
    lines.push(`${i}${i}${i}<segment>`, `${i}${i}${i}${i}<source>${xmlText(u.source, u.quotes)}</source>`);
    if (u.target !== undefined) lines.push(`${i}${i}${i}${i}<target>${xmlText(u.target, u.quotes)}</target>`);
    lines.push(`${i}${i}${i}</segment>`, `${i}${i}</unit>`);
  }
  lines.push(`${i}</file>`, '</xliff>');
  return lines;
}

const compare = (unit: Unit): ExpectedUnit => ({ key: unit.key, source: unit.source, targets: unit.targets });

describeAdapterProperties(xliffAdapter, xliffFile(1), { label: 'XLIFF 1.2', editValues: text, compare, runs: 80 });
describeAdapterProperties(xliffAdapter, xliffFile(2), { label: 'XLIFF 2.0', editValues: text, compare, runs: 80 });
