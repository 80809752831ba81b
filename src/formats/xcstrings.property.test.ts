import fc from 'fast-check';
import { distinct, jsonString, layout, messageText, withBom } from '../testing/arbitraries.js';
import { describeAdapterProperties, type ExpectedUnit, type GeneratedFile } from '../testing/adapter-properties.js';
import { xcstringsAdapter } from './xcstrings.js';

const text = messageText({ newlines: true, tabs: true });

const entry = fc.record({
  key: messageText({ newlines: true, empty: false }),
  source: fc.option(text, { nil: undefined }),
  target: fc.option(messageText({ newlines: true, tabs: true, empty: false }), { nil: undefined }),
  comment: fc.option(text, { nil: undefined }),
});

/** Xcode writes `"key" : value` with two-space indentation; other layouts are valid JSON too. */
const xcstringsFiles: fc.Arbitrary<GeneratedFile> = fc
  .record({ shape: layout({ bom: false }), entries: distinct(entry, (e) => e.key, { maxLength: 5 }) })
  .filter(({ entries }) => entries.some((e) => e.target !== undefined))
  .map(({ shape, entries }) => {
    const i = shape.indent || '  ';
    const stringUnit = (value: string) => `{ "stringUnit" : { "state" : "translated", "value" : ${jsonString(value)} } }`;
    const strings = entries.map((e) => {
      const fields: string[] = [];
      if (e.comment !== undefined) fields.push(`"comment" : ${jsonString(e.comment)}`);
      const localizations: string[] = [];
      if (e.source !== undefined) localizations.push(`"en" : ${stringUnit(e.source)}`);
      if (e.target !== undefined) localizations.push(`"de" : ${stringUnit(e.target)}`);
      fields.push(`"localizations" : {${localizations.join(', ')}}`);
      return `${i}${i}${jsonString(e.key)} : {\n${fields.map((f) => `${i}${i}${i}${f}`).join(',\n')}\n${i}${i}}`;
    });
    const json = `{\n${i}"sourceLanguage" : "en",\n${i}"strings" : {\n${strings.join(',\n')}\n${i}},\n${i}"version" : "1.0"\n}`;
    const units: ExpectedUnit[] = entries.map((e) => ({ key: e.key, source: e.source ?? e.key, targets: [e.target ?? ''] }));
    return { path: 'App/Localizable.xcstrings', bytes: withBom((json + (shape.finalNewline ? '\n' : '')).replaceAll('\n', shape.eol), false), units };
  });

describeAdapterProperties(xcstringsAdapter, xcstringsFiles, { editValues: messageText({ newlines: true, tabs: true, empty: false }) });
