import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ActiveRule } from '../config/resolve.js';
import { writeFileAtomic } from '../core/atomic.js';
import type { FileResult } from '../core/engine.js';
import { TranslintError } from '../core/errors.js';
import type { Severity } from '../core/finding.js';
import { EMPTY_STORED_TEXT, type StoredText } from '../report/findings.js';
import { buildStamp } from '../version.js';
import type { FilePlan } from './planner.js';
import { rangePieces, rangeText } from './ranges.js';

/** Where `--cache` keeps results unless `--cache-location` says otherwise (as ESLint's .eslintcache). */
export const DEFAULT_CACHE_LOCATION = '.translintcache';

/** Bumped when the files of the cache directory change shape; any other layout starts empty. */
const LAYOUT = 2;
// No extension a format claims, so a cache inside a checked tree is never taken for a translation file.
const INDEX = 'index';
const PACK_NAME = /^[0-9a-f]{16}\.pack$/;
/** More packs than this (one is added per run that checked something) are joined into one. */
const MAX_PACKS = 16;

/** A file's identity: stat first (cheap), content hash when the stat changed but maybe not the bytes. */
interface Stamp {
  path: string;
  size: number;
  mtimeMs: number;
  hash: string;
}

/** Where a file's stored findings are: a byte range of a pack (empty: no findings, no pack). */
interface Place {
  pack: string;
  offset: number;
  length: number;
}

interface Entry extends Place {
  /** Hash of everything besides the bytes that decides the result: rules, options, locales, build. */
  settings: string;
  /** The path findings name the file by (relative to the cwd of the run that stored them). */
  display: string;
  format: string;
  units: number;
  severities: Record<Severity, number>;
  stamps: Stamp[];
}

interface Index {
  translint: string;
  layout: number;
  /** Pack sizes in bytes, to tell how much of them is no longer used. */
  packs: Record<string, number>;
  entries: Record<string, Entry>;
}

/** A file's result as the cache keeps it: counts, and the findings as the opaque text the caller stored. */
export interface CachedResult {
  format: string;
  units: number;
  severities: Record<Severity, number>;
  findings: StoredText;
}

/**
 * Results of earlier runs, per file, for `--cache`: a file whose bytes, settings and
 * dependencies (its source-language file, glossaries) are unchanged is not parsed again.
 *
 * The cache is a directory: a small JSON `index` (per file: stamps, settings key, counts and
 * where its findings are) and packs holding the findings text of many files. Packs are never
 * changed once written, so a run re-reads only the index and writes only the findings it
 * checked (one new pack) and a new index; packs no index refers to are deleted after it.
 */
export class ResultCache {
  private changed = false;
  /** Findings text stored in this run, written to one new pack by save(). */
  private readonly fresh = new Map<string, Buffer | StoredText>();
  private readonly packSizes = new Map<string, number | undefined>();
  /** Files looked up in this run (they exist); others are dropped on save when they are gone. */
  private readonly seen = new Set<string>();

  private constructor(
    private readonly directory: string,
    private readonly entries: Map<string, Entry>,
    private readonly packs: Map<string, number>,
  ) {}

  /** Loads the cache index; a missing, broken or other-version cache starts empty. */
  static load(directory: string): ResultCache {
    const path = resolve(directory);
    try {
      const index = JSON.parse(readFileSync(join(path, INDEX), 'utf8')) as Index;
      if (index.translint === buildStamp() && index.layout === LAYOUT && isObject(index.entries) && isObject(index.packs)) {
        return new ResultCache(path, new Map(Object.entries(index.entries)), new Map(Object.entries(index.packs)));
      }
    } catch {
      // No usable cache: every file is checked and the cache is written anew.
    }
    return new ResultCache(path, new Map(), new Map());
  }

  /** The cached result for a planned file, when nothing it depends on changed and its findings can be read. */
  lookup(plan: FilePlan): CachedResult | undefined {
    const entry = this.entries.get(plan.job.absolute);
    this.seen.add(plan.job.absolute);
    if (!entry || entry.display !== plan.job.display || entry.settings !== settingsKey(plan) || !entry.stamps.every((stamp) => this.unchanged(stamp))) return undefined;
    const findings = this.stored(entry);
    return findings && { format: entry.format, units: entry.units, severities: entry.severities, findings };
  }

  /** Records a fresh result and its findings as text; results with errors are not kept, so a broken file is read again. */
  store(plan: FilePlan, result: FileResult, severities: Record<Severity, number>, findings: Buffer | StoredText): void {
    if (result.error || result.format === undefined) return;
    const paths = [plan.job.absolute, ...(result.dependsOn ?? []), ...plan.config.glossary.map((path) => resolve(plan.config.root, path))];
    const stamps = paths.map(stampOf).filter((stamp): stamp is Stamp => stamp !== undefined);
    if (stamps.length !== paths.length) return;
    const { absolute, display } = plan.job;
    this.entries.set(absolute, { settings: settingsKey(plan), display, format: result.format, units: result.units, severities, stamps, pack: '', offset: 0, length: findings.length });
    this.fresh.set(absolute, findings);
    this.changed = true;
  }

