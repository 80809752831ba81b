import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { TranslintReport } from '../api.js';
import type { Finding } from '../core/finding.js';
import { childElements, parseXml, textContent, type XmlElement } from '../formats/xml.js';
import { renderJunit, xmlSafe } from './junit.js';
import { sampleFinding, sampleReport } from '../testing/fixtures.js';

const finding = sampleFinding;
const report = (findings: Finding[], errors: TranslintReport['errors'] = [], files = 1): TranslintReport => sampleReport(findings, errors, { files, durationMs: 1234 });

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(repoRoot, 'bin/translint.js');



const attribute = (element: XmlElement, name: string): string | undefined => element.attributes.get(name)?.value;

/** Parses with the project's strict XML reader (saxes): a well-formedness error throws. */
function parseJunit(xml: string): { root: XmlElement; suites: XmlElement[] } {
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n'));
  const { root } = parseXml(xml, 'junit.xml');
  assert.equal(root.name, 'testsuites');
  return { root, suites: childElements(root, 'testsuite') };
}

describe('JUnit report', () => {
  it('`check --format junit` on the example and a second file: suites per file, cases per rule, counts that add up', () => {
    const directory = mkdtempSync(join(tmpdir(), 'translint-junit-'));
    const output = join(directory, 'junit.xml');
    const run = spawnSync(process.execPath, [bin, 'check', 'examples/reset-button', 'fixtures/report/de.po', '--format', 'junit', '-o', output], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(readdirSync(directory), ['junit.xml']);
    const json = spawnSync(process.execPath, [bin, 'check', 'examples/reset-button', 'fixtures/report/de.po', '--format', 'json'], { cwd: repoRoot, encoding: 'utf8' });
    const expected = JSON.parse(json.stdout) as TranslintReport;

    const { root, suites } = parseJunit(readFileSync(output, 'utf8'));
    const fileSuites = suites.filter((suite) => attribute(suite, 'name') !== 'translint');
    const findingFiles = [...new Set(expected.findings.map((item) => item.file))].sort();
    assert.deepEqual(fileSuites.map((suite) => attribute(suite, 'name')), findingFiles);
    let failures = 0;
    let findingsSeen = 0;
    for (const suite of fileSuites) {
      const file = attribute(suite, 'name')!;
      const cases = childElements(suite, 'testcase');
      const rules = [...new Set(expected.findings.filter((item) => item.file === file).map((item) => item.ruleId))];
      assert.deepEqual(cases.map((testCase) => attribute(testCase, 'name')).sort(), [...rules].sort(), file);
      assert.equal(Number(attribute(suite, 'tests')), cases.length);
      assert.equal(Number(attribute(suite, 'failures')), cases.length);
      for (const testCase of cases) {
        assert.equal(attribute(testCase, 'file'), file);
        const [failure] = childElements(testCase, 'failure');
        assert.ok(failure, `${file} ${attribute(testCase, 'name')}`);
        const mine = expected.findings.filter((item) => item.file === file && item.ruleId === attribute(testCase, 'name'));
        const body = textContent(failure);
        for (const item of mine) assert.ok(body.includes(`${item.file}:${item.line}:${item.column}: ${item.severity} ${item.ruleId}: ${item.message}`), body);
        assert.match(body, /source: /);
        assert.match(body, /target: /);
        assert.match(attribute(failure, 'type')!, /^(error|warning|info)$/);
        findingsSeen += mine.length;
        failures++;
      }
    }
    assert.equal(findingsSeen, expected.findings.length);
    assert.equal(Number(attribute(root, 'failures')), failures);
    assert.equal(Number(attribute(root, 'tests')), suites.reduce((sum, suite) => sum + childElements(suite, 'testcase').length, 0));
    assert.equal(Number(attribute(root, 'errors')), 0);

    const sense = textContent(childElements(fileSuites[0]!, 'testcase').find((testCase) => attribute(testCase, 'name') === 'meaning/sense')!);
    assert.match(sense, /means: "overload", expected "reset"; suggestion: Перезагрузка/);
    assert.match(sense, /fix \(unsafe\): Перезагрузка/);
  });

  it('gives every checked file without findings one passing testcase', () => {
    const { suites } = parseJunit(renderJunit(report([finding()], [], 3), { files: ['po/de.po', 'po/fr.po', 'po/ru.po'] }));
    assert.deepEqual(suites.map((suite) => attribute(suite, 'name')), ['po/de.po', 'po/fr.po', 'po/ru.po']);
    for (const suite of suites.slice(1)) {
      const cases = childElements(suite, 'testcase');
      assert.equal(cases.length, 1);
      assert.equal(childElements(cases[0]!).length, 0, 'passing: no failure element');
      assert.equal(attribute(suite, 'failures'), '0');
    }
  });

  it('without the file list, still counts the files without findings in one passing testcase', () => {
    const { suites } = parseJunit(renderJunit(report([finding()], [], 3)));
    const tool = suites.find((suite) => attribute(suite, 'name') === 'translint');
    assert.ok(tool);
    assert.equal(attribute(childElements(tool, 'testcase')[0]!, 'name'), '2 other files without findings');
  });

  it('puts several findings of one rule in one failure, worst severity as its type', () => {
    const { suites } = parseJunit(renderJunit(report([finding({ severity: 'warning', line: 3 }), finding({ line: 9, message: 'missing %s' })])));
    const [failure] = childElements(childElements(suites[0]!, 'testcase')[0]!, 'failure');
    assert.equal(attribute(failure!, 'type'), 'error');
    assert.equal(attribute(failure!, 'message'), '2 findings; first: missing %d');
    assert.match(textContent(failure!), /po\/de\.po:3:8: warning placeholder\/printf: missing %d[\s\S]*po\/de\.po:9:8: error placeholder\/printf: missing %s/);
  });

  it('escapes markup and replaces characters XML 1.0 forbids with a visible \\uXXXX', () => {
    const nasty = 'a <b> & "c" \'d\' ]]> \u0007 \u0000 \uD800 \uFFFE tab\tnew\nline 😀';
    const xml = renderJunit(report([finding({ message: nasty, file: 'po/<&">.po', ruleId: 'chars/control', unit: { key: nasty, source: nasty, target: nasty, context: nasty, locale: 'de' } })], [{ file: 'po/x&y.po', line: 1, message: `bad ${nasty}` }]));
    const { root, suites } = parseJunit(xml); // saxes rejects forbidden characters, even as &#7;
    assert.doesNotMatch(xml, /[\u0000\u0007\uFFFE]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    const suite = suites.find((item) => attribute(item, 'name') === 'po/<&">.po');
    assert.ok(suite);
    const [failure] = childElements(childElements(suite, 'testcase')[0]!, 'failure');
    assert.equal(attribute(failure!, 'message'), xmlSafe(nasty), 'attribute values round-trip, tabs and newlines included');
    assert.match(attribute(failure!, 'message')!, /\\u0007 \\u0000 \\uD800 \\uFFFE tab\tnew\nline 😀$/);
    assert.ok(textContent(failure!).includes(xmlSafe(nasty)));
    const errorSuite = suites.find((item) => attribute(item, 'name') === 'po/x&y.po');
    const [error] = childElements(childElements(errorSuite!, 'testcase')[0]!, 'error');
    assert.ok(error);
    assert.equal(attribute(root, 'errors'), '1');
    assert.equal(attribute(errorSuite!, 'errors'), '1');
  });

  it('reports an error without a file in the translint suite', () => {
    const { suites } = parseJunit(renderJunit(report([], [{ message: 'no such file: po/' }], 0)));
    assert.equal(suites.length, 1);
    assert.equal(attribute(suites[0]!, 'name'), 'translint');
    assert.equal(attribute(childElements(childElements(suites[0]!, 'testcase')[0]!, 'error')[0]!, 'message'), 'no such file: po/');
  });
});
