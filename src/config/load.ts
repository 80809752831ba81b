import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { findCheck } from '../checks/index.js';
import { TranslintError } from '../core/errors.js';
import { type Config, validateConfig } from './schema.js';

export const CONFIG_FILE_NAMES = ['translint.config.json', '.translintrc.json'];

export function defaultConfig(root: string): Config {
  return { root, path: undefined, sourceLocale: 'en', ignore: [], rules: {}, overrides: [], meaning: { enabled: true, options: {} }, glossary: [] };
}

/** Finds the nearest config file from `start` upwards. */
export function findConfigFile(start: string): string | undefined {
  let directory = resolve(start);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(directory, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

export function knownRuleId(id: string): boolean {
  return findCheck(id).length > 0 || id.startsWith('meaning/');
}

/** Reads and validates a config file; every problem is reported in one error. */
export function loadConfigFile(path: string): Config {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new TranslintError(`cannot read config: ${(error as Error).message}`, { file: path });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
    throw new TranslintError(`config is not valid JSON: ${message}`, { file: path, ...(line ? { line } : {}) });
  }
  const problems = validateConfig(parsed, knownRuleId);
  if (problems.length > 0) throw new TranslintError(`invalid config: ${problems.join('; ')}`, { file: path });
  const raw = parsed as Record<string, unknown>;
  const config = defaultConfig(dirname(resolve(path)));
  config.path = path;
  if (typeof raw.sourceLocale === 'string') config.sourceLocale = raw.sourceLocale;
  if (Array.isArray(raw.ignore)) config.ignore = raw.ignore as string[];
  if (raw.rules) config.rules = raw.rules as Config['rules'];
  if (typeof raw.glossary === 'string') config.glossary = [raw.glossary];
  else if (Array.isArray(raw.glossary)) config.glossary = raw.glossary as string[];
  if (Array.isArray(raw.overrides)) config.overrides = raw.overrides as Config['overrides'];
  if (typeof raw.meaning === 'boolean') config.meaning.enabled = raw.meaning;
  else if (raw.meaning && typeof raw.meaning === 'object') {
    const { enabled, ...options } = raw.meaning as Record<string, unknown>;
    if (typeof enabled === 'boolean') config.meaning.enabled = enabled;
    config.meaning.options = options;
  }
  return config;
}

/** The config for a run: an explicit file, else the nearest one upwards of `cwd`, else defaults. */
export function loadConfig(cwd: string, explicitPath?: string): Config {
  if (explicitPath) return loadConfigFile(resolve(cwd, explicitPath));
  const found = findConfigFile(cwd);
  return found ? loadConfigFile(found) : defaultConfig(resolve(cwd));
}
