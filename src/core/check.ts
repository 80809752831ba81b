import type { GlossaryEntry } from '../meaning/glossary.js';
import { emptyMemory, type TranslationMemory } from '../meaning/memory.js';
import type { Catalog } from './catalog.js';
import type { Fix, Meaning, Severity } from './finding.js';
import type { Span, Unit } from './unit.js';

/** Peer tools' own names for the same check, copied exactly (see docs/rules). */
export interface Peers {
  pofilter?: string[];
  weblate?: string[];
  okapi?: string[];
  i18nspector?: string[];
  msgfmt?: string[];
  poexam?: string[];
}

/** What a check reports; the engine adds file, position and unit. */
export interface Report {
  message: string;
  /** Target plural form the problem is in (default 0). */
  form?: number;
  /** Overrides the rule's severity for this finding. */
  severity?: Severity;
  fix?: Fix;
  meaning?: Meaning;
  /** Where in the file to point, when not at the target form. */
  span?: Span;
}

/** What the run knows beyond one file: glossaries and the project's translation memory. */
export interface Project {
  /** Glossary terms for a language (primary subtag), from config `glossary` files. */
  glossary(language: string): GlossaryEntry[];
  /** How this project translates words, learned from the catalog's own units (built on first use). */
  memory(catalog: Catalog): TranslationMemory;
}

export const emptyProject: Project = { glossary: () => [], memory: () => emptyMemory };

export interface CheckContext {
  catalog: Catalog;
  /** The rule's options from config (`["warning", { ... }]`). */
  options: Readonly<Record<string, unknown>>;
  project: Project;
}

export interface CheckMeta {
  id: string;
  severity: Severity;
  summary: string;
  peers: Peers;
  /** Earlier or alternative ids that config may use for this rule. */
  aliases?: string[];
  /** Off unless enabled in config (pedantic or project-specific checks). */
  defaultOff?: boolean;
  /** Which units `check` sees: translated and fuzzy ones (default), or untranslated ones too. */
  scope?: 'translated' | 'all';
  /**
   * Rules this one explains better: when it reports a unit's form, their findings on the same
   * form are dropped (meaning/number says what a number means; number/mismatch only that it differs).
   */
  supersedes?: string[];
}

export interface Check extends CheckMeta {
  /** Cheap test run before `check`; return false to skip the unit. */
  appliesTo?(unit: Unit, context: CheckContext): boolean;
  /** Checks one unit. */
  check?(unit: Unit, context: CheckContext, report: (finding: Report) => void): void;
  /** Checks the whole catalog once (file-level and consistency checks). */
  checkCatalog?(catalog: Catalog, context: CheckContext, report: (unit: Unit | undefined, finding: Report) => void): void;
}

export function defineCheck(check: Check): Check {
  if (!/^[a-z]+(?:\/[a-z0-9-]+)+$/.test(check.id)) throw new Error(`bad rule id ${check.id}`);
  if (!check.check && !check.checkCatalog) throw new Error(`rule ${check.id} checks nothing`);
  return check;
}
