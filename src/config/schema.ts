import type { Severity } from '../core/finding.js';

export type RuleLevel = Severity | 'off';
export type RuleSetting = RuleLevel | 'on' | [RuleLevel | 'on', Record<string, unknown>];

export interface Override {
  /** Globs relative to the config file's directory. */
  files: string[];
  rules?: Record<string, RuleSetting>;
  locale?: string;
  sourceLocale?: string;
  /** The source-language file that matching one-language files pair with. */
  source?: string;
}

export interface Config {
  /** Directory the config file lives in; globs are relative to it. */
  root: string;
  /** The file it came from, for messages; undefined for the built-in defaults. */
  path: string | undefined;
  sourceLocale: string;
  ignore: string[];
  rules: Record<string, RuleSetting>;
  overrides: Override[];
  meaning: { enabled: boolean; options: Record<string, unknown> };
  /** Glossary files (CSV/TSV/TBX), relative to `root`. */
  glossary: string[];
}

const LEVELS = ['error', 'warning', 'info', 'off', 'on'];
const TOP_KEYS = ['$schema', 'sourceLocale', 'ignore', 'rules', 'overrides', 'meaning', 'glossary'];
const OVERRIDE_KEYS = ['files', 'rules', 'locale', 'sourceLocale', 'source'];

/** Validates parsed JSON and returns the problems, each naming its JSON path. */
export function validateConfig(value: unknown, knownRule: (id: string) => boolean): string[] {
  const problems: string[] = [];
  if (!isObject(value)) return ['the config must be a JSON object'];
  for (const key of Object.keys(value)) if (!TOP_KEYS.includes(key)) problems.push(`unknown key "${key}" (allowed: ${TOP_KEYS.slice(1).join(', ')})`);
  if ('sourceLocale' in value && typeof value.sourceLocale !== 'string') problems.push('"sourceLocale" must be a string such as "en"');
  if ('ignore' in value && !isStringArray(value.ignore)) problems.push('"ignore" must be an array of glob strings');
  if ('rules' in value) validateRules(value.rules, 'rules', knownRule, problems);
  if ('glossary' in value && typeof value.glossary !== 'string' && !isStringArray(value.glossary)) problems.push('"glossary" must be a path or an array of paths to CSV/TSV/TBX glossaries');
  if ('overrides' in value) {
    if (!Array.isArray(value.overrides)) problems.push('"overrides" must be an array');
    else value.overrides.forEach((override: unknown, i: number) => {
      const where = `overrides[${i}]`;
      if (!isObject(override)) return problems.push(`${where} must be an object`);
      for (const key of Object.keys(override)) if (!OVERRIDE_KEYS.includes(key)) problems.push(`${where}: unknown key "${key}" (allowed: ${OVERRIDE_KEYS.join(', ')})`);
      if (!isStringArray(override.files) || override.files.length === 0) problems.push(`${where}.files must be a non-empty array of globs`);
      if ('rules' in override) validateRules(override.rules, `${where}.rules`, knownRule, problems);
      for (const key of ['locale', 'sourceLocale', 'source'] as const) if (key in override && typeof override[key] !== 'string') problems.push(`${where}.${key} must be a string`);
      return undefined;
    });
  }
  if ('meaning' in value) {
    const meaning = value.meaning;
    if (typeof meaning !== 'boolean' && !(isObject(meaning) && (meaning.enabled === undefined || typeof meaning.enabled === 'boolean'))) {
      problems.push('"meaning" must be true, false or an object such as {"enabled": true, "minConfidence": 0.8}');
    }
  }
  return problems;
}

function validateRules(rules: unknown, where: string, knownRule: (id: string) => boolean, problems: string[]): void {
  if (!isObject(rules)) {
    problems.push(`"${where}" must be an object mapping rule ids to "error", "warning", "info", "off" or [level, options]`);
    return;
  }
  for (const [id, setting] of Object.entries(rules)) {
    if (!knownRule(id)) problems.push(`${where}: unknown rule "${id}" (run "translint rules" for the list)`);
    const level = Array.isArray(setting) ? setting[0] : setting;
    if (typeof level !== 'string' || !LEVELS.includes(level)) {
      problems.push(`${where}["${id}"]: ${JSON.stringify(level)} is not one of ${LEVELS.map((l) => `"${l}"`).join(', ')}`);
    }
    if (Array.isArray(setting) && (setting.length !== 2 || !isObject(setting[1]))) {
      problems.push(`${where}["${id}"]: use [level, {options}]`);
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
