import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { lazyRequire } from './lazy.js';
import { TranslintError } from './errors.js';

const tinyglobby = lazyRequire<typeof import('tinyglobby')>('tinyglobby');

export interface InputFile {
  absolute: string;
  /** Path to show users: relative to the cwd when inside it. */
  display: string;
  /** Named on the command line (checked even when its type must be sniffed or it is ignored). */
  explicit: boolean;
}

export interface WalkOptions {
  cwd: string;
  /** gitignore-style patterns relative to `ignoreRoot`. */
  ignorePatterns: string[];
  ignoreRoot: string;
  /** Whether a file found by walking a directory is one translint reads. */
  isCandidate: (path: string) => boolean;
}

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules', '.hg', '.svn']);
const IGNORE_FILES = ['.gitignore', '.translintignore'];

/**
 * Expands paths, directories and globs into files, honouring .gitignore/.translintignore at
 * every directory level and the config's ignore patterns. Missing paths become errors.
 */
export function collectFiles(inputs: string[], options: WalkOptions): { files: InputFile[]; errors: TranslintError[] } {
  const files = new Map<string, InputFile>();
  const errors: TranslintError[] = [];
  const configIgnore = ignore().add(options.ignorePatterns);
  const display = (absolute: string): string => {
    const rel = relative(options.cwd, absolute);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : absolute;
  };
  const ignoredByConfig = (absolute: string, isDirectory: boolean): boolean => {
    const rel = relative(options.ignoreRoot, absolute).split(sep).join('/');
    if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false;
    return configIgnore.ignores(isDirectory ? `${rel}/` : rel);
  };
  const add = (absolute: string, explicit: boolean): void => {
    if (!files.has(absolute)) files.set(absolute, { absolute, display: display(absolute), explicit });
  };

  const walk = (directory: string, inherited: { base: string; rules: Ignore }[]): void => {
    const scopes = [...inherited];
    for (const name of IGNORE_FILES) {
      const path = join(directory, name);
      if (existsSync(path)) {
        try {
          scopes.push({ base: directory, rules: ignore().add(readFileSync(path, 'utf8')) });
        } catch {
          // An unreadable ignore file ignores nothing rather than failing the run.
        }
      }
    }
    let entries: Dirent[];
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      errors.push(new TranslintError(`cannot read directory: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file: display(directory) }));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(directory, entry.name);
      // Symlinked directories are not followed: no loops, no escaping the tree.
      const isDirectory = entry.isDirectory();
      if (isDirectory && ALWAYS_SKIPPED.has(entry.name)) continue;
      if (scopes.some(({ base, rules }) => rules.ignores(relative(base, path).split(sep).join('/') + (isDirectory ? '/' : '')))) continue;
      if (ignoredByConfig(path, isDirectory)) continue;
      if (isDirectory) walk(path, scopes);
      else if ((entry.isFile() || entry.isSymbolicLink()) && options.isCandidate(path)) {
        if (entry.isSymbolicLink() && !isRegularFile(path)) continue;
        add(path, false);
      }
    }
  };

  for (const input of inputs) {
    const absolute = resolve(options.cwd, input);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      stats = undefined;
    }
    if (stats?.isDirectory()) walk(absolute, []);
    else if (stats?.isFile()) add(absolute, true);
    else if (/[*?[\]{}]/.test(input)) {
      const matches = tinyglobby().globSync(input, { cwd: options.cwd, absolute: true, dot: false, ignore: ['**/node_modules/**', '**/.git/**'] }).sort();
      for (const match of matches) if (!ignoredByConfig(match, false) && options.isCandidate(match)) add(match, false);
      if (matches.length === 0) errors.push(new TranslintError('no files match this pattern', { file: input }));
    } else if (stats) {
      errors.push(new TranslintError('not a regular file', { file: input }));
    } else {
      errors.push(new TranslintError('no such file or directory', { file: input }));
    }
  }
  return { files: [...files.values()], errors };
}

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The largest file translint reads. Real catalogs stay far below it; a file over it would need
 * gigabytes once decoded and split into units, so it is refused with a clear error instead.
 */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Reads one input file whole; unreadable or oversized files become a TranslintError naming `display`. */
export function readInputFile(absolute: string, display: string): Buffer {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(absolute, 'r');
    const { size } = fstatSync(descriptor);
    if (size > MAX_FILE_BYTES) {
      throw new TranslintError(`file is too large (${(size / 1048576).toFixed(0)} MiB); translint reads files up to ${MAX_FILE_BYTES / 1048576} MiB`, { file: display });
    }
    const bytes = Buffer.alloc(size);
    let filled = 0;
    while (filled < size) {
      const read = readSync(descriptor, bytes, filled, size - filled, null);
      if (read === 0) break;
      filled += read;
    }
    return filled === size ? bytes : bytes.subarray(0, filled);
  } catch (error) {
    if (error instanceof TranslintError) throw error;
    throw new TranslintError(`cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file: display });
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}
