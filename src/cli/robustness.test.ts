import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * The bad-input bench (bench/robustness, see docs/robustness.md) in a quick form: a corpus for
 * one seed, cut to one file per category plus one per format, run through the real CLI. Every
 * run must end as `ok` or `clean-error`: no crash, hang, OOM, leak, write, or error without
 * the file's name. TRANSLINT_ROBUST_SEED picks another seed; TRANSLINT_ROBUST_ALL=1 runs the
 * whole quick corpus (~350 files, minutes).
 */

interface ManifestEntry {
  file: string;
  format: string;
  category: string;
  huge?: boolean;
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const bench = join(repoRoot, 'bench/robustness');
const seed = process.env['TRANSLINT_ROBUST_SEED'] ?? '7';

/** One entry per category (preferring a format not yet covered, then the smallest file), then one per missing format. */
function coveringSubset(entries: readonly ManifestEntry[], sizeOf: (entry: ManifestEntry) => number): ManifestEntry[] {
  const candidates = entries.filter((entry) => !entry.huge).sort((a, b) => sizeOf(a) - sizeOf(b) || a.file.localeCompare(b.file));
  const chosen: ManifestEntry[] = [];
  const formats = new Set<string>();
  const take = (entry: ManifestEntry): void => {
    chosen.push(entry);
    formats.add(entry.format);
  };
  for (const category of [...new Set(candidates.map((entry) => entry.category))].sort()) {
    const inCategory = candidates.filter((entry) => entry.category === category);
    take(inCategory.find((entry) => !formats.has(entry.format)) ?? inCategory[0]!);
  }
  for (const format of [...new Set(candidates.map((entry) => entry.format))].sort()) {
    if (!formats.has(format)) take(candidates.find((entry) => entry.format === format)!);
  }
  return chosen;
}

describe('robustness on the bad-input corpus', () => {
  const corpus = mkdtempSync(join(tmpdir(), 'translint-badinput-'));
  after(() => rmSync(corpus, { recursive: true, force: true }));

  it(`never crashes, hangs, leaks or writes, and every error names its file (seed ${seed})`, { timeout: 600_000 }, () => {
    const made = spawnSync(process.execPath, [join(bench, 'make-badinput.mjs'), corpus, '--seed', seed, '--quick', '--force'], { encoding: 'utf8' });
    assert.equal(made.status, 0, made.stderr);
    const manifest = join(corpus, 'MANIFEST.jsonl');
    const entries: ManifestEntry[] = readFileSync(manifest, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as ManifestEntry);
    const sizeOf = (entry: ManifestEntry): number => {
      try {
        return statSync(join(corpus, entry.file)).size;
      } catch {
        return 0; // dangling symlinks and loops
      }
    };
    const selected = process.env['TRANSLINT_ROBUST_ALL'] ? entries : coveringSubset(entries, sizeOf);
    writeFileSync(manifest, selected.map((entry) => JSON.stringify(entry)).join('\n') + '\n');

    const tool = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(repoRoot, 'bin/translint.js'))} check`;
    const result = spawnSync('bash', [join(bench, 'check-robustness.sh'), '--no-strace', tool, corpus], { encoding: 'utf8', maxBuffer: 16 << 20 });
    assert.equal(result.status, 0, `check-robustness.sh failed:\n${result.stdout}\n${result.stderr}`);
    assert.match(result.stdout, new RegExp(`^${selected.length} passed, 0 failed$`, 'm'));
  });
});
