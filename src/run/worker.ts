import { parentPort, workerData } from 'node:worker_threads';
import { TranslintError } from '../core/errors.js';
import { FileFindings } from '../report/findings.js';
import { FilePlanner, type FileRef, type PlanOptions } from './planner.js';
import { toMessage, toThrown, type WorkerReply } from './messages.js';

// A worker thread: plans and checks the files the pool sends, one message per file, with the
// findings already in report order and rendered (see RenderedFindings).
let planner: FilePlanner | undefined;
parentPort!.on('message', ({ index, file }: { index: number; file: FileRef }) => {
  let reply: WorkerReply;
  try {
    planner ??= new FilePlanner(workerData as PlanOptions);
    const plan = planner.plan(file);
    const result = plan === undefined ? null : plan instanceof TranslintError ? { file: file.display, format: undefined, units: 0, findings: [], error: plan } : planner.check(plan);
    if (result && result.findings.length > 0) {
      const findings = FileFindings.sorted(result.file, result.findings);
      reply = { index, result: toMessage({ ...result, findings: [] }), findings: { json: findings.jsonText(), severities: findings.severities } };
    } else {
      reply = { index, result: result && toMessage(result) };
    }
  } catch (error) {
    reply = { index, thrown: toThrown(error) };
  }
  parentPort!.postMessage(reply);
});
