import type { Check } from '../core/check.js';
import { memo, type Unit } from '../core/unit.js';

/**
 * Inline suppression, read from what adapters already put on a unit:
 * - notes (PO `#` and `#.` comments, XLIFF `<note>`, Android/YAML/properties comments above
 *   the entry, ARB `@key` metadata): a line `translint-disable [rule, rule]`;
 * - flags (PO `#,`, Android `tools:ignore`): `translint-ignore:rule`, `tools:ignore=translint:rule`
 *   (`translint` alone for all), Weblate's `ignore-<check>` and poexam's `noqa` / `noqa:<rule>`.
 * Peer spellings name a rule through its `peers`, so `ignore-end-space` mutes `whitespace/end`.
 */
export interface Suppression {
  /** Every rule is suppressed on this unit. */
  all: boolean;
  /** translint rule ids or aliases. */
  rules: Set<string>;
  /** Weblate check names, normalised to hyphens (`end-space`). */
  weblate: Set<string>;
  poexam: Set<string>;
}

const DISABLE_LINE = /^\s*translint-disable(?![\w-])[\s:]*(.*?)\s*$/;
const NOTE_KINDS = new Set(['translator', 'extracted', 'developer', 'other']);

/** The suppression directives on one unit (parsed once per unit). */
export function suppressionOf(unit: Unit): Suppression {
  return memo(unit, 'translint:suppression', readSuppression);
}

function readSuppression(unit: Unit): Suppression {
  const found: Suppression = { all: false, rules: new Set(), weblate: new Set(), poexam: new Set() };
  for (const note of unit.notes) {
    if (!NOTE_KINDS.has(note.kind)) continue;
    for (const line of note.text.split(/\r?\n/)) {
      const match = DISABLE_LINE.exec(line);
      if (!match) continue;
      const names = ruleList(match[1]!);
      if (names.length === 0) found.all = true;
      for (const name of names) found.rules.add(name);
    }
  }
  for (const flag of unit.flags) {
    if (flag === 'translint-ignore' || flag === 'tools:ignore=translint' || flag === 'noqa') found.all = true;
    else if (flag.startsWith('translint-ignore:')) for (const name of ruleList(flag.slice(17))) found.rules.add(name);
    else if (flag.startsWith('tools:ignore=translint:')) found.rules.add(flag.slice(23).trim());
    else if (flag.startsWith('noqa:')) for (const name of ruleList(flag.slice(5))) found.poexam.add(name);
    else if (flag.startsWith('ignore-')) found.weblate.add(weblateName(flag.slice(7)));
  }
  return found;
}

/** `a, b c;d` -> [a, b, c, d]; a trailing `-- reason` or `because ...` is not part of the list. */
function ruleList(text: string): string[] {
  const list = text.split(/\s--\s|\s+because\s/)[0]!;
  return list.split(/[\s,;]+/).filter(Boolean);
}

const weblateName = (name: string): string => name.trim().toLowerCase().replace(/_/g, '-');

/** Whether a finding of `check` on `unit` is muted by a directive on the unit. */
export function isSuppressed(unit: Unit, check: Pick<Check, 'id' | 'aliases' | 'peers'>): boolean {
  const suppression = suppressionOf(unit);
  if (suppression.all) return true;
  if (suppression.rules.has(check.id) || check.aliases?.some((alias) => suppression.rules.has(alias))) return true;
  if (suppression.weblate.size > 0 && check.peers.weblate?.some((name) => suppression.weblate.has(weblateName(name)))) return true;
  return suppression.poexam.size > 0 && (check.peers.poexam?.some((name) => suppression.poexam.has(name)) ?? false);
}

/** The ids of `checks` that directives on `unit` suppress. */
export function suppressedRuleIds(unit: Unit, checks: readonly Pick<Check, 'id' | 'aliases' | 'peers'>[]): Set<string> {
  return new Set(checks.filter((check) => isSuppressed(unit, check)).map((check) => check.id));
}
