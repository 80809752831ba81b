import { relative } from 'node:path';
import picomatch from 'picomatch';
import type { Check } from '../core/check.js';
import type { Severity } from '../core/finding.js';
import type { Config, RuleSetting } from './schema.js';

export interface ActiveRule {
  check: Check;
  severity: Severity;
  options: Record<string, unknown>;
}

export interface FileSettings {
  rules: ActiveRule[];
  locale: string | undefined;
  sourceLocale: string;
  /** Source-language file to pair one-language files with, relative to the config root. */
  sourceFile: string | undefined;
}

/**
 * Settings for one file: defaults, then top-level rules, then each matching override in
 * order. A setting keyed by an alias applies to every rule that carries the alias.
 * Files that match the same overrides share one (read-only) result.
 */
export function settingsForFile(config: Config, absolutePath: string, checks: readonly Check[]): FileSettings {
  const relativePath = relative(config.root, absolutePath).split('\\').join('/');
  const matched = config.overrides.filter((override) => matcherFor(override.files)(relativePath));
  let byChecks = memo.get(config);
  if (!byChecks) memo.set(config, (byChecks = new WeakMap()));
  let byOverrides = byChecks.get(checks);
  if (!byOverrides) byChecks.set(checks, (byOverrides = new Map()));
  const key = matched.map((override) => config.overrides.indexOf(override)).join(',');
  let settings = byOverrides.get(key);
  if (!settings) byOverrides.set(key, (settings = resolveSettings(config, matched, checks)));
  return settings;
}

/** Settings per config, check list and matching overrides: resolving rules per file was a hot spot of warm --cache runs. */
const memo = new WeakMap<Config, WeakMap<readonly Check[], Map<string, FileSettings>>>();

function resolveSettings(config: Config, overrides: Config['overrides'], checks: readonly Check[]): FileSettings {
  const layers: Record<string, RuleSetting>[] = [config.rules];
  let locale: string | undefined;
  let sourceLocale = config.sourceLocale;
  let sourceFile: string | undefined;
  for (const override of overrides) {
    if (override.rules) layers.push(override.rules);
    if (override.locale) locale = override.locale;
    if (override.sourceLocale) sourceLocale = override.sourceLocale;
    if (override.source) sourceFile = override.source;
  }
  const rules: ActiveRule[] = [];
  for (const check of checks) {
    let severity: Severity | 'off' = check.defaultOff ? 'off' : check.severity;
    let options: Record<string, unknown> = {};
    for (const layer of layers) {
      for (const name of [...(check.aliases ?? []), check.id]) {
        const setting = layer[name];
        if (setting === undefined) continue;
        const level = Array.isArray(setting) ? setting[0] : setting;
        severity = level === 'on' ? check.severity : level;
        if (Array.isArray(setting)) options = setting[1];
      }
    }
    if (severity !== 'off') rules.push({ check, severity, options });
  }
  return { rules, locale, sourceLocale, sourceFile };
}

const matcherCache = new Map<string, (path: string) => boolean>();

function matcherFor(globs: string[]): (path: string) => boolean {
  const key = globs.join('\0');
  let matcher = matcherCache.get(key);
  if (!matcher) {
    matcher = picomatch(globs, { dot: true });
    matcherCache.set(key, matcher);
  }
  return matcher;
}
