import { newCatalog, type Catalog, type Document, type Edit } from '../core/catalog.js';
import { decodeDocument, detectBom } from '../core/document.js';
import { TranslintError } from '../core/errors.js';
import { localeFromPath } from '../core/locale.js';
import { LineIndex } from '../core/text.js';
import { newUnit, type Note, type Span, type Unit } from '../core/unit.js';
import { looksLikePrintf } from '../syntax/printf.js';
import { looksLikePythonPercent } from '../syntax/python.js';
import type { FormatAdapter, ParseOptions } from './adapter.js';
import { localeNearPath, spanOf } from './json.js';

/**
 * Bilingual CSV/TSV as translate-toolkit (po2csv) and Weblate write it: one row per message,
 * source and target side by side. RFC 4180 quoting (`""` inside quotes, line breaks inside
 * quoted fields), CRLF, LF or CR rows; `,`, `;` or tab, detected from the first row.
 */

interface CsvField {
  value: string;
  /** Offsets of the field as written, quotes included. */
  start: number;
  end: number;
  quoted: boolean;
}

interface CsvRecord {
  fields: CsvField[];
  start: number;
  end: number;
}

/** Which column holds what; the one place that knows header names. */
export interface CsvColumns {
  source: number;
  target?: number;
  location?: number;
  context?: number;
  /** A key column (Weblate `id`, `key`); the unit key is the source when it is absent or empty. */
  id?: number;
  fuzzy?: number;
  translatorComments: number[];
  developerComments: number[];
}

type SingleRole = 'source' | 'target' | 'location' | 'context' | 'id' | 'fuzzy';
type Role = SingleRole | 'translatorComments' | 'developerComments';

const HEADER_ROLES: Record<string, Role> = {
  source: 'source', msgid: 'source', original: 'source', source_text: 'source', source_string: 'source',
  target: 'target', msgstr: 'target', translation: 'target', target_text: 'target', translated: 'target',
  location: 'location', locations: 'location', reference: 'location', references: 'location',
  context: 'context', msgctxt: 'context',
  id: 'id', key: 'id',
  fuzzy: 'fuzzy', needs_work: 'fuzzy',
  comment: 'translatorComments', comments: 'translatorComments', translator_comments: 'translatorComments', notes: 'translatorComments', note: 'translatorComments',
  developer_comments: 'developerComments', extracted_comments: 'developerComments', automatic_comments: 'developerComments', description: 'developerComments',
};

/**
 * Reads a header row (case-insensitive; `Translator Comments` = `translator_comments`).
 * Undefined when the row names no source column, i.e. it is not a header.
 */
export function csvColumns(header: readonly string[]): CsvColumns | undefined {
  const columns: Partial<Record<SingleRole, number>> = {};
  const translatorComments: number[] = [];
  const developerComments: number[] = [];
  header.forEach((name, index) => {
    const role = HEADER_ROLES[name.trim().toLowerCase().replace(/[\s-]+/g, '_')];
    if (role === 'translatorComments') translatorComments.push(index);
    else if (role === 'developerComments') developerComments.push(index);
    else if (role && columns[role] === undefined) columns[role] = index;
  });
  if (columns.source === undefined) return undefined;
  return { ...columns, source: columns.source, translatorComments, developerComments };
}

/** Columns of a file without a header: location, source, target (or source, target with two columns). */
function defaultColumns(width: number): CsvColumns {
  if (width >= 3) return { location: 0, source: 1, target: 2, translatorComments: [], developerComments: [] };
  if (width === 2) return { source: 0, target: 1, translatorComments: [], developerComments: [] };
  return { source: 0, translatorComments: [], developerComments: [] };
}

