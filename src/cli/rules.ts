import type { Check } from '../core/check.js';

const PEER_NAMES = ['pofilter', 'weblate', 'okapi', 'i18nspector', 'msgfmt', 'poexam'] as const;

/** `translint rules`: every rule with severity, summary and peer check names. */
export function renderRules(checks: readonly Check[], format: 'text' | 'json'): string {
  if (format === 'json') {
    const rules = checks.map((check) => ({
      id: check.id,
      severity: check.severity,
      enabledByDefault: !check.defaultOff,
      ...(check.aliases ? { aliases: check.aliases } : {}),
      peers: Object.fromEntries(PEER_NAMES.map((peer) => [peer, check.peers[peer] ?? []])),
      summary: check.summary,
    }));
    return `${JSON.stringify({ rules }, null, 2)}\n`;
  }
  const width = Math.max(...checks.map((check) => check.id.length));
  const lines = checks.map((check) => {
    const peers = PEER_NAMES.filter((peer) => check.peers[peer]?.length).map((peer) => `${peer}: ${check.peers[peer]!.join(', ')}`);
    return `${check.id.padEnd(width)}  ${check.severity.padEnd(7)}  ${check.summary}${peers.length ? `\n${' '.repeat(width + 11)}${peers.join(' · ')}` : ''}`;
  });
  return `${lines.join('\n')}\n`;
}
