import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Check, Project } from '../core/check.js';
import { checkCatalog } from '../core/engine.js';
import type { Finding, Severity } from '../core/finding.js';
import { escapeCString } from '../syntax/c-string.js';
import { parsePo } from '../formats/po.js';

/** One unit to run a check on; written out as a real PO file and parsed, like user input. */
export interface CheckCase {
  source: string;
  target?: string;
  /** Plural source; then `targets` holds the forms. */
  sourcePlural?: string;
  targets?: string[];
  flags?: string[];
  /** Raw PO comment lines written before the entry, e.g. `#| msgid "Old"` or `#. max-length:20`. */
  comments?: string[];
  context?: string;
  locale?: string;
  /** Rule options, as config would give them. */
  options?: Record<string, unknown>;
  /** Plural-Forms header; default: none (CLDR decides). */
  pluralForms?: string;
  /** For `fires`: the message must match. */
  message?: RegExp;
  severity?: Severity;
  /** For `fires`: the fix replacement expected. */
  fix?: string;
  /** Why this case exists (shown as the test name). */
  why?: string;
  /** Header fields (`Name: value`) replacing the default Language and Content-Type ones. */
  header?: string[];
  /** Other units written to the same catalog before this one (for catalog-level rules). */
  also?: CheckCase[];
}

export function poFromCases(cases: CheckCase[], locale: string, pluralForms?: string, headerFields?: string[]): string {
  const fields = headerFields ?? [`Language: ${locale}`, 'Content-Type: text/plain; charset=UTF-8'];
  const header = ['msgid ""', 'msgstr ""', ...fields.map((field) => `"${escapeCString(field)}\\n"`)];
  if (pluralForms) header.push(`"Plural-Forms: ${pluralForms}\\n"`);
  const entries = cases.map((c) => {
    const lines: string[] = [...(c.comments ?? [])];
    if (c.flags?.length) lines.push(`#, ${c.flags.join(', ')}`);
    if (c.context !== undefined) lines.push(`msgctxt "${escapeCString(c.context)}"`);
    lines.push(`msgid "${escapeCString(c.source)}"`);
    if (c.sourcePlural !== undefined) {
      lines.push(`msgid_plural "${escapeCString(c.sourcePlural)}"`);
      (c.targets ?? [c.target ?? '']).forEach((t, i) => lines.push(`msgstr[${i}] "${escapeCString(t)}"`));
    } else {
      lines.push(`msgstr "${escapeCString(c.target ?? '')}"`);
    }
    return lines.join('\n');
  });
  return `${header.join('\n')}\n\n${entries.join('\n\n')}\n`;
}

/** Runs `check` on one case and returns its findings. */
export function runCheck(check: Check, testCase: CheckCase, project?: Project): Finding[] {
  const locale = testCase.locale ?? 'fr';
  const text = poFromCases([...(testCase.also ?? []), testCase], locale, testCase.pluralForms, testCase.header);
  const catalog = parsePo(Buffer.from(text), { path: `test/${locale}.po`, sourceLocale: 'en' });
  return checkCatalog(catalog, [{ check, severity: check.severity, options: testCase.options ?? {} }], { debug: true, ...(project ? { project } : {}) });
}

function label(testCase: CheckCase): string {
  const target = testCase.targets ? testCase.targets.join(' | ') : testCase.target ?? '';
  return testCase.why ?? `${JSON.stringify(testCase.source)} -> ${JSON.stringify(target)}${testCase.locale ? ` (${testCase.locale})` : ''}`;
}

/** ESLint-RuleTester-style: every `fires` case must report, every `quiet` case must not. */
export function testCheck(check: Check, cases: { fires: CheckCase[]; quiet: CheckCase[] }): void {
  describe(check.id, () => {
    for (const testCase of cases.fires) {
      it(`fires: ${label(testCase)}`, () => {
        const findings = runCheck(check, testCase);
        assert.ok(findings.length > 0, `expected ${check.id} to fire`);
        if (testCase.message) assert.ok(findings.some((f) => testCase.message!.test(f.message)), `no message matched ${testCase.message}; got: ${findings.map((f) => f.message).join(' / ')}`);
        if (testCase.severity) assert.ok(findings.some((f) => f.severity === testCase.severity), `no finding with severity ${testCase.severity}`);
        if (testCase.fix !== undefined) assert.ok(findings.some((f) => f.fix?.replacement === testCase.fix), `no fix ${JSON.stringify(testCase.fix)}; got ${findings.map((f) => JSON.stringify(f.fix?.replacement)).join(', ')}`);
      });
    }
    for (const testCase of cases.quiet) {
      it(`quiet: ${label(testCase)}`, () => {
        const findings = runCheck(check, testCase);
        assert.deepEqual(findings.map((f) => f.message), [], `expected ${check.id} to stay quiet`);
      });
    }
  });
}
