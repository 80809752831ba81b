import fc from 'fast-check';
import { distinct, layout, messageText, withBom } from '../testing/arbitraries.js';
import { describeAdapterProperties, type ExpectedUnit, type GeneratedFile } from '../testing/adapter-properties.js';
import { csvAdapter } from './csv.js';

const text = messageText({ newlines: true, tabs: true });

/** An RFC 4180 field: quoted when it has to be, or always (translate-toolkit's style). */
const field = (value: string, always: boolean): string =>
  always || /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replaceAll('"', '""')}"` : value;

const row = fc.record({ context: messageText({ maxPieces: 3 }), source: messageText({ newlines: true, empty: false }), target: text });

const csvFiles: fc.Arbitrary<GeneratedFile> = fc
  .record({ shape: layout(), quoteAll: fc.boolean(), withContext: fc.boolean(), rows: distinct(row, (r) => `${r.context}\u0004${r.source}`, { maxLength: 6 }) })
  .map(({ shape, quoteAll, withContext, rows }) => {
    const header = withContext ? ['location', 'context', 'source', 'target'] : ['location', 'source', 'target'];
    const records = [header.map((name) => field(name, quoteAll)).join(',')];
    const units: ExpectedUnit[] = [];
    rows.forEach((r, index) => {
      const cells = withContext ? [`src/a.c:${index + 1}`, r.context, r.source, r.target] : [`src/a.c:${index + 1}`, r.source, r.target];
      records.push(cells.map((cell) => field(cell, quoteAll)).join(','));
      const unit: ExpectedUnit = { key: r.source, source: r.source, targets: [r.target] };
      if (withContext && r.context !== '') unit.context = r.context;
      units.push(unit);
    });
    // Line breaks inside quoted fields stay as written; only records are joined with the layout's.
    const body = records.join(shape.eol) + (shape.finalNewline ? shape.eol : '');
    return { path: 'po/de.csv', bytes: withBom(body, shape.bom), units };
  });

describeAdapterProperties(csvAdapter, csvFiles, { editValues: text });
