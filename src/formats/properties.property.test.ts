import fc from 'fast-check';
import type { Unit } from '../core/unit.js';
import { distinct, layout, messageText, withBom } from '../testing/arbitraries.js';
import { describeAdapterProperties, type ExpectedUnit, type GeneratedFile } from '../testing/adapter-properties.js';
import { propertiesAdapter } from './properties.js';

const text = messageText({ newlines: true, tabs: true });

/** java.util.Properties escapes, one token per character so continuations never split one. */
function escapeTokens(value: string, isKey: boolean, asciiOnly: boolean): string[] {
  return [...value].flatMap((char, index) => {
    const simple: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' };
    if (simple[char]) return [simple[char]!];
    if (char === ' ' && (isKey || index === 0)) return ['\\ '];
    if (isKey && /[:=#!]/.test(char)) return [`\\${char}`];
    if (!isKey && index === 0 && /[=:]/.test(char)) return [`\\${char}`];
    const code = char.codePointAt(0)!;
    if (asciiOnly && code > 0x7e) return char.split('').map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return [char];
  });
}

const entry = fc.record({
  key: messageText({ empty: false, maxPieces: 4 }),
  value: text,
  separator: fc.constantFrom('=', ' = ', ': ', ':', ' ', '\t'),
  breakAt: fc.option(fc.nat(), { nil: undefined }),
  comment: fc.constantFrom('', '# comment', '! bang comment'),
});

const propertiesFiles: fc.Arbitrary<GeneratedFile> = fc
  .record({ shape: layout(), asciiOnly: fc.boolean(), entries: distinct(entry, (e) => e.key, { maxLength: 6 }) })
  .map(({ shape, asciiOnly, entries }) => {
    const lines: string[] = [];
    for (const e of entries) {
      if (e.comment) lines.push(e.comment);
      const value = escapeTokens(e.value, false, asciiOnly);
      // A continuation (backslash, newline, indented next line) inside the value, before a non-blank token.
      if (e.breakAt !== undefined && value.length > 1) {
        const at = 1 + (e.breakAt % (value.length - 1));
        if (!/^\s/.test(value[at]!)) value.splice(at, 0, `\\\n${shape.indent || ' '}`);
      }
      lines.push(`${escapeTokens(e.key, true, asciiOnly).join('')}${e.separator}${value.join('')}`);
    }
    const body = (lines.join('\n') + (shape.finalNewline ? '\n' : '')).replaceAll('\n', shape.eol);
    return { path: 'src/main/resources/messages_de.properties', bytes: withBom(body, shape.bom && !asciiOnly), units: entries.map((e) => ({ key: e.key, targets: [e.value] })) };
  });

const compare = (unit: Unit): ExpectedUnit => ({ key: unit.key, targets: unit.targets });

describeAdapterProperties(propertiesAdapter, propertiesFiles, { editValues: text, compare });
