import { resolve } from 'node:path';
import type { Config } from './config/schema.js';
import type { FileResult } from './core/engine.js';
import { TranslintError } from './core/errors.js';
import { collectFiles } from './core/files.js';
import type { Finding } from './core/finding.js';
import { formatFor } from './formats/index.js';
import { FileFindings, FindingSet, toReport, type CheckedReport } from './report/findings.js';
import { FilePlanner, readHead, type FilePlan, type FileRef, type PlanOptions } from './run/planner.js';
import { ResultCache } from './run/cache.js';
import { checkInWorkers, type PooledResult } from './run/pool.js';
import { inShard, type Shard } from './run/shard.js';
import { version } from './version.js';
import { filterBaseline, readBaseline } from './workflow/baseline.js';
import { filterChangedSince } from './workflow/changed.js';

export interface CheckOptions {
  /** Directory paths are resolved against (default: process.cwd()). */
  cwd?: string;
  /** A config object, or a path to a config file; default: the nearest one upwards of cwd. */
  config?: Config | string;
  /** Force the target locale of every file. */
  locale?: string;
  sourceLocale?: string;
  /** Extra gitignore-style patterns. */
  ignore?: string[];
  /** Re-throw internal errors with their stack (for debugging translint itself). */
  debug?: boolean;
  /** Run the meaning rules (default: as config says, on unless disabled). */
  meaning?: boolean;
  /** A baseline file (from `--update-baseline`): findings recorded in it are left out and counted in `summary.baselined`. */
  baseline?: string;
  /** A git commit: report only units that are new or changed since it. */
  changedSince?: string;
  /** Called after each file, for progress display. */
  onProgress?: (done: number, total: number) => void;
  /** Worker threads to check files on (default 1: this thread). */
  jobs?: number;
  /** Keep each finding's parsed file in memory, as `applyFixes` needs; implies one thread and no cache. */
  keepOrigins?: boolean;
  /** Check only this share of the files (`--shard K/N`): partitioned by a stable hash of each path. */
  shard?: Shard;
  /** A cache directory (`--cache`): files unchanged since the run that wrote it are not checked again. */
  cache?: string;
}

export interface ErrorEntry {
  file?: string;
  line?: number;
  column?: number;
  message: string;
}

/** The JSON report: the public contract that every other report format renders. */
export interface TranslintReport {
  tool: { name: 'translint'; version: string };
  findings: Finding[];
  summary: {
    files: number;
    units: number;
    findings: number;
    errors: number;
    durationMs: number;
    /** Findings left out because the baseline records them (only when a baseline was given). */
    baselined?: number;
    /** Fixes written by `--fix` before this report was made (only with `--fix`). */
    fixed?: number;
  };
  errors: ErrorEntry[];
}

/** Checks files, directories or globs and returns the same data as `--format json`. */
export async function check(paths: string[], options: CheckOptions = {}): Promise<TranslintReport> {
  const started = performance.now();
  const report = toReport(await checkToReport(paths, options));
  report.summary.durationMs = Math.round(performance.now() - started);
  return report;
}

/** A file's outcome, its findings in report order (a cache hit's stay stored text). */
interface CheckedFile {
  format: string | undefined;
  units: number;
  findings: FileFindings;
  error?: TranslintError;
}

/**
 * What `check` does, with the findings left as the cache stored them until a report needs
 * them as objects (the CLI's JSON and quiet text reports never do).
 */
