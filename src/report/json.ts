import type { TranslintReport } from '../api.js';
import { FindingSet, type CheckedReport } from './findings.js';

/** The JSON report, as `JSON.stringify(report, null, 2)` writes it. */
export function renderJson(report: TranslintReport | CheckedReport): string {
  const decoder = new TextDecoder();
  let text = '';
  for (const piece of renderJsonChunks(report)) text += typeof piece === 'string' ? piece : decoder.decode(piece, { stream: true });
  return text + decoder.decode();
}

const EMPTY = '"findings": []';

/**
 * The same text in pieces, one per finding or per cached file, so the report of a
 * million-string corpus is written out without first being built as one string (and again
 * as one buffer); findings the cache kept as text are copied, not parsed and rendered again.
 * A piece of bytes may be reused for the next one: write it before asking for more.
 */
export function* renderJsonChunks(report: TranslintReport | CheckedReport): Generator<string | Uint8Array> {
  const findings = report.findings instanceof FindingSet ? report.findings : FindingSet.ofList(report.findings);
  // The report with no findings, in the report's own key order; findings go in its slot.
  const shell = JSON.stringify({ ...report, findings: [] }, null, 2);
  const slot = shell.indexOf(EMPTY);
  if (findings.count === 0 || slot < 0) {
    yield `${JSON.stringify({ ...report, findings: findings.list() }, null, 2)}\n`;
    return;
  }
  yield `${shell.slice(0, slot)}"findings": [\n    `;
  yield* findings.jsonPieces();
  yield `\n  ]${shell.slice(slot + EMPTY.length)}\n`;
}
