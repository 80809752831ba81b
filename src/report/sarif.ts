import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location, Log, Notification, ReportingDescriptor, Result } from 'sarif';
import type { ErrorEntry, TranslintReport } from '../api.js';
import { allChecks } from '../checks/index.js';
import type { CheckMeta, Peers } from '../core/check.js';
import type { Finding, Severity } from '../core/finding.js';
import { fingerprint } from '../workflow/baseline.js';
import { REPOSITORY_URL, ruleDocUrl } from './links.js';

/** The schema GitHub code scanning documents for uploads. */
const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The partialFingerprints key; bump the version when what the hash covers changes. */
export const FINGERPRINT_KEY = 'translint/v1';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

const PEER_LABELS: Record<keyof Peers, string> = {
  pofilter: 'pofilter',
  weblate: 'Weblate',
  okapi: 'Okapi',
  i18nspector: 'i18nspector',
  msgfmt: 'msgfmt',
  poexam: 'poexam',
};

export interface SarifOptions {
  /** The rules to describe in tool.driver.rules (default: every rule translint knows). */
  rules?: readonly CheckMeta[];
}

/** `--format sarif`: SARIF 2.1.0 as GitHub code scanning and other SARIF viewers read it. */
export function renderSarif(report: TranslintReport, options: SarifOptions = {}): string {
  return `${JSON.stringify(toSarif(report, options), null, 2)}\n`;
}

export function toSarif(report: TranslintReport, options: SarifOptions = {}): Log {
  const rules = (options.rules ?? allChecks).map(describeRule);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const indexOf = (ruleId: string): number => {
    let index = ruleIndex.get(ruleId);
    if (index === undefined) {
      // A finding from a rule the list lacks still needs a descriptor for ruleIndex to point at.
      index = rules.push({ id: ruleId, shortDescription: { text: ruleId }, helpUri: ruleDocUrl(ruleId) }) - 1;
      ruleIndex.set(ruleId, index);
    }
    return index;
  };
  // Identical findings (same rule, file, unit) are told apart by their order, as GitHub's own hashes are.
  const seen = new Map<string, number>();
  const results = report.findings.map((finding): Result => {
    const hash = fingerprint(finding, finding.file);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return toResult(finding, indexOf(finding.ruleId), `${hash}:${occurrence}`);
  });
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: REPOSITORY_URL,
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: report.errors.length === 0,
            ...(report.errors.length > 0 ? { toolExecutionNotifications: report.errors.map(toNotification) } : {}),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

function describeRule(rule: CheckMeta): ReportingDescriptor {
  const peers = (Object.keys(PEER_LABELS) as (keyof Peers)[])
    .filter((peer) => rule.peers[peer]?.length)
    .map((peer) => ({ label: PEER_LABELS[peer], names: rule.peers[peer]! }));
  const offNote = rule.defaultOff ? ' Off by default: enable it in the config file.' : '';
  const peersText = peers.length > 0 ? ` Other tools call it: ${peers.map((peer) => `${peer.label} ${peer.names.join(', ')}`).join('; ')}.` : '';
  const url = ruleDocUrl(rule.id);
  const markdown = [
    `**${escapeMarkdown(rule.id)}** (${rule.severity}): ${escapeMarkdown(rule.summary)}`,
    ...(rule.defaultOff ? ['Off by default: enable it in the config file.'] : []),
    ...(peers.length > 0 ? [`Other tools call it: ${peers.map((peer) => `${peer.label} ${peer.names.map((name) => `\`${name.replaceAll('`', '')}\``).join(', ')}`).join(' · ')}`] : []),
    `[Documentation](${url})`,
  ].join('\n\n');
  return {
    id: rule.id,
    shortDescription: { text: rule.summary },
    fullDescription: { text: `${rule.summary}.${offNote}${peersText}` },
    help: { text: `${rule.id} (${rule.severity}): ${rule.summary}.${offNote}${peersText} Documentation: ${url}`, markdown },
    helpUri: url,
    defaultConfiguration: { level: LEVEL[rule.severity], enabled: !rule.defaultOff },
    properties: { tags: [...new Set(['translation', rule.id.split('/')[0]!])] },
  };
}

function toResult(finding: Finding, ruleIndex: number, fingerprintValue: string): Result {
  const { unit } = finding;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [location(finding.file, finding.line, finding.column)],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprintValue },
    properties: {
      unit: {
        key: unit.key,
        ...(unit.context !== undefined ? { context: unit.context } : {}),
        source: unit.source,
        target: unit.target,
        locale: unit.locale,
      },
      ...(finding.meaning ? { meaning: finding.meaning } : {}),
      ...(finding.fix ? { fix: finding.fix } : {}),
    },
  };
}

function toNotification(error: ErrorEntry): Notification {
  return {
    level: 'error',
    message: { text: error.message },
    ...(error.file !== undefined ? { locations: [location(error.file, error.line, error.column)] } : {}),
  };
}

function location(file: string, line: number | undefined, column: number | undefined): Location {
  const artifactLocation = isAbsolute(file) ? { uri: pathToFileURL(file).href } : { uri: relativeUri(file), uriBaseId: '%SRCROOT%' };
  // SARIF lines and columns start at 1; a file-level problem points at the file alone.
  const region = line !== undefined && line >= 1 ? { region: { startLine: line, ...(column !== undefined && column >= 1 ? { startColumn: column } : {}) } } : {};
  return { physicalLocation: { artifactLocation, ...region } };
}

/** A report path (already forward slashes) as a relative URI reference, each segment percent-encoded. */
export function relativeUri(file: string): string {
  return file.split('/').map((segment) => encodeURIComponent(segment)).join('/');
}

/** Backslash-escapes what Markdown would read as markup or raw HTML in plain text. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~&]/g, (char) => `\\${char}`);
}