export async function checkToReport(paths: string[], options: CheckOptions = {}): Promise<CheckedReport> {
  const started = performance.now();
  const cwd = resolve(options.cwd ?? process.cwd());
  const keepOrigins = options.keepOrigins === true || options.changedSince !== undefined;
  const planOptions: PlanOptions = {
    cwd,
    ...(options.config !== undefined ? { config: options.config } : {}),
    ...(options.locale !== undefined ? { locale: options.locale } : {}),
    ...(options.sourceLocale !== undefined ? { sourceLocale: options.sourceLocale } : {}),
    ...(options.meaning !== undefined ? { meaning: options.meaning } : {}),
    debug: options.debug ?? false,
    keepOrigins,
  };
  const planner = new FilePlanner(planOptions);
  const config = planner.baseConfig;
  const baseline = options.baseline === undefined ? undefined : readBaseline(resolve(cwd, options.baseline), options.baseline);
  const { files, errors } = collectFiles(paths.length > 0 ? paths : ['.'], {
    cwd,
    ignorePatterns: [...config.ignore, ...(options.ignore ?? [])],
    ignoreRoot: config.root,
    isCandidate: (path) => formatFor(path, () => readHead(path)) !== undefined,
  });
  const selected = options.shard ? files.filter((file) => inShard(file.display, options.shard!)) : files;
  const cache = options.cache !== undefined && !keepOrigins ? ResultCache.load(resolve(cwd, options.cache)) : undefined;
  const jobs = keepOrigins ? 1 : options.jobs ?? 1;
  const checked = cache ? await checkWithCache(selected, cache, planner, planOptions, jobs, options.onProgress) : (await checkFiles(selected, planner, planOptions, jobs, options.onProgress)).map((result) => result && inReportOrder(result));
  cache?.save();
  const results = checked.filter((result): result is CheckedFile => result !== undefined);
  let findings = FindingSet.ofFiles(results.map((result) => result.findings));
  if (options.changedSince !== undefined) findings = FindingSet.ofList(filterChangedSince(findings.list(), options.changedSince, cwd));
  let baselined: number | undefined;
  if (baseline) {
    const filtered = filterBaseline(findings.list(), baseline, options.baseline!, cwd);
    findings = FindingSet.ofList(filtered.findings);
    baselined = filtered.baselined;
  }
  for (const result of results) if (result.error) errors.push(result.error);
  return {
    tool: { name: 'translint', version },
    findings,
    summary: {
      files: results.filter((result) => result.format !== undefined).length,
      units: results.reduce((sum, result) => sum + result.units, 0),
      findings: findings.count,
      errors: errors.length,
      durationMs: Math.round(performance.now() - started),
      ...(baselined !== undefined ? { baselined } : {}),
    },
    errors: errors.map((error) => ({
      ...(error.file !== undefined ? { file: error.file } : {}),
      ...(error.line !== undefined ? { line: error.line } : {}),
      ...(error.column !== undefined ? { column: error.column } : {}),
      message: error.message,
    })),
  };
}

/** A fresh result with its findings sorted as the report lists them (stable, so equal places keep rule order). */
function inReportOrder(result: PooledResult): CheckedFile {
  const findings = result.stored ? FileFindings.stored(result.file, result.stored.severities, result.stored.text) : FileFindings.sorted(result.file, result.findings);
  return { format: result.format, units: result.units, findings, ...(result.error ? { error: result.error } : {}) };
}

/** Checks files on worker threads or, for one job or one file, on this thread; undefined where config skips a file. */
function checkFiles(files: readonly FileRef[], planner: FilePlanner, planOptions: PlanOptions, jobs: number, onProgress?: (done: number, total: number) => void, plans?: readonly FilePlan[]): Promise<(PooledResult | undefined)[]> | (FileResult | undefined)[] {
  return jobs > 1 && files.length > 1 ? checkInWorkers(files, planOptions, jobs, onProgress ? { onProgress } : {}) : checkHere(planner, files, onProgress, plans);
}

/** Takes unchanged files' results from the cache, checks the others and records their results. */
async function checkWithCache(files: readonly FileRef[], cache: ResultCache, planner: FilePlanner, planOptions: PlanOptions, jobs: number, onProgress?: (done: number, total: number) => void): Promise<(CheckedFile | undefined)[]> {
  const results: (CheckedFile | undefined)[] = new Array(files.length);
  const missed: { index: number; plan: FilePlan }[] = [];
  files.forEach((file, index) => {
    const plan = planner.plan(file);
    if (plan instanceof TranslintError) results[index] = inReportOrder(unknownTypeResult(file, plan));
    else if (plan) {
      const hit = cache.lookup(plan);
      if (hit) results[index] = { format: hit.format, units: hit.units, findings: FileFindings.stored(file.display, hit.severities, hit.findings) };
      else missed.push({ index, plan });
    }
  });
  // Workers plan their files again on their own thread; this thread checks with the plans it has.
  const plans = missed.map(({ plan }) => plan);
  const fresh = await checkFiles(plans.map(({ job }) => ({ absolute: job.absolute, display: job.display })), planner, planOptions, jobs, onProgress, plans);
  missed.forEach(({ index, plan }, k) => {
    const result = fresh[k];
    if (!result) return;
    const checked = (results[index] = inReportOrder(result));
    if (!result.error) cache.store(plan, result, checked.findings.severities, checked.findings.storable());
  });
  return results;
}

function unknownTypeResult(file: FileRef, error: TranslintError): FileResult {
  return { file: file.display, format: undefined, units: 0, findings: [], error };
}

/** Checks files on this thread, in order (with their plans, when already made); undefined where config skips a file. */
function checkHere(planner: FilePlanner, files: readonly FileRef[], onProgress?: (done: number, total: number) => void, plans?: readonly FilePlan[]): (FileResult | undefined)[] {
  const results = files.map((file, index) => {
    onProgress?.(index, files.length);
    const plan = plans ? plans[index] : planner.plan(file);
    if (plan instanceof TranslintError) return unknownTypeResult(file, plan);
    return plan && planner.check(plan);
  });
  onProgress?.(files.length, files.length);
  return results;
}
