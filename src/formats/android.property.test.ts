import fc from 'fast-check';
import type { Unit } from '../core/unit.js';
import { assemble, distinct, identifier, layout, messageText } from '../testing/arbitraries.js';
import { describeAdapterProperties, type ExpectedUnit, type GeneratedFile } from '../testing/adapter-properties.js';
import { androidAdapter } from './android.js';

const text = messageText({ newlines: true, tabs: true });

/** Android resource escaping, then XML's; spaces that would collapse are kept by quoting or \u0020. */
function androidContent(value: string, quoteStyle: 'quote' | 'unicode'): string {
  let body = value.replace(/[\\"'\n\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', "'": "\\'", '\n': '\\n', '\t': '\\t' })[c]!);
  if (/^[@?]/.test(body)) body = `\\${body}`;
  if (/^ | $| {2}/.test(value)) body = quoteStyle === 'quote' ? `"${body}"` : body.replaceAll(' ', '\\u0020');
  return body.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

const resource = fc.record({
  name: identifier({ dots: true }),
  plural: fc.option(fc.tuple(text, text), { nil: undefined }),
  value: text,
  quoteStyle: fc.constantFrom('quote' as const, 'unicode' as const),
  comment: fc.boolean(),
});

const androidFiles: fc.Arbitrary<GeneratedFile> = fc.record({ shape: layout(), resources: distinct(resource, (r) => r.name, { maxLength: 6 }) }).map(({ shape, resources }) => {
  const i = shape.indent;
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<resources xmlns:tools="http://schemas.android.com/tools">'];
  const units: ExpectedUnit[] = [];
  for (const r of resources) {
    if (r.comment) lines.push(`${i}<!-- ${r.name} -->`);
    if (r.plural) {
      const [one, other] = r.plural.map((value) => androidContent(value, r.quoteStyle));
      lines.push(`${i}<plurals name="${r.name}">`, `${i}${i}<item quantity="one">${one}</item>`, `${i}${i}<item quantity="other">${other}</item>`, `${i}</plurals>`);
      units.push({ key: r.name, targets: [...r.plural] });
    } else {
      lines.push(`${i}<string name="${r.name}">${androidContent(r.value, r.quoteStyle)}</string>`);
      units.push({ key: r.name, targets: [r.value] });
    }
  }
  lines.push('</resources>');
  return { path: 'app/src/main/res/values-de/strings.xml', bytes: assemble(lines, shape), units };
});

const compare = (unit: Unit): ExpectedUnit => ({ key: unit.key, targets: unit.targets });

describeAdapterProperties(androidAdapter, androidFiles, { editValues: text, compare });
