import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TranslintReport } from '../api.js';
import { renderReport, reportFormats } from './render.js';
import { excerpt } from './text.js';

const report: TranslintReport = {
  tool: { name: 'translint', version: '0.1.0' },
  findings: [
    {
      ruleId: 'whitespace/end',
      severity: 'warning',
      message: 'trailing whitespace differs',
      file: 'po/de.po',
      line: 4,
      column: 8,
      unit: { key: 'Save ', source: 'Save ', target: 'Speichern', locale: 'de' },
      fix: { replacement: 'Speichern ', safe: true, form: 0 },
    },
  ],
  summary: { files: 1, units: 1, findings: 1, errors: 0, durationMs: 1 },
  errors: [],
};

describe('renderReport', () => {
  it('renders every format --format offers', () => {
    assert.deepEqual([...reportFormats], ['text', 'json', 'sarif', 'junit', 'html']);
    const out = Object.fromEntries(reportFormats.map((format) => [format, renderReport(report, format, { color: false })]));
    assert.match(out['text']!, /^po\/de\.po:4:8: warning whitespace\/end/);
    assert.deepEqual(JSON.parse(out['json']!), report);
    assert.equal((JSON.parse(out['sarif']!) as { version: string }).version, '2.1.0');
    assert.match(out['junit']!, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites /);
    assert.match(out['html']!, /^<!doctype html>/);
  });
});

describe('excerpt', () => {
  it('shows at most 120 characters, escaped, without escaping the whole text first', () => {
    assert.equal(excerpt('say "hi"\n'), 'say \\"hi\\"\\n');
    const long = excerpt('日本 '.repeat(5_000_000));
    assert.equal(long.length, 120);
    assert.ok(long.endsWith('…'));
    assert.equal(excerpt('x'.repeat(120)), 'x'.repeat(120));
  });
});
