import { resolve } from 'node:path';
import { allChecks } from './checks/index.js';
import { loadConfig } from './config/load.js';
import { settingsForFile } from './config/resolve.js';
import type { Config } from './config/schema.js';
import { checkFile, compareFindings, type FileJob, type FileResult, type SourceCache } from './core/engine.js';
import { TranslintError } from './core/errors.js';
import { collectFiles } from './core/files.js';
import type { Finding } from './core/finding.js';
import { normalizeLocale } from './core/locale.js';
import { formatFor } from './formats/index.js';
import { version } from './version.js';
import { openSync, readSync, closeSync } from 'node:fs';

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
  summary: { files: number; units: number; findings: number; errors: number; durationMs: number };
  errors: ErrorEntry[];
}

/** Checks files, directories or globs and returns the same data as `--format json`. */
export async function check(paths: string[], options: CheckOptions = {}): Promise<TranslintReport> {
  const started = performance.now();
  const cwd = resolve(options.cwd ?? process.cwd());
  const config = typeof options.config === 'object' ? options.config : loadConfig(cwd, options.config);
  const locale = options.locale === undefined ? undefined : requireLocale(options.locale, '--locale');
  const sourceLocale = options.sourceLocale === undefined ? undefined : requireLocale(options.sourceLocale, '--source-locale');
  const { files, errors } = collectFiles(paths.length > 0 ? paths : ['.'], {
    cwd,
    ignorePatterns: [...config.ignore, ...(options.ignore ?? [])],
    ignoreRoot: config.root,
    isCandidate: (path) => formatFor(path, () => readHead(path)) !== undefined,
  });
  const results: FileResult[] = [];
  const sources: SourceCache = new Map();
  for (const file of files) {
    const format = formatFor(file.absolute, () => readHead(file.absolute));
    if (!format) {
      errors.push(new TranslintError('unknown file type (run "translint formats" for the supported ones)', { file: file.display }));
      continue;
    }
    const settings = settingsForFile(config, file.absolute, allChecks);
    const fileLocale = locale ?? (settings.locale ? normalizeLocale(settings.locale) ?? settings.locale : undefined);
    const job: FileJob = { absolute: file.absolute, display: file.display, format, rules: settings.rules, locale: fileLocale, sourceLocale: sourceLocale ?? settings.sourceLocale };
    if (settings.sourceFile) job.sourceFile = resolve(config.root, settings.sourceFile);
    results.push(checkFile(job, { debug: options.debug ?? false, sources }));
  }
  const findings = results.flatMap((result) => result.findings).sort(compareFindings);
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
    },
    errors: errors.map((error) => ({
      ...(error.file !== undefined ? { file: error.file } : {}),
      ...(error.line !== undefined ? { line: error.line } : {}),
      ...(error.column !== undefined ? { column: error.column } : {}),
      message: error.message,
    })),
  };
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
