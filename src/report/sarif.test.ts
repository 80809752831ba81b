import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import type { Log, Result } from 'sarif';
import { allChecks } from '../checks/index.js';
import { ruleDocUrl } from './links.js';
import { FINGERPRINT_KEY, relativeUri, renderSarif, toSarif } from './sarif.js';
import { sampleFinding as finding, sampleReport as report } from '../testing/fixtures.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(repoRoot, 'bin/translint.js');

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = addFormatsPlugin as unknown as typeof addFormatsPlugin.default;

/** The SARIF 2.1.0 schema shipped in fixtures/sarif (origin in its README). */
const validateSarif = (() => {
  const schema = JSON.parse(readFileSync(join(repoRoot, 'fixtures/sarif/sarif-2.1.0.json'), 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
})();

function assertValidSarif(log: unknown): void {
  const valid = validateSarif(log);
  assert.ok(valid, `SARIF does not match the 2.1.0 schema:\n${JSON.stringify(validateSarif.errors?.slice(0, 10), null, 2)}`);
}



describe('SARIF report', () => {
  it('`check examples/reset-button --format sarif --output FILE` writes a valid SARIF 2.1.0 log', () => {
    const directory = mkdtempSync(join(tmpdir(), 'translint-sarif-'));
    const output = join(directory, 'translint.sarif');
    const run = spawnSync(process.execPath, [bin, 'check', 'examples/reset-button', '--format', 'sarif', '--output', output], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stdout, '', 'with --output nothing goes to stdout');
    assert.deepEqual(readdirSync(directory), ['translint.sarif'], 'the atomic write leaves no temp file behind');
    const log = JSON.parse(readFileSync(output, 'utf8')) as Log;
    assertValidSarif(log);

    assert.equal(log.version, '2.1.0');
    const [sarifRun] = log.runs;
    assert.ok(sarifRun);
    const { driver } = sarifRun.tool;
    assert.equal(driver.name, 'translint');
    assert.match(driver.version ?? '', /^\d+\.\d+\.\d+/);
    assert.match(driver.informationUri ?? '', /^https:\/\//);
    assert.deepEqual(driver.rules?.map((rule) => rule.id), allChecks.map((check) => check.id), 'one descriptor per rule, in allChecks order');
    for (const rule of driver.rules ?? []) {
      assert.ok(rule.shortDescription?.text, rule.id);
      assert.ok(rule.fullDescription?.text, rule.id);
      assert.ok(rule.help?.text && rule.help.markdown, rule.id);
      assert.equal(rule.helpUri, ruleDocUrl(rule.id));
      assert.match(rule.defaultConfiguration?.level ?? '', /^(error|warning|note)$/);
    }
    assert.deepEqual(sarifRun.invocations, [{ executionSuccessful: true }]);

    const results = sarifRun.results ?? [];
    const printf = results.find((result) => result.ruleId === 'placeholder/printf');
    assert.ok(printf, 'the printf finding is a result');
    assert.equal(driver.rules?.[printf.ruleIndex!]?.id, 'placeholder/printf');
    assert.equal(printf.level, 'error');
    assert.match(printf.message.text ?? '', /%s where the source has %d/);
    const physical = printf.locations?.[0]?.physicalLocation;
    assert.deepEqual(physical?.artifactLocation, { uri: 'examples/reset-button/ru.po', uriBaseId: '%SRCROOT%' });
    assert.equal(physical?.region?.startLine, 27);
    assert.equal(physical?.region?.startColumn, 8);
    assert.match(printf.partialFingerprints?.[FINGERPRINT_KEY] ?? '', /^[0-9a-f]{32}:1$/);
    assert.deepEqual(printf.properties?.['unit'], { key: 'Relations were reset %d times', source: 'Relations were reset %d times', target: 'Отношения перезагружали %s раз', locale: 'ru' });

    const sense = results.find((result) => result.ruleId === 'meaning/sense');
    assert.ok(sense, 'the 2009 "reset" finding is a result');
    assert.deepEqual(sense.properties?.['meaning'], { targetMeans: 'overload', expected: 'reset', suggestion: 'Перезагрузка' });
    assert.equal((sense.properties?.['fix'] as { replacement: string }).replacement, 'Перезагрузка');
    assert.equal((sense.properties?.['unit'] as { context: string }).context, 'button');

    for (const result of results) {
      // The OASIS schema's rule that the shipped one leaves out: a region says where it starts.
      assert.ok((result.locations?.[0]?.physicalLocation?.region?.startLine ?? 0) >= 1, result.ruleId);
      assert.equal(driver.rules?.[result.ruleIndex!]?.id, result.ruleId);
    }
  });

  it('maps severities to SARIF levels and keeps fingerprints stable when lines move', () => {
    const before = toSarif(report([finding(), finding({ ruleId: 'whitespace/end', severity: 'warning', line: 20 }), finding({ ruleId: 'punctuation/end', severity: 'info', line: 30 })]));
    assertValidSarif(before);
    const results = before.runs[0]!.results!;
    assert.deepEqual(results.map((result) => result.level), ['error', 'warning', 'note']);
    const moved = toSarif(report([finding({ line: 40, column: 2 })])).runs[0]!.results![0]!;
    assert.equal(moved.partialFingerprints![FINGERPRINT_KEY], results[0]!.partialFingerprints![FINGERPRINT_KEY]);
    const retranslated = toSarif(report([finding({ unit: { ...finding().unit, target: 'Gelöschte Dateien' } })])).runs[0]!.results![0]!;
    assert.notEqual(retranslated.partialFingerprints![FINGERPRINT_KEY], results[0]!.partialFingerprints![FINGERPRINT_KEY]);
    assert.equal(renderSarif(report([finding()])), renderSarif(report([finding()])), 'deterministic output');
    const broken = structuredClone(before);
    broken.runs[0]!.results![0]!.level = 'info' as Result.level;
    assert.equal(validateSarif(broken), false, 'the schema check is not vacuous: "info" is no SARIF level');
  });

  it('tells identical findings apart by occurrence', () => {
    const results = toSarif(report([finding({ message: 'missing %d' }), finding({ message: 'missing %s' })])).runs[0]!.results!;
    const [first, second] = results.map((result: Result) => result.partialFingerprints![FINGERPRINT_KEY]!);
    assert.equal(first!.replace(/:\d+$/, ''), second!.replace(/:\d+$/, ''));
    assert.match(first!, /:1$/);
    assert.match(second!, /:2$/);
  });

  it('reports file errors as failed execution with notifications', () => {
    const log = toSarif(report([], [{ file: 'po/broken.po', line: 3, column: 1, message: 'unterminated string' }, { message: 'config: unknown key "rulez"' }]));
    assertValidSarif(log);
    const [invocation] = log.runs[0]!.invocations!;
    assert.equal(invocation!.executionSuccessful, false);
    const notifications = invocation!.toolExecutionNotifications!;
    assert.equal(notifications.length, 2);
    assert.equal(notifications[0]!.level, 'error');
    assert.equal(notifications[0]!.message.text, 'unterminated string');
    assert.deepEqual(notifications[0]!.locations![0]!.physicalLocation, { artifactLocation: { uri: 'po/broken.po', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 1 } });
    assert.equal(notifications[1]!.locations, undefined);
  });

  it('writes URIs: relative ones percent-encoded, absolute ones as file: URIs', () => {
    assert.equal(relativeUri('po/my file#1.po'), 'po/my%20file%231.po');
    assert.equal(relativeUri('locales/ру/app.po'), 'locales/%D1%80%D1%83/app.po');
    const log = toSarif(report([finding({ file: '/srv/app/po/de.po' }), finding({ file: 'po dir/de.po' })]));
    assertValidSarif(log);
    const [absolute, relative] = log.runs[0]!.results!.map((result) => result.locations![0]!.physicalLocation!.artifactLocation);
    assert.deepEqual(absolute, { uri: 'file:///srv/app/po/de.po' });
    assert.deepEqual(relative, { uri: 'po%20dir/de.po', uriBaseId: '%SRCROOT%' });
  });

  it('describes a rule the rule list lacks, so ruleIndex always points somewhere', () => {
    const log = toSarif(report([finding({ ruleId: 'custom/thing' })]), { rules: allChecks.slice(0, 2) });
    assertValidSarif(log);
    const { rules } = log.runs[0]!.tool.driver;
    const result = log.runs[0]!.results![0]!;
    assert.equal(rules![result.ruleIndex!]!.id, 'custom/thing');
    assert.equal(rules!.length, 3);
  });

  it('escapes Markdown in rule help', () => {
    const safeHtml = toSarif(report([])).runs[0]!.tool.driver.rules!.find((rule) => rule.id === 'markup/safe-html');
    assert.ok(safeHtml);
    assert.doesNotMatch(safeHtml.help!.markdown!, /(?<!\\)<script>/);
  });
});
