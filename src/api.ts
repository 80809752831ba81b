import { dirname, relative, resolve, sep } from 'node:path';
import { allChecks } from './checks/index.js';
import ignore from 'ignore';
import { findConfigFile, loadConfig, loadConfigFile } from './config/load.js';
import { settingsForFile } from './config/resolve.js';
import type { Config } from './config/schema.js';
import { checkFile, compareFindings, type FileJob, type FileResult, type SourceCache } from './core/engine.js';
import { TranslintError } from './core/errors.js';
import { collectFiles } from './core/files.js';
import type { Finding } from './core/finding.js';
import { normalizeLocale } from './core/locale.js';
import { formatFor } from './formats/index.js';
import { version } from './version.js';
import type { Project } from './core/check.js';
import { loadGlossary } from './meaning/glossary.js';
import { createProject } from './meaning/project.js';
import { openSync, readSync, closeSync } from 'node:fs';
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
  const cwd = resolve(options.cwd ?? process.cwd());
  const baseConfig = typeof options.config === 'object' ? options.config : loadConfig(cwd, options.config);
  // Without an explicit config, each file uses the config nearest to it (as Prettier does),
  // so `translint check examples/x` picks up examples/x/translint.config.json.
  const configs = new ConfigResolver(baseConfig, options.config === undefined ? cwd : undefined);
  const config = baseConfig;
  const locale = options.locale === undefined ? undefined : requireLocale(options.locale, '--locale');
  const sourceLocale = options.sourceLocale === undefined ? undefined : requireLocale(options.sourceLocale, '--source-locale');
  const baseline = options.baseline === undefined ? undefined : readBaseline(resolve(cwd, options.baseline), options.baseline);
  const { files, errors } = collectFiles(paths.length > 0 ? paths : ['.'], {
    cwd,
    ignorePatterns: [...config.ignore, ...(options.ignore ?? [])],
    ignoreRoot: config.root,
    isCandidate: (path) => formatFor(path, () => readHead(path)) !== undefined,
  });
  const results: FileResult[] = [];
  const sources: SourceCache = new Map();
  for (const [index, file] of files.entries()) {
    options.onProgress?.(index, files.length);
    const format = formatFor(file.absolute, () => readHead(file.absolute));
    if (!format) {
      errors.push(new TranslintError('unknown file type (run "translint formats" for the supported ones)', { file: file.display }));
      continue;
    }
    const fileConfig = configs.forFile(file.absolute);
    if (fileConfig !== config && fileConfig.ignore.length > 0 && ignoredBy(fileConfig, file.absolute)) continue;
    // A glossary the config names is evidence, not a translation file to check.
    if (fileConfig.glossary.some((path) => resolve(fileConfig.root, path) === file.absolute)) continue;
    const meaningOn = options.meaning ?? fileConfig.meaning.enabled;
    const settings = settingsForFile(fileConfig, file.absolute, meaningOn ? allChecks : allChecks.filter((c) => !c.id.startsWith('meaning/')));
    const fileLocale = locale ?? (settings.locale ? normalizeLocale(settings.locale) ?? settings.locale : undefined);
    const job: FileJob = { absolute: file.absolute, display: file.display, format, rules: settings.rules, locale: fileLocale, sourceLocale: sourceLocale ?? settings.sourceLocale };
    if (settings.sourceFile) job.sourceFile = resolve(fileConfig.root, settings.sourceFile);
    results.push(checkFile(job, { debug: options.debug ?? false, sources, project: configs.projectFor(fileConfig) }));
  }
  options.onProgress?.(files.length, files.length);
  let findings = results.flatMap((result) => result.findings).sort(compareFindings);
  if (options.changedSince !== undefined) findings = filterChangedSince(findings, options.changedSince, cwd);
  let baselined: number | undefined;
  if (baseline) ({ findings, baselined } = filterBaseline(findings, baseline, options.baseline!, cwd));
  for (const result of results) if (result.error) errors.push(result.error);
  return {
    tool: { name: 'translint', version },
    findings,
    summary: {
      files: results.length,
      units: results.reduce((sum, result) => sum + result.units, 0),
      findings: findings.length,
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

/** Finds and caches the config nearest to each file, and the glossaries each config names. */
class ConfigResolver {
  private readonly byDirectory = new Map<string, Config>();
  private readonly byPath = new Map<string, Config>();
  private readonly projects = new Map<Config, Project>();

  constructor(private readonly base: Config, private readonly searchFrom: string | undefined) {}

  forFile(absolute: string): Config {
    if (this.searchFrom === undefined) return this.base;
    const directory = dirname(absolute);
    let config = this.byDirectory.get(directory);
    if (!config) {
      const found = findConfigFile(directory);
      config = !found || found === this.base.path ? this.base : this.byPath.get(found) ?? loadConfigFile(found);
      if (found) this.byPath.set(found, config);
      this.byDirectory.set(directory, config);
    }
    return config;
  }

  projectFor(config: Config): Project {
    let project = this.projects.get(config);
    if (!project) {
      const entries = config.glossary.flatMap((path) => loadGlossary(resolve(config.root, path)));
      this.projects.set(config, (project = createProject(entries)));
    }
    return project;
  }
}

function ignoredBy(config: Config, absolute: string): boolean {
  const rel = relative(config.root, absolute).split(sep).join('/');
  return !rel.startsWith('..') && ignore().add(config.ignore).ignores(rel);
}

function requireLocale(value: string, option: string): string {
  const locale = normalizeLocale(value);
  if (!locale) throw new TranslintError(`${option}: "${value}" is not a locale (examples: ru, pt-BR, sr-Latn)`);
  return locale;
}

function readHead(path: string): string {
  const buffer = Buffer.alloc(4096);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, length).toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
