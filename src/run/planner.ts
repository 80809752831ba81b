import { closeSync, openSync, readSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import { allChecks } from '../checks/index.js';
import { findConfigFile, loadConfig, loadConfigFile } from '../config/load.js';
import { settingsForFile } from '../config/resolve.js';
import type { Config } from '../config/schema.js';
import type { Project } from '../core/check.js';
import { checkFile, type FileJob, type FileResult, type SourceCache } from '../core/engine.js';
import { TranslintError } from '../core/errors.js';
import { normalizeLocale } from '../core/locale.js';
import { formatFor } from '../formats/index.js';
import { loadGlossary } from '../meaning/glossary.js';
import { createProject } from '../meaning/project.js';

/** The checks without the meaning ones, as one list (settings are remembered per list). */
const structuralChecks = allChecks.filter((check) => !check.id.startsWith('meaning/'));

/** What decides how each file is checked; plain data, so worker threads can rebuild a planner. */
export interface PlanOptions {
  cwd: string;
  /** A config object, or a path to a config file; default: the nearest one to each file. */
  config?: Config | string;
  locale?: string;
  sourceLocale?: string;
  meaning?: boolean;
  debug?: boolean;
  /** Keep each finding's parsed file in memory (for --fix and --changed-since). */
  keepOrigins?: boolean;
}

export interface FileRef {
  absolute: string;
  display: string;
}

/** A file ready to check: its rules, locales and project evidence. */
export interface FilePlan {
  job: FileJob;
  project: Project;
  /** The config that applies to the file (for cache keys). */
  config: Config;
  meaning: boolean;
}

/**
 * Turns a file path into a check job: nearest config, overrides, locale, rules. Each worker
 * thread builds its own planner from the same PlanOptions, so every thread plans alike.
 */
export class FilePlanner {
  readonly baseConfig: Config;
  private readonly configs: ConfigResolver;
  private readonly locale: string | undefined;
  private readonly sourceLocale: string | undefined;
  private readonly sources: SourceCache = new Map();

  constructor(private readonly options: PlanOptions) {
    this.baseConfig = typeof options.config === 'object' ? options.config : loadConfig(options.cwd, options.config);
    // Without an explicit config, each file uses the config nearest to it (as Prettier does),
    // so `translint check examples/x` picks up examples/x/translint.config.json.
    this.configs = new ConfigResolver(this.baseConfig, options.config === undefined ? options.cwd : undefined);
    this.locale = options.locale === undefined ? undefined : requireLocale(options.locale, '--locale');
    this.sourceLocale = options.sourceLocale === undefined ? undefined : requireLocale(options.sourceLocale, '--source-locale');
  }

  /** The job for one file; undefined when config says to skip it; an error when its type is unknown. */
  plan(file: FileRef): FilePlan | undefined | TranslintError {
    const format = formatFor(file.absolute, () => readHead(file.absolute));
    if (!format) return new TranslintError('unknown file type (run "translint formats" for the supported ones)', { file: file.display });
    const config = this.configs.forFile(file.absolute);
    if (config !== this.baseConfig && config.ignore.length > 0 && ignoredBy(config, file.absolute)) return undefined;
    // A glossary the config names is evidence, not a translation file to check.
    if (config.glossary.some((path) => resolve(config.root, path) === file.absolute)) return undefined;
    const meaning = this.options.meaning ?? config.meaning.enabled;
    const settings = settingsForFile(config, file.absolute, meaning ? allChecks : structuralChecks);
    const locale = this.locale ?? (settings.locale ? normalizeLocale(settings.locale) ?? settings.locale : undefined);
    const job: FileJob = { absolute: file.absolute, display: file.display, format, rules: settings.rules, locale, sourceLocale: this.sourceLocale ?? settings.sourceLocale };
    if (settings.sourceFile) job.sourceFile = resolve(config.root, settings.sourceFile);
    return { job, project: this.configs.projectFor(config), config, meaning };
  }

  /** Checks a planned file; problems with the file come back as the result's error. */
  check(plan: FilePlan): FileResult {
    return checkFile(plan.job, { debug: this.options.debug ?? false, sources: this.sources, project: plan.project, keepOrigins: this.options.keepOrigins ?? false });
  }
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

/** The first 4 KiB of a file, for sniffing formats that share an extension. */
export function readHead(path: string): string {
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
