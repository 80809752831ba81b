import type { TranslintReport } from '../api.js';
import type { Finding, Severity } from '../core/finding.js';
import { countSeverities, type SeverityCounts } from './findings.js';

export interface TextOptions {
  color: boolean;
  /** Print only the summary line and errors. */
  quiet?: boolean;
}

const STYLES = { red: '\x1b[31m', yellow: '\x1b[33m', cyan: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

function paint(enabled: boolean, style: keyof typeof STYLES, text: string): string {
  return enabled ? `${STYLES[style]}${text}${STYLES.reset}` : text;
}

const SEVERITY_STYLE: Record<Severity, keyof typeof STYLES> = { error: 'red', warning: 'yellow', info: 'cyan' };

/** Shows a string on one line, with invisible characters made visible and long ones cut. */
export function excerpt(text: string, max = 120): string {
  // Escaping only lengthens text, so the first `max` characters are all an excerpt can show.
  const visible = JSON.stringify(text.slice(0, max)).slice(1, -1);
  return visible.length > max || text.length > max ? `${visible.slice(0, max - 1)}…` : visible;
}

function renderFinding(finding: Finding, color: boolean): string {
  const lines = [
    `${paint(color, 'bold', `${finding.file}:${finding.line}:${finding.column}`)}: ${paint(color, SEVERITY_STYLE[finding.severity], finding.severity)} ${paint(color, 'dim', finding.ruleId)}: ${finding.message}`,
  ];
  if (finding.unit.source || finding.unit.target) {
    lines.push(`  ${paint(color, 'dim', 'source:')} ${excerpt(finding.unit.source)}`);
    lines.push(`  ${paint(color, 'dim', `target:`)} ${excerpt(finding.unit.target)}`);
  }
  if (finding.fix) lines.push(`  ${paint(color, 'dim', finding.fix.safe ? 'fix:' : 'fix (unsafe):')} ${excerpt(finding.fix.replacement)}`);
  return lines.join('\n');
}

/** The last line of the text report; it needs only the counts, so `-q` never needs the findings as objects. */
export function summaryLine(report: Pick<TranslintReport, 'summary' | 'errors'>, counts: SeverityCounts): string {
  const total = counts.error + counts.warning + counts.info;
  const parts = [`${total} finding${total === 1 ? '' : 's'} (${counts.error} error, ${counts.warning} warning, ${counts.info} info)`];
  parts.push(`${report.summary.files} file${report.summary.files === 1 ? '' : 's'}, ${report.summary.units} units`);
  if (report.errors.length > 0) parts.push(`${report.errors.length} file error${report.errors.length === 1 ? '' : 's'}`);
  const extras = [
    report.summary.fixed !== undefined ? `${report.summary.fixed} fixed` : undefined,
    report.summary.baselined !== undefined ? `${report.summary.baselined} baselined` : undefined,
  ].filter((extra) => extra !== undefined);
  return `${[parts.join(' in '), ...extras].join(' · ')} · ${report.summary.durationMs} ms`;
}

export function renderText(report: TranslintReport, options: TextOptions): string {
  const blocks: string[] = [];
  if (!options.quiet) for (const finding of report.findings) blocks.push(renderFinding(finding, options.color));
  const out = blocks.length > 0 ? `${blocks.join('\n\n')}\n\n` : '';
  return `${out}${summaryLine(report, countSeverities(report.findings))}\n`;
}
