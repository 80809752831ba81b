import type { TranslintReport } from '../api.js';
import { renderHtml } from './html.js';
import { renderJson, renderJsonChunks } from './json.js';
import { renderJunit } from './junit.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

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

/** The rendered report in pieces (the JSON report one finding at a time), for writing out large reports. */
export function renderReportChunks(report: TranslintReport, format: ReportFormat, options: RenderOptions): Iterable<string> {
  return format === 'json' ? renderJsonChunks(report) : [renderReport(report, format, options)];
}