/** The delimiter the first row uses most (outside quotes); tab for .tsv. */
function detectDelimiter(text: string, path: string): string {
  if (path.toLowerCase().endsWith('.tsv')) return '\t';
  const counts = new Map([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

function readRecords(text: string, delimiter: string, fail: (message: string, offset: number) => never): CsvRecord[] {
  const records: CsvRecord[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const start = i;
    const fields: CsvField[] = [];
    for (;;) {
      if (text[i] === '"') {
        const open = i;
        let value = '';
        let cursor = i + 1;
        for (;;) {
          const quote = text.indexOf('"', cursor);
          if (quote < 0) fail('quoted field is not terminated (a closing " is missing)', open);
          value += text.slice(cursor, quote);
          if (text[quote + 1] === '"') {
            value += '"';
            cursor = quote + 2;
            continue;
          }
          i = quote + 1;
          break;
        }
        if (i < length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
          fail('unexpected text after a closing quote (a " inside a quoted field is written "")', i);
        }
        fields.push({ value, start: open, end: i, quoted: true });
      } else {
        let end = i;
        while (end < length && text[end] !== delimiter && text[end] !== '\n' && text[end] !== '\r') end++;
        fields.push({ value: text.slice(i, end), start: i, end, quoted: false });
        i = end;
      }
      if (text[i] === delimiter) {
        i++;
        continue;
      }
      break;
    }
    const end = i;
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else if (i < length) i++;
    const only = fields[0]!;
    if (fields.length === 1 && !only.quoted && only.value.trim() === '') continue; // blank line
    records.push({ fields, start, end });
  }
  return records;
}

const FUZZY_VALUES = /^(?:true|yes|y|1|fuzzy|x)$/i;

function formatsOf(source: string): Set<string> {
  const formats = new Set<string>();
  // po2csv drops gettext's flags; guess as translint does for flagless PO files.
  if (looksLikePrintf(source)) formats.add('c');
  if (looksLikePythonPercent(source)) formats.add('python');
  return formats;
}

function toUnit(record: CsvRecord, columns: CsvColumns, lines: LineIndex, locale: string, sourceLocale: string): Unit {
  const field = (index: number | undefined): CsvField | undefined => (index === undefined ? undefined : record.fields[index]);
  const fieldSpan = (f: CsvField): Span => spanOf(lines, f.start, f.end);
  const source = field(columns.source)!;
  const target = field(columns.target);
  const context = field(columns.context);
  const id = field(columns.id);
  const notes: Note[] = [];
  for (const index of columns.developerComments) if (field(index)?.value) notes.push({ kind: 'developer', text: field(index)!.value });
  for (const index of columns.translatorComments) if (field(index)?.value) notes.push({ kind: 'translator', text: field(index)!.value });
  const location = field(columns.location);
  if (location?.value) notes.push({ kind: 'reference', text: location.value });
  const flags = new Set<string>();
  if (FUZZY_VALUES.test(field(columns.fuzzy)?.value.trim() ?? '')) flags.add('fuzzy');
  const targetText = target?.value ?? '';
  const unit: Unit = newUnit({
    key: id?.value || source.value,
    context: context?.value ? context.value : undefined,
    source: source.value,
    sourcePlural: undefined,
    targets: [targetText],
    flags,
    notes,
    locale,
    sourceLocale,
    state: targetText === '' ? 'untranslated' : flags.has('fuzzy') ? 'fuzzy' : 'translated',
    formats: formatsOf(source.value),
    spans: {
      unit: spanOf(lines, record.start, record.end),
      key: fieldSpan(id?.value ? id : source),
      source: fieldSpan(source),
      targets: [target ? fieldSpan(target) : undefined],
    },
  });
  if (context?.value) unit.spans.context = fieldSpan(context);
  return unit;
}

function decodeCsv(bytes: Buffer, path: string): Document {
  const bom = detectBom(bytes);
  return decodeDocument(path, bytes, bom?.encoding ?? 'utf8', bom?.bom);
}

export function parseCsv(bytes: Buffer, options: ParseOptions): Catalog {
  const document = decodeCsv(bytes, options.path);
  const lines = new LineIndex(document.text);
  const fail = (message: string, offset: number): never => {
    throw new TranslintError(message, { file: options.path, ...lines.position(offset) });
  };
  const records = readRecords(document.text, detectDelimiter(document.text, options.path), fail);
  const header = records[0] ? csvColumns(records[0].fields.map((f) => f.value)) : undefined;
  const width = records[0]?.fields.length ?? 0;
  const columns = header ?? defaultColumns(width);
  const rows = header ? records.slice(1) : records;
  for (const row of rows) {
    if (row.fields.length !== width) fail(`row has ${row.fields.length} field${row.fields.length === 1 ? '' : 's'} where ${header ? 'the header has' : 'the first row has'} ${width}`, row.start);
  }
  let locale = options.locale;
  let localeOrigin: Catalog['localeOrigin'] = 'option';
  if (!locale) {
    const fromPath = localeFromPath(options.path);
    locale = fromPath ?? 'und';
    localeOrigin = fromPath ? 'path' : 'default';
  }
  const units = rows.map((row) => toUnit(row, columns, lines, locale, options.sourceLocale));
  return newCatalog({ document, format: 'csv', locale, sourceLocale: options.sourceLocale, units, localeOrigin });
}

/** Quotes when the value needs it or the replaced field was quoted (translate-toolkit quotes every field). */
function encodeField(value: string, delimiter: string, originalQuoted: boolean): string {
  const needsQuotes = originalQuoted || value.includes(delimiter) || /["\r\n]/.test(value) || value !== value.trim();
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

function editCsvTarget(catalog: Catalog, unit: Unit, form: number, value: string): Edit | undefined {
  const span = unit.spans.targets[form];
  if (!span) return undefined;
  const text = catalog.document.text;
  const delimiter = detectDelimiter(text, catalog.document.path);
  return { start: span.start, end: span.end, text: encodeField(value, delimiter, text[span.start] === '"' && span.end > span.start) };
}

/** A translation table: a header naming a source column, or a locale in the file or directory name. */
function sniffCsv(head: string, path: string): boolean {
  if (localeNearPath(path)) return true;
  // A UTF-16 head read as UTF-8 shows its ASCII header between NUL bytes.
  const text = head.replace(/^(?:\uFEFF|\uFFFD\uFFFD)/, '').replace(/\u0000/g, '');
  if (text.trim() === '') return true; // an empty table: nothing to check, nothing to refuse
  const delimiter = detectDelimiter(text, path);
  const firstRow = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const names = firstRow.split(delimiter).map((name) => name.trim().replace(/^"(.*)"$/, '$1'));
  return csvColumns(names) !== undefined;
}

export const csvAdapter: FormatAdapter = {
  id: 'csv',
  name: 'CSV/TSV (translate-toolkit, Weblate)',
  extensions: ['.csv', '.tsv'],
  sniff: sniffCsv,
  parse: parseCsv,
  editTarget: editCsvTarget,
};
