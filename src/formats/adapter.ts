import type { Catalog, Edit } from '../core/catalog.js';
import type { Unit } from '../core/unit.js';

export interface ParseOptions {
  /** Path used in messages and for locale detection. */
  path: string;
  /** Locale forced by the user (`--locale` or config); wins over the file. */
  locale?: string;
  sourceLocale: string;
}

/** One file format: recognize, parse into units with spans, and encode edits of target values. */
export interface FormatAdapter {
  id: string;
  /** Human name for docs and the README table. */
  name: string;
  /** File name endings this adapter claims (lower-case, with the dot). */
  extensions: string[];
  /** Content test for shared extensions (`.json`, `.xml`); `head` is the first 4 KB. */
  sniff?(head: string, path: string): boolean;
  parse(bytes: Buffer, options: ParseOptions): Catalog;
  /** The edit that makes target form `form` of `unit` read `value`; undefined if it cannot. */
  editTarget(catalog: Catalog, unit: Unit, form: number, value: string): Edit | undefined;
  /**
   * Key-value formats hold one language per file. Their units carry the file's values as
   * `targets` and an empty `source`; the engine fills `source` from the source-language file
   * that `sourceCandidates` names (absolute paths, most likely first).
   */
  monolingual?: {
    sourceCandidates(absolutePath: string, locale: string, sourceLocale: string): string[];
  };
}
