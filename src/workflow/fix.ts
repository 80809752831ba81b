import iconv from 'iconv-lite';
import type { Catalog, Edit } from '../core/catalog.js';
import { writeFileAtomic } from '../core/atomic.js';
import { renderDocument } from '../core/document.js';
import { fileOf, originOf } from '../core/engine.js';
import type { Finding } from '../core/finding.js';
import type { Unit } from '../core/unit.js';
import { unifiedDiff } from './diff.js';

export interface FixOptions {
  /** Apply fixes marked unsafe too (`--fix-unsafe`). */
  unsafe: boolean;
  /** Write the files (`--fix`); false computes the edits and diffs only (`--fix-dry-run`). */
  write: boolean;
}

export interface FileFixes {
  /** The file as reported (relative to the cwd). */
  file: string;
  absolute: string;
  edits: Edit[];
  /** Unified diff of the edits. */
  diff: string;
  /** The diff in the file's own encoding, so `git apply` matches Latin-1 files byte for byte. */
  diffBytes: Buffer;
}

export interface FixOutcome {
  /** Fixes applied (or, in a dry run, that would be). */
  applied: number;
  /** Fixes left out because an earlier fix already rewrote the same target form: a re-run may apply them. */
  skipped: number;
  /** Fixes whose unit has no place in the file to write to, or whose file cannot be written back byte-exact. */
  unfixable: number;
  files: FileFixes[];
}

/**
 * Applies the fixes of `findings` through each file's adapter: one fix per target form (the
 * first in report order), spliced into the original text so bytes outside the spans stay as
 * they were, and written atomically. The findings must come from `check(..., { keepOrigins: true })`.
 */
export function applyFixes(findings: readonly Finding[], options: FixOptions): FixOutcome {
  const outcome: FixOutcome = { applied: 0, skipped: 0, unfixable: 0, files: [] };
  const plans = new Map<Catalog, { edits: Edit[]; taken: Map<Unit, Set<number>>; units: Set<Unit> }>();
  for (const finding of findings) {
    const fix = finding.fix;
    if (!fix || (!fix.safe && !options.unsafe)) continue;
    const origin = originOf(finding);
    const unit = origin?.unit;
    if (!origin || !unit || !fileOf(origin.catalog)) {
      outcome.unfixable++;
      continue;
    }
    let plan = plans.get(origin.catalog);
    if (!plan) plans.set(origin.catalog, (plan = { edits: [], taken: new Map(), units: new Set(origin.catalog.units) }));
    // A unit the file does not hold (a key only the source-language file has) cannot be edited here.
    if (!plan.units.has(unit)) {
      outcome.unfixable++;
      continue;
    }
    const form = fix.form ?? 0;
    const takenForms = plan.taken.get(unit) ?? new Set<number>();
    if (takenForms.has(form)) {
      outcome.skipped++;
      continue;
    }
    if (unit.targets[form] === fix.replacement) continue;
    const edit = fileOf(origin.catalog)!.format.editTarget(origin.catalog, unit, form, fix.replacement);
    if (!edit) {
      outcome.unfixable++;
      continue;
    }
    if (plan.edits.some((other) => edit.start < other.end && other.start < edit.end)) {
      outcome.skipped++;
      continue;
    }
    plan.taken.set(unit, takenForms.add(form));
    plan.edits.push(edit);
  }
  for (const [catalog, plan] of plans) {
    if (plan.edits.length === 0) continue;
    const { document } = catalog;
    // Splicing keeps bytes only if decoding and encoding the file loses nothing; refuse otherwise.
    if (!renderDocument(document, []).equals(document.bytes)) {
      outcome.unfixable += plan.edits.length;
      continue;
    }
    const absolute = fileOf(catalog)!.absolute;
    if (options.write) writeFileAtomic(absolute, renderDocument(document, plan.edits));
    outcome.applied += plan.edits.length;
    const diff = unifiedDiff(document.path, document.text, plan.edits);
    const diffBytes = document.encoding === 'utf8' ? Buffer.from(diff, 'utf8') : iconv.encode(diff, document.encoding);
    outcome.files.push({ file: document.path, absolute, edits: plan.edits, diff, diffBytes });
  }
  return outcome;
}
