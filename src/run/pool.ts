import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { FileResult } from '../core/engine.js';
import type { SeverityCounts, StoredText } from '../report/findings.js';
import { fromMessage, fromThrown, type WorkerReply } from './messages.js';
import { FindingsSpill } from './spill.js';
import type { FileRef, PlanOptions } from './planner.js';

/** Files each worker holds at once: one being checked, one queued so it never waits for the main thread. */
const IN_FLIGHT = 2;
/**
 * Young generation per worker. It was 48 MB while every unit's tokenizations lived until its
 * file was done; now that they are dropped per block of units (core/engine.ts), 16 MB costs no
 * CPU and less memory (full corpus, 2 workers, same shared machine: 48 MB 476 MiB peak RSS and
 * 58.2 s CPU, 16 MB 428 MiB and 55.5 s).
 */
const YOUNG_GENERATION_MB = 16;

/**
 * Checks files on `jobs` worker threads. Results come back in the order of `files`;
 * undefined where config skips the file. Biggest files go first so no worker is left with
 * a large one at the end.
 */
/** A worker's result: its findings, in report order, are `stored` text and `findings` is empty. */
export type PooledResult = FileResult & { stored?: { severities: SeverityCounts; text: StoredText } };

export function checkInWorkers(files: readonly FileRef[], options: PlanOptions, jobs: number, onProgress?: (done: number, total: number) => void): Promise<(PooledResult | undefined)[]> {
  const order = files.map((file, index) => ({ index, size: sizeOf(file.absolute) })).sort((a, b) => b.size - a.size || a.index - b.index).map((entry) => entry.index);
  const results: (PooledResult | undefined)[] = new Array(files.length);
  const spill = new FindingsSpill();
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  return new Promise((resolvePromise, reject) => {
    let failed = false;
    const fail = (error: Error): void => {
      if (failed) return;
      failed = true;
      for (const worker of workers) void worker.terminate();
      reject(error);
    };
    const feed = (worker: Worker): void => {
      if (next < order.length) {
        const index = order[next++]!;
        worker.postMessage({ index, file: files[index] });
      }
    };
    const count = Math.max(1, Math.min(jobs, files.length));
    for (let i = 0; i < count; i++) {
      // ./worker.js: dist/run/worker.js, or dist/worker.js from the bundle (scripts/bundle.mjs).
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: options, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      workers.push(worker);
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (code !== 0 && done < files.length) fail(new Error(`a worker thread stopped with exit code ${code}`));
      });
      worker.on('message', (reply: WorkerReply) => {
        if ('thrown' in reply) return fail(fromThrown(reply.thrown));
        const result: PooledResult | undefined = reply.result ? fromMessage(reply.result) : undefined;
        if (result && reply.findings) result.stored = { severities: reply.findings.severities, text: spill.add(reply.findings.json) };
        results[reply.index] = result;
        done++;
        onProgress?.(done, files.length);
        if (done === files.length) {
          for (const each of workers) void each.terminate();
          resolvePromise(results);
        } else feed(worker);
      });
      for (let k = 0; k < IN_FLIGHT; k++) feed(worker);
    }
  });
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
