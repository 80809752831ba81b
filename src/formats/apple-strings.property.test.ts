import fc from 'fast-check';
import type { Unit } from '../core/unit.js';
import { distinct, layout, messageText, withBom } from '../testing/arbitraries.js';
import { describeAdapterProperties, type ExpectedUnit, type GeneratedFile } from '../testing/adapter-properties.js';
import { appleStringsAdapter } from './apple-strings.js';

const text = messageText({ newlines: true, tabs: true });

/** A .strings literal: C-like escapes, everything else as written. */
const quoted = (value: string): string => `"${value.replace(/[\\"\n\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\t': '\\t' })[c]!)}"`;

const pair = fc.record({
  key: messageText({ newlines: true, empty: false }),
  value: text,
  comment: fc.constantFrom('', '/* A comment */', '// line comment', '/* multi\n   line */'),
  spacing: fc.constantFrom(' = ', '=', '  =\t'),
});

const stringsFiles: fc.Arbitrary<GeneratedFile> = fc
  .record({ shape: layout(), utf16: fc.boolean(), pairs: distinct(pair, (p) => p.key, { maxLength: 6 }) })
  .map(({ shape, utf16, pairs }) => {
    const lines: string[] = [];
    for (const p of pairs) {
      if (p.comment) lines.push(p.comment);
      lines.push(`${shape.indent}${quoted(p.key)}${p.spacing}${quoted(p.value)};`);
    }
    const body = (lines.join('\n') + (shape.finalNewline ? '\n' : '')).replaceAll('\n', shape.eol);
    // Xcode writes UTF-16 with a byte order mark as often as UTF-8.
    const bytes = utf16 ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]) : withBom(body, shape.bom);
    return { path: 'App/de.lproj/Localizable.strings', bytes, units: pairs.map((p) => ({ key: p.key, targets: [p.value] })) };
  });

const compare = (unit: Unit): ExpectedUnit => ({ key: unit.key, targets: unit.targets });

describeAdapterProperties(appleStringsAdapter, stringsFiles, { editValues: text, compare });
