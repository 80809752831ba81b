import { existsSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CONFIG_FILE_NAMES } from '../config/load.js';
import { TranslintError } from '../core/errors.js';

/** What `translint init` writes: every top-level key with a harmless, commonly wanted value. */
export const STARTER_CONFIG = {
  sourceLocale: 'en',
  ignore: [],
  rules: {},
  overrides: [],
  meaning: true,
  glossary: [],
};

/** Writes `translint.config.json` in `directory`; refuses when a config is already there. */
export function writeStarterConfig(directory: string): string {
  const existing = CONFIG_FILE_NAMES.map((name) => join(directory, name)).find((path) => existsSync(path));
  if (existing) throw new TranslintError('a config file already exists here; edit it, or delete it first to start over', { file: basename(existing) });
  const path = join(directory, CONFIG_FILE_NAMES[0]!);
  try {
    // 'wx' fails rather than overwrite a file created between the check and the write.
    writeFileSync(path, `${JSON.stringify(STARTER_CONFIG, null, 2)}\n`, { flag: 'wx' });
  } catch (error) {
    throw new TranslintError(`cannot write config: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file: basename(path) });
  }
  return path;
}
