import type { Check } from '../../core/check.js';
import { checkCatalog } from '../../core/engine.js';
import type { Finding } from '../../core/finding.js';
import { parsePo } from '../../formats/po.js';
import { poFromCases, type CheckCase } from '../../testing/check-tester.js';

/** Runs `check` with rule options on one case (testCheck runs rules without options). */
export function runCheckWith(check: Check, testCase: CheckCase, options: Record<string, unknown>): Finding[] {
  const locale = testCase.locale ?? 'fr';
  const catalog = parsePo(Buffer.from(poFromCases([testCase], locale, testCase.pluralForms)), { path: `test/${locale}.po`, sourceLocale: 'en' });
  return checkCatalog(catalog, [{ check, severity: check.severity, options }], { debug: true });
}
