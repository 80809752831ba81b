import type { TranslintReport } from '../api.js';

/** The JSON report, as `JSON.stringify(report, null, 2)` writes it. */
export function renderJson(report: TranslintReport): string {
  return [...renderJsonChunks(report)].join('');
}

const EMPTY = '"findings": []';

/**
 * The same text in pieces, one per finding, so the report of a million-string corpus is
 * written out without first being built as one string (and again as one buffer).
 */
export function* renderJsonChunks(report: TranslintReport): Generator<string> {
  // The report with no findings, in the report's own key order; findings go in its slot.
  const shell = JSON.stringify({ ...report, findings: [] }, null, 2);
  const slot = shell.indexOf(EMPTY);
  if (report.findings.length === 0 || slot < 0) {
    yield `${JSON.stringify(report, null, 2)}\n`;
    return;
  }
  yield `${shell.slice(0, slot)}"findings": [`;
  let separator = '\n    ';
  for (const finding of report.findings) {
    // JSON strings never hold a raw newline, so indenting every line indents the whole value.
    yield separator + JSON.stringify(finding, null, 2).replaceAll('\n', '\n    ');
    separator = ',\n    ';
  }
  yield `\n  ]${shell.slice(slot + EMPTY.length)}\n`;
}
