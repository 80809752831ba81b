import type { ErrorEntry, TranslintReport } from '../api.js';
import { severityRank, type Finding, type Severity } from '../core/finding.js';
import { excerpt } from './text.js';

export interface JunitOptions {
  /** Every file that was checked, so that files without findings show as passing tests. */
  files?: readonly string[];
}

/** Characters XML 1.0 cannot carry at all, not even as character references (C0 controls, lone surrogates, U+FFFE/FFFF). */
const XML_FORBIDDEN = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Replaces what XML 1.0 forbids with a visible `\uXXXX`: the character is often what the finding is about. */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, (char) => `\\u${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}

function escapeText(text: string): string {
  return xmlSafe(text).replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));
}

/** Attribute values also keep their line breaks and tabs, which parsers would otherwise normalize to spaces. */
function escapeAttribute(text: string): string {
  return xmlSafe(text).replace(/[&<>"\t\n\r]/g, (char) => ATTRIBUTE_ESCAPES[char]!);
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
}

/** Jenkins splits classname at dots into package and class: directories become packages. */
function classnameFor(file: string): string {
  return file.replaceAll('.', '_').split('/').filter(Boolean).join('.');
}

interface TestCase {
  name: string;
  classname: string;
  file?: string;
  /** The XML inside <testcase>, empty for a passing test. */
  body: string;
  failed: boolean;
  errored: boolean;
}

/** `--format junit`: one testsuite per file, one testcase per rule that fired in it (GitLab, Jenkins). */
export function renderJunit(report: TranslintReport, options: JunitOptions = {}): string {
  const byFile = new Map<string, Map<string, Finding[]>>();
  for (const finding of report.findings) {
    let rules = byFile.get(finding.file);
    if (!rules) byFile.set(finding.file, (rules = new Map()));
    let findings = rules.get(finding.ruleId);
    if (!findings) rules.set(finding.ruleId, (findings = []));
    findings.push(finding);
  }
  const errorsByFile = new Map<string, ErrorEntry[]>();
  const unplacedErrors: ErrorEntry[] = [];
  for (const error of report.errors) {
    if (error.file === undefined) unplacedErrors.push(error);
    else errorsByFile.set(error.file, [...(errorsByFile.get(error.file) ?? []), error]);
  }
  const files = [...new Set([...(options.files ?? []), ...byFile.keys(), ...errorsByFile.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  const suites: { name: string; cases: TestCase[] }[] = [];
  for (const file of files) {
    const classname = classnameFor(file);
    const cases: TestCase[] = [];
    for (const [ruleId, findings] of byFile.get(file) ?? []) {
      cases.push({ name: ruleId, classname, file, body: failureElement(findings), failed: true, errored: false });
    }
    for (const error of errorsByFile.get(file) ?? []) cases.push(errorCase(error, classname, file));
    if (cases.length === 0) cases.push({ name: 'translint', classname, file, body: '', failed: false, errored: false });
    suites.push({ name: file, cases });
  }
  const toolCases: TestCase[] = unplacedErrors.map((error) => errorCase(error, 'translint', undefined));
  // Without the list of checked files, files without findings are still counted, in one passing test.
  const uncounted = options.files ? 0 : Math.max(0, report.summary.files - files.length);
  if (uncounted > 0) {
    toolCases.push({ name: `${uncounted} other file${uncounted === 1 ? '' : 's'} without findings`, classname: 'translint', body: '', failed: false, errored: false });
  }
  if (toolCases.length > 0) suites.push({ name: 'translint', cases: toolCases });

  const count = (cases: TestCase[], what: 'failed' | 'errored'): number => cases.filter((testCase) => testCase[what]).length;
  const allCases = suites.flatMap((suite) => suite.cases);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: 'translint', tests: allCases.length, failures: count(allCases, 'failed'), errors: count(allCases, 'errored'), time: (report.summary.durationMs / 1000).toFixed(3) })}>`,
  ];
  for (const suite of suites) {
    lines.push(`  <testsuite${attributes({ name: suite.name, tests: suite.cases.length, failures: count(suite.cases, 'failed'), errors: count(suite.cases, 'errored'), skipped: 0 })}>`);
    for (const testCase of suite.cases) {
      const open = `    <testcase${attributes({ name: testCase.name, classname: testCase.classname, file: testCase.file })}`;
      lines.push(testCase.body ? `${open}>\n      ${testCase.body}\n    </testcase>` : `${open}/>`);
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}

function failureElement(findings: Finding[]): string {
  const worst = findings.reduce<Severity>((top, finding) => (severityRank[finding.severity] > severityRank[top] ? finding.severity : top), 'info');
  const message = findings.length === 1 ? findings[0]!.message : `${findings.length} findings; first: ${findings[0]!.message}`;
  const details = findings.map(describeFinding).join('\n\n');
  return `<failure${attributes({ message, type: worst })}>${escapeText(details)}</failure>`;
}

function describeFinding(finding: Finding): string {
  const lines = [`${finding.file}:${finding.line}:${finding.column}: ${finding.severity} ${finding.ruleId}: ${finding.message}`];
  if (finding.unit.context !== undefined) lines.push(`  context: ${excerpt(finding.unit.context, 500)}`);
  lines.push(`  source: ${excerpt(finding.unit.source, 500)}`, `  target: ${excerpt(finding.unit.target, 500)}`);
  if (finding.meaning) {
    const { targetMeans, expected, suggestion } = finding.meaning;
    lines.push(`  means: "${targetMeans}", expected "${expected}"${suggestion !== undefined ? `; suggestion: ${excerpt(suggestion, 500)}` : ''}`);
  }
  if (finding.fix) lines.push(`  ${finding.fix.safe ? 'fix' : 'fix (unsafe)'}: ${excerpt(finding.fix.replacement, 500)}`);
  return lines.join('\n');
}

function errorCase(error: ErrorEntry, classname: string, file: string | undefined): TestCase {
  const where = error.file === undefined ? '' : `${error.file}${error.line !== undefined ? `:${error.line}${error.column !== undefined ? `:${error.column}` : ''}` : ''}: `;
  return {
    name: 'file could not be checked',
    classname,
    ...(file !== undefined ? { file } : {}),
    body: `<error${attributes({ message: error.message, type: 'TranslintError' })}>${escapeText(`${where}${error.message}`)}</error>`,
    failed: false,
    errored: true,
  };
}
