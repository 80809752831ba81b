import fc from 'fast-check';
import type { Unit } from '../core/unit.js';
import { assemble, distinct, identifier, layout, messageText } from '../testing/arbitraries.js';
import { describeAdapterProperties, type ExpectedUnit, type GeneratedFile } from '../testing/adapter-properties.js';
import { yamlAdapter } from './yaml.js';

const text = messageText({ newlines: true, tabs: true });
const key = identifier().filter((k) => !/^(zero|one|two|few|many|other|y|n|yes|no|on|off|true|false|null)$/i.test(k));

/** A YAML scalar for `value`: double-quoted with escapes, single-quoted, or plain when that is safe. */
function scalar(value: string, style: 'double' | 'single' | 'plain'): string {
  const escaped = `"${value.replace(/[\\"\n\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\t': '\\t' })[c]!)}"`;
  if (style === 'single' && !/[\n\t]/.test(value)) return `'${value.replaceAll("'", "''")}'`;
  if (style === 'plain' && /^[A-Za-zÀ-ÿЀ-ӿ][A-Za-z0-9À-ÿЀ-ӿ ,.]*$/.test(value) && !/ $/.test(value) && !/^(y|n|yes|no|on|off|true|false|null)$/i.test(value)) return value;
  return escaped;
}

const entry = fc.record({ key, value: text, style: fc.constantFrom('double' as const, 'single' as const, 'plain' as const), comment: fc.boolean() });

const yamlFiles: fc.Arbitrary<GeneratedFile> = fc
  .record({ shape: layout(), entries: distinct(entry, (e) => e.key, { maxLength: 5 }), group: fc.option(fc.record({ name: key, entries: distinct(entry, (e) => e.key, { minLength: 1, maxLength: 3 }) }), { nil: undefined }) })
  .filter(({ entries, group }) => !group || !entries.some((e) => e.key === group.name))
  .map(({ shape, entries, group }) => {
    const pad = shape.indent.replaceAll('\t', '  ') || '  '; // YAML indents with spaces only
    const lines = ['de:'];
    const units: ExpectedUnit[] = [];
    for (const e of entries) {
      if (e.comment) lines.push(`${pad}# ${e.key}`);
      lines.push(`${pad}${e.key}: ${scalar(e.value, e.style)}`);
      units.push({ key: e.key, targets: [e.value] });
    }
    if (group) {
      lines.push(`${pad}${group.name}:`);
      for (const e of group.entries) {
        lines.push(`${pad}${pad}${e.key}: ${scalar(e.value, e.style)}`);
        units.push({ key: `${group.name}.${e.key}`, targets: [e.value] });
      }
    }
    return { path: 'config/locales/de.yml', bytes: assemble(lines, shape), units };
  });

const compare = (unit: Unit): ExpectedUnit => ({ key: unit.key, targets: unit.targets });

describeAdapterProperties(yamlAdapter, yamlFiles, { editValues: text, compare });
