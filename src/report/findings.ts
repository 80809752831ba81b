import type { TranslintReport } from '../api.js';
import { compareFindings } from '../core/engine.js';
import { TranslintError } from '../core/errors.js';
import type { Finding, Severity } from '../core/finding.js';

export type SeverityCounts = Record<Severity, number>;

/** Between two items of the JSON report's findings array (items are indented by four spaces). */
export const ITEM_SEPARATOR = ',\n    ';

/** One finding as an item of the JSON report's findings array. */
export function renderFindingItem(finding: Finding): string {
  // JSON strings never hold a raw newline, so indenting every line indents the whole value.
  return JSON.stringify(finding, null, 2).replaceAll('\n', '\n    ');
}

export function countSeverities(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** Findings text kept elsewhere (the cache's packs), read only when a report needs it. */
export interface StoredText {
  /** Its size in bytes (UTF-8). */
  readonly length: number;
  /** The text in pieces; a piece may be reused for the next, so write it before asking for more. */
  pieces(): Iterable<Uint8Array>;
  text(): string;
}

/** Stored text of a file without findings. */
export const EMPTY_STORED_TEXT: StoredText = { length: 0, pieces: () => [], text: () => '' };

/**
 * One file's findings in report order. Findings read from the cache stay the JSON text they
 * were stored as (what `json()` returned) until something needs them as objects, so a JSON
 * report of unchanged files is a copy, not a parse and a render.
 */
export class FileFindings {
  readonly count: number;

  private constructor(
    readonly file: string,
    readonly severities: SeverityCounts,
    private items: Finding[] | undefined,
    private text: Buffer | undefined,
    private readonly stored?: StoredText,
  ) {
    this.count = severities.error + severities.warning + severities.info;
  }

  /** Findings of one file, already in report order (compareFindings). */
  static of(file: string, findings: Finding[]): FileFindings {
    return new FileFindings(file, countSeverities(findings), findings, undefined);
  }

  /** Findings of one file in any order: sorted (in place) into report order. */
  static sorted(file: string, findings: Finding[]): FileFindings {
    return FileFindings.of(file, findings.sort(compareFindings));
  }

  /** Findings kept as the text `json()` gave, with their counts. */
  static stored(file: string, severities: SeverityCounts, text: StoredText): FileFindings {
    return new FileFindings(file, severities, undefined, undefined, text);
  }

  list(): Finding[] {
    if (!this.items) {
      try {
        this.items = JSON.parse(`[${this.stored ? this.stored.text() : this.text!.toString('utf8')}]`) as Finding[];
      } catch {
        throw new TranslintError('the findings stored in the cache are not valid JSON; delete the cache directory and run again', { file: this.file });
      }
    }
    return this.items;
  }

  /** The findings as items of the JSON report's array, joined by ITEM_SEPARATOR. */
  jsonText(): string {
    if (this.stored) return this.stored.text();
    return this.text ? this.text.toString('utf8') : this.items!.map(renderFindingItem).join(ITEM_SEPARATOR);
  }

  /** The text where it already is (a file a worker spilled it to), else in UTF-8: for a copy, not for reading. */
  storable(): Buffer | StoredText {
    return this.stored ?? this.json();
  }

  /** The same text in UTF-8. */
  json(): Buffer {
    this.text ??= Buffer.from(this.jsonText(), 'utf8');
    return this.text;
  }

  /** The same text in pieces: stored text as it is read, otherwise one finding at a time (no file-sized string). */
  *jsonPieces(): Generator<string | Uint8Array> {
    if (this.stored) {
      yield* this.stored.pieces();
      return;
    }
    if (this.text) {
      yield this.text;
      return;
    }
    let separator = '';
    for (const finding of this.items!) {
      yield separator + renderFindingItem(finding);
      separator = ITEM_SEPARATOR;
    }
  }
}

/** The findings of a run, per file, in report order. */
export class FindingSet {
  readonly count: number;
  readonly severities: SeverityCounts;
  private flat: Finding[] | undefined;

  private constructor(private readonly files: readonly FileFindings[]) {
    this.severities = { error: 0, warning: 0, info: 0 };
    for (const file of files) for (const severity of ['error', 'warning', 'info'] as const) this.severities[severity] += file.severities[severity];
    this.count = this.severities.error + this.severities.warning + this.severities.info;
  }

  /**
   * Files' findings in report order. compareFindings orders by file first, so sorting the
   * files and keeping each file's own order is the same as sorting all findings.
   */
  static ofFiles(files: readonly FileFindings[]): FindingSet {
    const sorted = files.filter((file) => file.count > 0).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const merged: FileFindings[] = [];
    for (const file of sorted) {
      const previous = merged.at(-1);
      // Two results under one name (not expected, but cheap to get right): their findings interleave.
      if (previous?.file === file.file) merged[merged.length - 1] = FileFindings.sorted(file.file, [...previous.list(), ...file.list()]);
      else merged.push(file);
    }
    return new FindingSet(merged);
  }

  /** Findings already in the order to report them. */
  static ofList(findings: Finding[]): FindingSet {
    return new FindingSet(findings.length > 0 ? [FileFindings.of('', findings)] : []);
  }

  list(): Finding[] {
    this.flat ??= this.files.length === 1 ? this.files[0]!.list() : this.files.flatMap((file) => file.list());
    return this.flat;
  }

  /** The items of the JSON report's findings array, with separators between them. */
  *jsonPieces(): Generator<string | Uint8Array> {
    let first = true;
    for (const file of this.files) {
      if (!first) yield ITEM_SEPARATOR;
      first = false;
      yield* file.jsonPieces();
    }
  }
}

/** A report whose findings may still be partly stored text; `toReport` makes it the public TranslintReport. */
export type CheckedReport = Omit<TranslintReport, 'findings'> & { findings: FindingSet };

export function toReport(report: CheckedReport): TranslintReport {
  return { ...report, findings: report.findings.list() };
}

export function fromReport(report: TranslintReport): CheckedReport {
  return { ...report, findings: FindingSet.ofList(report.findings) };
}
