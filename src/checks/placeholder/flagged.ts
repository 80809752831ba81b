import type { Catalog } from '../../core/catalog.js';
import type { Report } from '../../core/check.js';
import type { Severity } from '../../core/finding.js';
import { memoText, type Unit } from '../../core/unit.js';
import { negated, usesFormat } from '../../syntax/formats.js';
import { comparePlaceholders, type Placeholder } from './compare.js';

export interface FormatSpec {
  /** Name in `unit.formats` (set by the file format or a gettext flag). */
  format: string;
  /** Flags that turn the syntax on (gettext and Weblate spellings); `no-<flag>` turns it off. */
  flags: readonly string[];
  /** For flagless PO catalogs only: whether the source unambiguously uses the syntax. */
  guess?: (source: string) => boolean;
}

/** Whether a placeholder syntax applies to `unit`: declared by format or flag, or guessed where nothing is declared. */
export function usesSyntax(unit: Unit, catalog: Catalog, spec: FormatSpec): boolean {
  if (unit.flags.size > 0) for (const flag of spec.flags) if (unit.flags.has(negated(flag))) return false;
  if (unit.formats.has(spec.format)) return true;
  if (unit.flags.size > 0) for (const flag of spec.flags) if (unit.flags.has(flag)) return true;
  return spec.guess !== undefined && usesFormat(unit, catalog, spec.format, spec.flags[0]!, spec.guess);
}

/**
 * Compares the placeholders of source and target forms with `tokenize` (memoized per unit
 * under `cacheKey`) and reports each problem; a changed format type is reported at `typeSeverity`.
 */
export function reportPlaceholderProblems(
  unit: Unit,
  catalog: Catalog,
  cacheKey: string,
  tokenize: (text: string) => Placeholder[],
  report: (finding: Report) => void,
  typeSeverity?: Severity,
): void {
  const cached = (text: string) => memoText(unit, cacheKey, text, tokenize);
  for (const problem of comparePlaceholders(unit, catalog, cached)) {
    report({ form: problem.form, message: problem.message, ...(problem.kind === 'type' && typeSeverity ? { severity: typeSeverity } : {}) });
  }
}
