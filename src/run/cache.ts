import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../core/atomic.js';
import type { FileResult } from '../core/engine.js';
import { TranslintError } from '../core/errors.js';
import { version } from '../version.js';
import { fromMessage, toMessage, type FileResultMessage } from './messages.js';
import type { FilePlan } from './planner.js';

/** Where `--cache` keeps results unless `--cache-location` says otherwise (as ESLint's .eslintcache). */
export const DEFAULT_CACHE_FILE = '.translintcache';

/** A file's identity: stat first (cheap), content hash when the stat changed but maybe not the bytes. */
interface Stamp {
  path: string;
  size: number;
  mtimeMs: number;
  hash: string;
}

interface Entry {
  /** Hash of everything besides the bytes that decides the result: rules, options, locales, version. */
  settings: string;
  stamps: Stamp[];
  result: FileResultMessage;
}

interface CacheFile {
  translint: string;
  entries: Record<string, Entry>;
}

/**
 * Results of earlier runs, per file, for `--cache`: a file whose bytes, settings and
 * dependencies (its source-language file, glossaries) are unchanged is not parsed again.
 */
export class ResultCache {
  private changed = false;

  private constructor(private readonly path: string, private readonly entries: Map<string, Entry>) {}

  /** Loads the cache file; a missing, broken or other-version file starts an empty cache. */
  static load(path: string): ResultCache {
    let entries = new Map<string, Entry>();
    try {
      const data = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
      if (data.translint === version && data.entries && typeof data.entries === 'object') entries = new Map(Object.entries(data.entries));
    } catch {
      // No usable cache: every file is checked and the cache is rewritten.
    }
    return new ResultCache(resolve(path), entries);
  }

  /** The cached result for a planned file, when nothing it depends on changed. */
  lookup(plan: FilePlan): FileResult | undefined {
    const entry = this.entries.get(plan.job.absolute);
    if (!entry || entry.settings !== settingsKey(plan) || !entry.stamps.every((stamp) => this.unchanged(stamp))) return undefined;
    return fromMessage({ ...entry.result, file: plan.job.display });
  }

  /** Records a fresh result; results with errors are not kept, so a broken file is read again. */
  store(plan: FilePlan, result: FileResult): void {
    if (result.error) return;
    const paths = [plan.job.absolute, ...(result.dependsOn ?? []), ...plan.config.glossary.map((path) => resolve(plan.config.root, path))];
    const stamps = paths.map(stampOf).filter((stamp): stamp is Stamp => stamp !== undefined);
    if (stamps.length !== paths.length) return;
    this.entries.set(plan.job.absolute, { settings: settingsKey(plan), stamps, result: toMessage(result) });
    this.changed = true;
  }

  /** Writes the cache atomically, if anything changed. */
  save(): void {
    if (!this.changed) return;
    const data: CacheFile = { translint: version, entries: Object.fromEntries(this.entries) };
    try {
      writeFileAtomic(this.path, JSON.stringify(data));
    } catch (error) {
      throw new TranslintError(`cannot write the cache: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file: this.path });
    }
  }

  /** Same size and mtime, or same bytes (a checkout or touch changes mtime only); refreshes the stamp. */
  private unchanged(stamp: Stamp): boolean {
    let size: number;
    let mtimeMs: number;
    try {
      ({ size, mtimeMs } = statSync(stamp.path));
    } catch {
      return false;
    }
    if (size !== stamp.size) return false;
    if (mtimeMs === stamp.mtimeMs) return true;
    const current = stampOf(stamp.path);
    if (current?.hash !== stamp.hash) return false;
    stamp.mtimeMs = current.mtimeMs;
    this.changed = true;
    return true;
  }
}

function stampOf(path: string): Stamp | undefined {
  try {
    const { size, mtimeMs } = statSync(path);
    return { path, size, mtimeMs, hash: createHash('sha1').update(readFileSync(path)).digest('hex') };
  } catch {
    return undefined;
  }
}

function settingsKey(plan: FilePlan): string {
  const { job, config, meaning } = plan;
  const settings = {
    version,
    format: job.format.id,
    rules: job.rules.map((rule) => [rule.check.id, rule.severity, rule.options]),
    locale: job.locale,
    sourceLocale: job.sourceLocale,
    sourceFile: job.sourceFile,
    meaning: meaning ? config.meaning : false,
  };
  return createHash('sha1').update(JSON.stringify(settings)).digest('hex');
}
