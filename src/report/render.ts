import type { TranslintReport } from '../api.js';
import { renderHtml } from './html.js';
import { renderJson, renderJsonChunks } from './json.js';
import { renderJunit } from './junit.js';
import { renderSarif } from './sarif.js';
import { renderText, summaryLine } from './text.js';
import { FindingSet, toReport, type CheckedReport } from './findings.js';

/** The report formats `check --format` offers; JSON is the contract, the others are views of it. */
export const reportFormats = ['text', 'json', 'sarif', 'junit', 'html'] as const;

export type ReportFormat = (typeof reportFormats)[number];

export interface RenderOptions {
  /** Colour the text report (never used by the file formats). */
  color: boolean;
  /** Text report: only the summary line. */
  quiet?: boolean;
}

export function renderReport(report: TranslintReport, format: ReportFormat, options: RenderOptions): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report);
    case 'junit':
      return renderJunit(report);
    case 'html':
      return renderHtml(report);
    case 'text':
      return renderText(report, { color: options.color, quiet: options.quiet ?? false });
  }
}

/**
 * The rendered report in pieces (the JSON report one finding or one cached file at a time),
 * for writing out large reports. Only formats that show findings one by one turn stored
 * findings into objects: JSON copies their text, and the quiet text report counts them.
 */
export function renderReportChunks(report: TranslintReport | CheckedReport, format: ReportFormat, options: RenderOptions): Iterable<string | Uint8Array> {
  if (format === 'json') return renderJsonChunks(report);
  if (!(report.findings instanceof FindingSet)) return [renderReport(report as TranslintReport, format, options)];
  if (format === 'text' && options.quiet) return [`${summaryLine(report, report.findings.severities)}\n`];
  return [renderReport(toReport(report as CheckedReport), format, options)];
}
