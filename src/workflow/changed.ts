import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Catalog } from '../core/catalog.js';
import { fileOf, originOf } from '../core/engine.js';
import { TranslintError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import { pairWithSource } from '../core/pairing.js';
import type { Unit } from '../core/unit.js';
import type { FormatAdapter } from '../formats/adapter.js';

/**
 * `--changed-since REF`: keeps the findings on units that are new or whose source or target
 * differ from the same file at the git commit REF, read with the same adapter. Comparing units
 * by key, not diff line ranges, makes moved or re-wrapped entries count as unchanged.
 * Findings not tied to a unit (file-level) are kept when the file changed at all.
 */
export function filterChangedSince(findings: readonly Finding[], ref: string, cwd: string): Finding[] {
  verifyRef(ref, cwd);
  const byCatalog = new Map<Catalog, Finding[]>();
  const dropped = new Set<Finding>();
  for (const finding of findings) {
    const catalog = originOf(finding)?.catalog;
    if (!catalog || !fileOf(catalog)) continue; // nothing to compare with: keep it
    const group = byCatalog.get(catalog) ?? [];
    if (group.length === 0) byCatalog.set(catalog, group);
    group.push(finding);
  }
  for (const [catalog, group] of byCatalog) {
    const previous = previousSnapshot(catalog, ref, cwd);
    if (previous === 'new') continue;
    const units = new Set(catalog.units);
    for (const finding of group) {
      const unit = originOf(finding)!.unit;
      const same = previous === 'unchanged' || (unit !== undefined && previous.get(identity(unit)) === snapshotValue(unit, !units.has(unit)));
      if (same) dropped.add(finding);
    }
  }
  return findings.filter((finding) => !dropped.has(finding));
}

type Snapshot = Map<string, string>;

const identity = (unit: Unit): string => `${unit.context ?? ''}\u0004${unit.key}`;

/** What a unit says; units only the source-language file has are marked as such. */
function snapshotValue(unit: Unit, onlyInSource: boolean): string {
  return JSON.stringify(onlyInSource ? ['missing', unit.targets] : [unit.source, unit.sourcePlural ?? null, unit.targets]);
}

function snapshotOf(catalog: Catalog): Snapshot {
  const snapshot: Snapshot = new Map();
  for (const unit of catalog.units) if (!snapshot.has(identity(unit))) snapshot.set(identity(unit), snapshotValue(unit, false));
  for (const unit of catalog.pairing?.missing ?? []) if (!snapshot.has(identity(unit))) snapshot.set(identity(unit), snapshotValue(unit, true));
  return snapshot;
}

/** The catalog's units at `ref`; 'new' when git has no such file there (or it does not parse). */
function previousSnapshot(catalog: Catalog, ref: string, cwd: string): Snapshot | 'new' | 'unchanged' {
  const { absolute, format } = fileOf(catalog)!;
  const before = showAt(ref, absolute);
  if (!before) return 'new';
  const sourcePath = catalog.pairing ? resolve(cwd, catalog.pairing.sourcePath) : undefined;
  const sourceBefore = sourcePath ? showAt(ref, sourcePath) : undefined;
  if (before.equals(catalog.document.bytes) && (!sourcePath || sourceSame(sourcePath, sourceBefore))) return 'unchanged';
  try {
    const old = parseAt(format, before, catalog.document.path, catalog.locale, catalog.sourceLocale);
    if (sourcePath && sourceBefore) {
      const oldSource = parseAt(format, sourceBefore, catalog.pairing!.sourcePath, catalog.sourceLocale, catalog.sourceLocale);
      old.pairing = pairWithSource(old, oldSource);
    }
    return snapshotOf(old);
  } catch {
    return 'new'; // the old file did not parse: everything in it counts as changed
  }
}

function sourceSame(path: string, before: Buffer | undefined): boolean {
  if (!before) return false;
  try {
    return before.equals(readFileSync(path));
  } catch {
    return false;
  }
}

function parseAt(format: FormatAdapter, bytes: Buffer, path: string, locale: string, sourceLocale: string): Catalog {
  return format.parse(bytes, { path, locale, sourceLocale });
}

/** The bytes of `absolute` at commit `ref`, or undefined when it did not exist there. */
function showAt(ref: string, absolute: string): Buffer | undefined {
  try {
    return execFileSync('git', ['show', `${ref}:./${basename(absolute)}`], { cwd: dirname(absolute), maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

function verifyRef(ref: string, cwd: string): void {
  if (ref.startsWith('-')) throw new TranslintError(`--changed-since: "${ref}" is not a git revision`);
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: Buffer };
    if (failure.code === 'ENOENT') throw new TranslintError('--changed-since needs git, and git is not on the PATH');
    const stderr = failure.stderr?.toString().trim();
    throw new TranslintError(stderr ? `--changed-since: ${stderr.split('\n')[0]}` : `--changed-since: "${ref}" is not a commit in this git repository`);
  }
}
