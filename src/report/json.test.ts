import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleFinding, sampleReport } from '../testing/fixtures.js';
import { renderJson, renderJsonChunks } from './json.js';
import { batched } from './output.js';

describe('JSON report', () => {
  it('written in pieces is exactly JSON.stringify(report, null, 2)', () => {
    const findings = [
      sampleFinding(),
      sampleFinding({ message: 'a "quoted"\nmulti-line message with \\ and \u2028 and emoji 🙂', unit: { key: 'k', context: 'ctx\nline', source: 'Two\nlines', target: 'Zwei\r\nZeilen', locale: 'de' } }),
      sampleFinding({ fix: { replacement: 'x', safe: true, form: 0 }, meaning: { targetMeans: 'overload', expected: 'reset', suggestion: 'Перезагрузка' } }),
    ];
    for (const report of [sampleReport([]), sampleReport(findings.slice(0, 1)), sampleReport(findings, [{ file: 'x.po', line: 3, message: 'broken "findings": [] here' }])]) {
      const expected = `${JSON.stringify(report, null, 2)}\n`;
      assert.equal([...renderJsonChunks(report)].join(''), expected);
      assert.equal(renderJson(report), expected);
      assert.equal([...batched(renderJsonChunks(report), 64)].join(''), expected);
    }
  });
});