  /** Writes the findings checked in this run and then the index, each atomically. */
  save(): void {
    if (!this.changed) return;
    try {
      this.write();
    } catch (error) {
      if (error instanceof TranslintError) throw error;
      throw new TranslintError(`cannot write the cache: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file: this.directory });
    }
  }

  private write(): void {
    for (const path of this.entries.keys()) if (!this.seen.has(path) && !existsSync(path)) this.entries.delete(path);
    const live = new Map<string, number>();
    for (const entry of this.entries.values()) if (entry.pack) live.set(entry.pack, (live.get(entry.pack) ?? 0) + entry.length);
    const total = (sizes: Iterable<number>) => [...sizes].reduce((sum, size) => sum + size, 0);
    // Dead bytes (findings of files changed since) are bounded by the live ones: past that, or
    // past MAX_PACKS packs, every live finding is copied into the new pack.
    const compact = live.size >= MAX_PACKS || total([...live.keys()].map((pack) => this.packs.get(pack) ?? 0)) > 2 * total(live.values());
    const moving = [...this.entries].filter(([path, entry]) => this.fresh.has(path) || (compact && entry.pack));
    const texts: (Buffer | StoredText)[] = [];
    let offset = 0;
    for (const [path, entry] of moving) {
      // Read from where the findings are now: the entry itself moves to the new pack below.
      const findings = this.fresh.get(path) ?? this.stored({ ...entry });
      if (!findings) {
        this.entries.delete(path);
        continue;
      }
      if (entry.length === 0) {
        Object.assign(entry, { pack: '', offset: 0 });
        continue;
      }
      texts.push(findings);
      entry.offset = offset;
      offset += entry.length;
    }
    const pieces = function* (): Generator<Uint8Array> {
      for (const text of texts) {
        if (Buffer.isBuffer(text)) yield text;
        else yield* text.pieces();
      }
    };
    this.prepareDirectory();
    const pack = randomBytes(8).toString('hex');
    if (offset > 0) {
      writeFileAtomic(packPath(this.directory, pack), pieces());
      this.packs.set(pack, offset);
    }
    for (const [path, entry] of moving) if (entry.length > 0 && this.entries.has(path)) entry.pack = pack;
    const used = new Set([...this.entries.values()].map((entry) => entry.pack));
    for (const name of this.packs.keys()) if (!used.has(name)) this.packs.delete(name);
    const index: Index = { translint: buildStamp(), layout: LAYOUT, packs: Object.fromEntries(this.packs), entries: Object.fromEntries(this.entries) };
    writeFileAtomic(join(this.directory, INDEX), JSON.stringify(index));
    for (const name of readdirSync(this.directory)) {
      if (PACK_NAME.test(name) && !this.packs.has(name.slice(0, -'.pack'.length))) unlinkSync(join(this.directory, name));
    }
  }

  /**
   * The cache directory, replacing a cache file an older translint wrote at the same path. Its
   * parent must exist, as for a file (and a recursive mkdir never returns under /proc).
   */
  private prepareDirectory(): void {
    try {
      if (lstatSync(this.directory).isDirectory()) return;
      unlinkSync(this.directory);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    mkdirSync(this.directory);
  }

  /**
   * Stored findings at `place`; undefined when its pack is gone or too short (another run may
   * have replaced it). Given an entry, they are read from wherever save() moves the entry, so
   * findings handed out by lookup() stay readable when save() joins the packs.
   */
  private stored(place: Place): StoredText | undefined {
    if (place.length === 0) return EMPTY_STORED_TEXT;
    if (!this.packSizes.has(place.pack)) this.packSizes.set(place.pack, sizeOf(packPath(this.directory, place.pack)));
    const size = this.packSizes.get(place.pack);
    return size !== undefined && place.offset + place.length <= size ? new PackedText(this.directory, place) : undefined;
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

/** Findings text in a pack, read when a report (or compaction) needs it, never kept whole in memory. */
class PackedText implements StoredText {
  constructor(private readonly directory: string, private readonly place: Place) {}

  get length(): number {
    return this.place.length;
  }

  *pieces(): Generator<Uint8Array> {
    const { offset, length } = this.place;
    const fd = this.open();
    try {
      let done = 0;
      for (const piece of rangePieces(fd, offset, length, () => this.damaged())) {
        // Stored findings are JSON objects: a range that does not start and end as one is damaged.
        if ((done === 0 && piece[0] !== 0x7b) || (done + piece.length === length && piece[piece.length - 1] !== 0x7d)) throw this.damaged();
        done += piece.length;
        yield piece;
      }
    } finally {
      closeSync(fd);
    }
  }

  text(): string {
    const fd = this.open();
    try {
      return rangeText(fd, this.place.offset, this.place.length, () => this.damaged());
    } finally {
      closeSync(fd);
    }
  }

  private open(): number {
    try {
      return openSync(packPath(this.directory, this.place.pack), 'r');
    } catch {
      throw this.damaged();
    }
  }

  private damaged(): TranslintError {
    return new TranslintError('the cache changed or is damaged while in use; delete the cache directory and run again', { file: packPath(this.directory, this.place.pack) });
  }
}

function packPath(directory: string, pack: string): string {
  return join(directory, `${pack}.pack`);
}

function sizeOf(path: string): number | undefined {
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stampOf(path: string): Stamp | undefined {
  try {
    const { size, mtimeMs } = statSync(path);
    return { path, size, mtimeMs, hash: createHash('sha1').update(readFileSync(path)).digest('hex') };
  } catch {
    return undefined;
  }
}

/** Rules hashed once per rule list: the planner hands files with the same settings the same list. */
const rulesKeys = new WeakMap<readonly ActiveRule[], string>();

function settingsKey(plan: FilePlan): string {
  const { job, config, meaning } = plan;
  let rules = rulesKeys.get(job.rules);
  if (rules === undefined) rulesKeys.set(job.rules, (rules = JSON.stringify(job.rules.map((rule) => [rule.check.id, rule.severity, rule.options]))));
  const settings = [buildStamp(), job.format.id, rules, job.locale, job.sourceLocale, job.sourceFile, meaning ? config.meaning : false];
  return createHash('sha1').update(JSON.stringify(settings)).digest('hex');
}
