import { readFileSync } from 'node:fs';
import type { TranslintReport } from '../api.js';
import { compareFindings } from '../core/engine.js';
import { TranslintError } from '../core/errors.js';

/** Reads a `--format json` report, or says which file is not one. */
export function readJsonReport(path: string): TranslintReport {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new TranslintError(`cannot read the report: ${reason}`, { file: path });
  }
  const report = value as Partial<TranslintReport> | null;
  if (report?.tool?.name !== 'translint' || !Array.isArray(report.findings) || !Array.isArray(report.errors) || typeof report.summary !== 'object') {
    throw new TranslintError('not a translint JSON report (write one with --format json)', { file: path });
  }
  return report as TranslintReport;
}

/**
 * One report from the reports of shards (each checked a disjoint share of the files):
 * findings and errors together in report order, counts added up, and the duration of the
 * slowest shard, which is how long the parallel run took.
 */
export function mergeReports(reports: readonly TranslintReport[]): TranslintReport {
  const findings = reports.flatMap((report) => report.findings).sort(compareFindings);
  const sum = (field: 'files' | 'units' | 'errors' | 'baselined' | 'fixed') => reports.reduce((total, report) => total + (report.summary[field] ?? 0), 0);
  const has = (field: 'baselined' | 'fixed') => reports.some((report) => report.summary[field] !== undefined);
  return {
    tool: reports[0]?.tool ?? { name: 'translint', version: '' },
    findings,
    summary: {
      files: sum('files'),
      units: sum('units'),
      findings: findings.length,
      errors: sum('errors'),
      durationMs: Math.max(0, ...reports.map((report) => report.summary.durationMs)),
      ...(has('baselined') ? { baselined: sum('baselined') } : {}),
      ...(has('fixed') ? { fixed: sum('fixed') } : {}),
    },
    // Every shard reports the same problems with the command line (a missing path): keep one of each.
    errors: [...new Map(reports.flatMap((report) => report.errors).map((error) => [JSON.stringify(error), error])).values()],
  };
}
