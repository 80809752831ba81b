import fc from 'fast-check';
import type { Unit } from '../core/unit.js';
import { assemble, distinct, identifier, layout, messageText, xmlText } from '../testing/arbitraries.js';
import { describeAdapterProperties, type ExpectedUnit, type GeneratedFile } from '../testing/adapter-properties.js';
import { appleStringsdictAdapter } from './apple-stringsdict.js';

const text = messageText({ newlines: true, tabs: true });

const entry = fc.record({
  key: messageText({ empty: false, maxPieces: 4 }),
  variable: identifier(),
  format: messageText({ empty: false, maxPieces: 3 }),
  one: text,
  other: text,
});

const stringsdictFiles: fc.Arbitrary<GeneratedFile> = fc.record({ shape: layout(), entries: distinct(entry, (e) => e.key, { maxLength: 4 }) }).map(({ shape, entries }) => {
  const i = shape.indent;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    '<dict>',
  ];
  const units: ExpectedUnit[] = [];
  for (const e of entries) {
    const format = `${e.format}%#@${e.variable}@`;
    lines.push(
      `${i}<key>${xmlText(e.key)}</key>`, `${i}<dict>`,
      `${i}${i}<key>NSStringLocalizedFormatKey</key>`, `${i}${i}<string>${xmlText(format)}</string>`,
      `${i}${i}<key>${e.variable}</key>`, `${i}${i}<dict>`,
      `${i}${i}${i}<key>NSStringFormatSpecTypeKey</key>`, `${i}${i}${i}<string>NSStringPluralRuleType</string>`,
      `${i}${i}${i}<key>NSStringFormatValueTypeKey</key>`, `${i}${i}${i}<string>d</string>`,
      `${i}${i}${i}<key>one</key>`, `${i}${i}${i}<string>${xmlText(e.one)}</string>`,
      `${i}${i}${i}<key>other</key>`, `${i}${i}${i}<string>${xmlText(e.other)}</string>`,
      `${i}${i}</dict>`, `${i}</dict>`,
    );
    units.push({ key: `${e.key}:NSStringLocalizedFormatKey`, targets: [format] }, { key: e.key, targets: [e.one, e.other] });
  }
  lines.push('</dict>', '</plist>');
  return { path: 'App/de.lproj/Localizable.stringsdict', bytes: assemble(lines, shape), units };
});

const compare = (unit: Unit): ExpectedUnit => ({ key: unit.key, targets: unit.targets });

describeAdapterProperties(appleStringsdictAdapter, stringsdictFiles, { editValues: text, compare });
