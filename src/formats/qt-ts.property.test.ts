import fc from 'fast-check';
import { assemble, distinct, layout, messageText, xmlText } from '../testing/arbitraries.js';
import { describeAdapterProperties, type ExpectedUnit, type GeneratedFile } from '../testing/adapter-properties.js';
import { qtTsAdapter } from './qt-ts.js';

const text = messageText({ newlines: true, tabs: true });

const message = fc.record({
  source: messageText({ newlines: true, empty: false }),
  comment: fc.option(messageText({ empty: false }), { nil: undefined }),
  /** undefined: no <translation>; one value: a plain message; two: a numerus one (German has two forms). */
  targets: fc.option(fc.oneof(fc.tuple(text), fc.tuple(text, text)), { nil: undefined }),
  unfinished: fc.boolean(),
  quotes: fc.boolean(),
});

const contextGroup = fc.record({
  name: messageText({ empty: false, maxPieces: 3 }),
  messages: distinct(message, (m) => `${m.source}\u0004${m.comment ?? ''}`, { minLength: 1, maxLength: 4 }),
});

const tsFiles: fc.Arbitrary<GeneratedFile> = fc.record({ shape: layout(), contexts: fc.array(contextGroup, { maxLength: 3 }) }).map(({ shape, contexts }) => {
  const i = shape.indent;
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<!DOCTYPE TS>', '<TS version="2.1" language="de_DE" sourcelanguage="en">'];
  const units: ExpectedUnit[] = [];
  for (const group of contexts) {
    lines.push('<context>', `${i}<name>${xmlText(group.name)}</name>`);
    for (const m of group.messages) {
      const numerus = m.targets?.length === 2;
      lines.push(`${i}<message${numerus ? ' numerus="yes"' : ''}>`, `${i}${i}<source>${xmlText(m.source, m.quotes)}</source>`);
      if (m.comment !== undefined) lines.push(`${i}${i}<comment>${xmlText(m.comment)}</comment>`);
      const type = m.unfinished ? ' type="unfinished"' : '';
      if (m.targets === undefined) lines.push(`${i}${i}<translation type="unfinished"></translation>`);
      else if (numerus) lines.push(`${i}${i}<translation${type}>`, ...m.targets.map((t) => `${i}${i}${i}<numerusform>${xmlText(t, m.quotes)}</numerusform>`), `${i}${i}</translation>`);
      else lines.push(`${i}${i}<translation${type}>${xmlText(m.targets[0], m.quotes)}</translation>`);
      lines.push(`${i}</message>`);
      units.push({ key: m.source, context: m.comment === undefined ? group.name : `${group.name}|${m.comment}`, source: m.source, targets: m.targets ? [...m.targets] : [''] });
    }
    lines.push('</context>');
  }
  lines.push('</TS>');
  return { path: 'translations/app_de.ts', bytes: assemble(lines, shape), units };
});

describeAdapterProperties(qtTsAdapter, tsFiles, { editValues: text });
