import fc from 'fast-check';
import { assemble, distinct, layout, messageText } from '../testing/arbitraries.js';
import { describeAdapterProperties, type ExpectedUnit, type GeneratedFile } from '../testing/adapter-properties.js';
import { poAdapter } from './po.js';

const text = messageText({ newlines: true, tabs: true });

/** A PO string literal, escaped the way msgcat does (C escapes; everything else as UTF-8). */
function literal(value: string): string {
  return `"${value.replace(/[\\"\n\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\t': '\\t' })[c]!)}"`;
}

/** `keyword "value"`, or msgcat's wrapped form: `keyword ""` then one literal per line of the value. */
function field(keyword: string, value: string, wrapped: boolean, indent: string, prefix = ''): string[] {
  if (!wrapped || value === '') return [`${prefix}${keyword} ${literal(value)}`];
  const pieces = value.split(/(?<=\n)/);
  return [`${prefix}${keyword} ""`, ...pieces.map((piece) => `${prefix}${indent}${literal(piece)}`)];
}

const entry = fc.record({
  context: fc.option(messageText({ newlines: true }), { nil: undefined }),
  id: messageText({ newlines: true, tabs: true, empty: false }),
  plural: fc.option(messageText({ empty: false }), { nil: undefined }),
  targets: fc.tuple(text, text),
  wrapped: fc.boolean(),
  comment: fc.option(fc.constantFrom('# translator note', '#. extracted', '#: src/main.c:12', '#, c-format', '#, fuzzy, python-format', '#| msgid "old"'), { nil: undefined }),
  obsolete: fc.boolean(),
});

const poFiles: fc.Arbitrary<GeneratedFile> = fc
  .record({
    shape: layout(),
    header: fc.boolean(),
    entries: distinct(entry, (e) => `${e.context ?? '\u0000'}\u0004${e.id}`, { maxLength: 6 }),
  })
  .map(({ shape, header, entries }) => {
    const lines: string[] = [];
    if (header) {
      lines.push('# Test catalog.', 'msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Language: de\\n"', '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"', '');
    }
    const units: ExpectedUnit[] = [];
    // Obsolete entries come last, as msgattrib writes them.
    const ordered = [...entries.filter((e) => !e.obsolete), ...entries.filter((e) => e.obsolete)];
    for (const e of ordered) {
      const prefix = e.obsolete ? '#~ ' : '';
      if (e.comment && !e.obsolete) lines.push(e.comment);
      if (e.context !== undefined) lines.push(...field('msgctxt', e.context, e.wrapped, shape.indent, prefix));
      lines.push(...field('msgid', e.id, e.wrapped, shape.indent, prefix));
      if (e.plural !== undefined) {
        lines.push(...field('msgid_plural', e.plural, e.wrapped, shape.indent, prefix));
        e.targets.forEach((target, index) => lines.push(...field(`msgstr[${index}]`, target, e.wrapped, shape.indent, prefix)));
      } else {
        lines.push(...field('msgstr', e.targets[0], e.wrapped, shape.indent, prefix));
      }
      lines.push('');
      const unit: ExpectedUnit = { key: e.id, source: e.id, targets: e.plural !== undefined ? [...e.targets] : [e.targets[0]] };
      if (e.context !== undefined) unit.context = e.context;
      units.push(unit);
    }
    if (lines[lines.length - 1] === '') lines.pop();
    return { path: 'po/de.po', bytes: assemble(lines, shape), units };
  });

describeAdapterProperties(poAdapter, poFiles, { editValues: text });
