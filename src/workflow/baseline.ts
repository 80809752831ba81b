import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { writeFileAtomic } from '../core/atomic.js';
import { TranslintError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';

/**
 * A baseline records the findings a project has accepted for now, so CI fails only on new
 * ones. A finding is recorded by a fingerprint of what it is about, not where: rule, file,
 * unit key and context, and the unit's source and target text (the message, for file-level
 * findings). Edits elsewhere in the file (moved lines) keep it; editing the unit's text makes
 * it a new finding.
 */
export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
  key: string;
}

export interface BaselineFile {
  translintBaseline: 1;
  findings: BaselineEntry[];
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The file path fingerprints use: relative to the baseline's directory, with forward slashes. */
export function baselinePath(findingFile: string, baselineDirectory: string, cwd: string): string {
  return relative(baselineDirectory, resolve(cwd, findingFile)).split(sep).join('/');
}

export function fingerprint(finding: Finding, file: string): string {
  const { unit } = finding;
  // File-level findings have no unit text to tell them apart; their message names the problem.
  const fileLevel = unit.key === '' && unit.source === '' && unit.target === '';
  const text = sha256(fileLevel ? `\u0001file\u0000${finding.message}` : `${unit.source}\u0000${unit.target}`);
  return sha256([finding.ruleId, file, finding.unit.key, finding.unit.context ?? '\u0001none', text].join('\u0000')).slice(0, 32);
}

/** Reads the fingerprints of a baseline file; a missing or malformed file is an input error. */
export function readBaseline(path: string, display = path): Set<string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const hint = code === 'ENOENT' ? 'not found; create it with --update-baseline' : `cannot read it: ${code ?? (error as Error).message}`;
    throw new TranslintError(`baseline ${hint}`, { file: display });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new TranslintError(`baseline is not valid JSON: ${(error as Error).message}`, { file: display });
  }
  const findings = (parsed as Partial<BaselineFile> | null)?.findings;
  if ((parsed as Partial<BaselineFile> | null)?.translintBaseline !== 1 || !Array.isArray(findings) || !findings.every((entry) => typeof entry?.fingerprint === 'string')) {
    throw new TranslintError('not a translint baseline (expected {"translintBaseline": 1, "findings": [{"fingerprint": ...}]}); recreate it with --update-baseline', { file: display });
  }
  return new Set(findings.map((entry) => entry.fingerprint));
}

/** Writes every finding's fingerprint to `path` atomically, sorted so the file diffs well. */
export function writeBaseline(path: string, findings: readonly Finding[], cwd: string): void {
  const directory = dirname(resolve(cwd, path));
  const entries = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    const file = baselinePath(finding.file, directory, cwd);
    const entry = { fingerprint: fingerprint(finding, file), ruleId: finding.ruleId, file, key: finding.unit.key };
    entries.set(entry.fingerprint, entry);
  }
  const sorted = [...entries.values()].sort((a, b) => compare(a.file, b.file) || compare(a.ruleId, b.ruleId) || compare(a.key, b.key) || compare(a.fingerprint, b.fingerprint));
  const body: BaselineFile = { translintBaseline: 1, findings: sorted };
  writeFileAtomic(resolve(cwd, path), `${JSON.stringify(body, null, 2)}\n`);
}

/** Splits findings into those the baseline does not know and the count it covers. */
export function filterBaseline(findings: readonly Finding[], baseline: ReadonlySet<string>, path: string, cwd: string): { findings: Finding[]; baselined: number } {
  const directory = dirname(resolve(cwd, path));
  const kept = findings.filter((finding) => !baseline.has(fingerprint(finding, baselinePath(finding.file, directory, cwd))));
  return { findings: kept, baselined: findings.length - kept.length };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
