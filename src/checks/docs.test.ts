import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { runCheck } from '../testing/check-tester.js';
import { docExamples } from '../testing/doc-examples.js';
import { allChecks } from './index.js';

/** Every rule has a doc page beside it, and the page's examples behave as it says. */
describe('rule docs', () => {
  for (const check of allChecks) {
    const url = new URL(`../../src/checks/${check.id}.md`, import.meta.url);
    it(`${check.id} has a doc page with fires and quiet examples`, () => {
      assert.ok(existsSync(url), `missing src/checks/${check.id}.md`);
      const examples = docExamples(readFileSync(url, 'utf8'));
      assert.ok(examples.some((e) => e.kind === 'fires'), 'no ```fires example');
      assert.ok(examples.some((e) => e.kind === 'quiet'), 'no ```quiet example');
    });
    if (!existsSync(url)) continue;
    for (const [index, example] of docExamples(readFileSync(url, 'utf8')).entries()) {
      it(`${check.id} doc example ${index + 1} ${example.kind}`, () => {
        const findings = runCheck(check, example.testCase);
        if (example.kind === 'fires') assert.ok(findings.length > 0, 'the doc says this fires');
        else assert.deepEqual(findings.map((f) => f.message), [], 'the doc says this stays quiet');
      });
    }
  }
});
