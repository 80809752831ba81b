import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { ActiveRule } from '../config/resolve.js';
import type { Catalog } from './catalog.js';
import { emptyProject, type Check, type CheckContext, type Project, type Report } from './check.js';
import { TranslintError, toTranslintError } from './errors.js';
import { readInputFile } from './files.js';
import type { Finding } from './finding.js';
import { languageOf } from './locale.js';
import { pairWithSource } from './pairing.js';
import type { Span, Unit } from './unit.js';
import type { FormatAdapter } from '../formats/adapter.js';
import { isSuppressed } from '../workflow/suppress.js';

export interface FileResult {
  file: string;
  format: string | undefined;
  /** Units that were checked (obsolete ones are not counted). */
  units: number;
  findings: Finding[];
  error?: TranslintError;
  /** Other files the result depends on (the source-language file a one-language file pairs with). */
  dependsOn?: string[];
}

/** Where a finding came from, for fixes and --changed-since; kept out of the JSON report. */
export interface FindingOrigin {
  catalog: Catalog;
  unit: Unit | undefined;
}

const origins = new WeakMap<Finding, FindingOrigin>();
const catalogFiles = new WeakMap<Catalog, { absolute: string; format: FormatAdapter }>();

export function originOf(finding: Finding): FindingOrigin | undefined {
  return origins.get(finding);
}

/** The file and adapter a catalog was parsed from by `parseFile`. */
export function fileOf(catalog: Catalog): { absolute: string; format: FormatAdapter } | undefined {
  return catalogFiles.get(catalog);
}

/** Units checked together, rule by rule (see checkCatalog). */
const UNIT_BLOCK = 256;

/** Runs every active rule over one parsed catalog; findings muted by inline directives are left out. */
export function checkCatalog(catalog: Catalog, rules: readonly ActiveRule[], options: { debug?: boolean; project?: Project; keepOrigins?: boolean } = {}): Finding[] {
  const project = options.project ?? emptyProject;
  const findings: Finding[] = [];
  let current: Unit | undefined;
  const runners = rules.map(({ check, severity, options: ruleOptions }) => {
    const context: CheckContext = { catalog, options: ruleOptions, project };
    const emit = (unit: Unit | undefined, report: Report): void => {
      if (unit && isSuppressed(unit, check)) return;
      const finding = toFinding(catalog, check.id, severity, unit, report);
      if (options.keepOrigins) origins.set(finding, { catalog, unit });
      findings.push(finding);
    };
    // One reporter per rule, not one closure per unit: units × rules calls go through it.
    return { check, context, emit, reportCurrent: (report: Report): void => emit(current, report) };
  });
  let running: Check | undefined;
  try {
    for (const runner of runners) {
      running = runner.check;
      runner.check.checkCatalog?.(catalog, runner.context, runner.emit);
    }
    const unitRunners = runners.filter((runner) => runner.check.check !== undefined);
    const live = catalog.units.filter((unit) => unit.state !== 'obsolete');
    // Units in blocks, each rule over the whole block: a rule's code and data stay hot for many
    // units in a row, while what the rules share about a unit (masked texts, tokens) is dropped
    // after its block instead of living, and being copied by the GC, for the whole file.
    const block: Unit[] = [];
    const translatedBlock: Unit[] = [];
    for (let first = 0; first < live.length; first += UNIT_BLOCK) {
      // The block's units, and those with a translation (what most rules see), listed once.
      block.length = 0;
      translatedBlock.length = 0;
      for (let index = first; index < Math.min(first + UNIT_BLOCK, live.length); index++) {
        const unit = live[index]!;
        block.push(unit);
        if (unit.state !== 'untranslated') translatedBlock.push(unit);
      }
      for (const { check, context, reportCurrent } of unitRunners) {
        running = check;
        for (const unit of check.scope === 'all' ? block : translatedBlock) {
          if (check.appliesTo && !check.appliesTo(unit, context)) continue;
          current = unit;
          check.check!(unit, context, reportCurrent);
        }
      }
      for (const unit of block) unit.cache = undefined;
    }
  } catch (error) {
    if (options.debug) throw error;
    throw new TranslintError(`rule ${running?.id} failed: ${(error as Error).message} (run with --debug for details)`, { file: catalog.document.path });
  }
  return dropSuperseded(findings, rules);
}

/** Drops findings of rules that a more explanatory rule already reported on the same unit form. */
function dropSuperseded(findings: Finding[], rules: readonly ActiveRule[]): Finding[] {
  const superseding = rules.filter((rule) => rule.check.supersedes?.length);
  if (superseding.length === 0) return findings;
  const covered = new Set<string>();
  const place = (finding: Finding, ruleId: string) => `${ruleId}\u0000${finding.line}:${finding.column}\u0000${finding.unit.key}\u0000${finding.unit.context ?? ''}`;
  for (const finding of findings) {
    const rule = superseding.find((candidate) => candidate.check.id === finding.ruleId);
    for (const superseded of rule?.check.supersedes ?? []) covered.add(place(finding, superseded));
  }
  return covered.size === 0 ? findings : findings.filter((finding) => !covered.has(place(finding, finding.ruleId)));
}

function toFinding(catalog: Catalog, ruleId: string, ruleSeverity: Finding['severity'], unit: Unit | undefined, report: Report): Finding {
  const form = report.form ?? 0;
  const span: Span | undefined = report.span ?? unit?.spans.targets[form] ?? unit?.spans.unit;
  const finding: Finding = {
    ruleId,
    severity: report.severity ?? ruleSeverity,
    message: report.message,
    file: catalog.document.path,
    line: span?.line ?? 1,
    column: span?.column ?? 1,
    unit: unit
      ? {
          key: unit.key,
          ...(unit.context !== undefined ? { context: unit.context } : {}),
          source: form > 0 && unit.sourcePlural !== undefined ? unit.sourcePlural : unit.source,
          target: unit.targets[form] ?? '',
          locale: unit.locale,
        }
      : { key: '', source: '', target: '', locale: catalog.locale },
  };
  if (report.fix) finding.fix = { ...report.fix, form };
  if (report.meaning) finding.meaning = report.meaning;
  return finding;
}

export interface FileJob {
  absolute: string;
  display: string;
  format: FormatAdapter;
  rules: readonly ActiveRule[];
  locale: string | undefined;
  sourceLocale: string;
  /** Source-language file for one-language formats, when config names it. */
  sourceFile?: string;
}

/** Parsed source-language files, shared by the target files that pair with them. */
export type SourceCache = Map<string, Catalog | TranslintError>;

/** Reads, parses and checks one file; problems with the file become `error`, never a throw. */
export function checkFile(job: FileJob, options: { debug?: boolean; sources?: SourceCache; project?: Project; keepOrigins?: boolean } = {}): FileResult {
  let catalog: Catalog;
  let dependsOn: string[] | undefined;
  try {
    catalog = parseFile(job);
    if (job.format.monolingual) {
      const source = sourceCatalogFor(job, catalog, options.sources ?? new Map());
      // The source-language file itself has nothing to check against.
      if (!source) return { file: job.display, format: job.format.id, units: 0, findings: [] };
      catalog.pairing = pairWithSource(catalog, source);
      dependsOn = [catalogFiles.get(source)!.absolute];
    }
  } catch (error) {
    if (options.debug && !(error instanceof TranslintError)) throw error;
    return { file: job.display, format: job.format.id, units: 0, findings: [], error: toTranslintError(error, job.display) };
  }
  const units = catalog.units.filter((unit) => unit.state !== 'obsolete').length;
  try {
    return { file: job.display, format: job.format.id, units, findings: checkCatalog(catalog, job.rules, options), ...(dependsOn ? { dependsOn } : {}) };
  } catch (error) {
    if (options.debug && !(error instanceof TranslintError)) throw error;
    return { file: job.display, format: job.format.id, units, findings: [], error: toTranslintError(error, job.display) };
  }
}

/** The source catalog a one-language file pairs with; undefined when the file is the source. */
function sourceCatalogFor(job: FileJob, catalog: Catalog, cache: SourceCache): Catalog | undefined {
  const { monolingual } = job.format;
  if (languageOf(catalog.locale) === languageOf(job.sourceLocale) && catalog.locale !== 'und') {
    if (!job.sourceFile || resolve(job.sourceFile) === job.absolute) return undefined;
  }
  const candidates = job.sourceFile ? [resolve(job.sourceFile)] : monolingual!.sourceCandidates(job.absolute, catalog.locale, job.sourceLocale);
  const path = candidates.find((candidate) => candidate !== job.absolute && existsSync(candidate));
  if (!path) {
    if (catalog.locale === 'und') throw new TranslintError('cannot tell the language of this file from its path or content; set "locale" for it in an override in translint.config.json', { file: job.display });
    const looked = candidates.map((candidate) => relative(process.cwd(), candidate)).join(', ');
    throw new TranslintError(`no source-language (${job.sourceLocale}) file to compare with; looked for ${looked || 'nothing'}; name it with "source" in a config override`, { file: job.display });
  }
  let source = cache.get(path);
  if (!source) {
    const display = relative(process.cwd(), path) || path;
    try {
      source = parseFile({ absolute: path, display, format: job.format, locale: job.sourceLocale, sourceLocale: job.sourceLocale });
    } catch (error) {
      source = toTranslintError(error, display);
    }
    cache.set(path, source);
  }
  if (source instanceof TranslintError) throw new TranslintError(`its source file cannot be read: ${source.format()}`, { file: job.display });
  return source;
}

export function parseFile(job: Pick<FileJob, 'absolute' | 'display' | 'format' | 'locale' | 'sourceLocale'>): Catalog {
  const bytes = readInputFile(job.absolute, job.display);
  const catalog = job.format.parse(bytes, { path: job.display, sourceLocale: job.sourceLocale, ...(job.locale ? { locale: job.locale } : {}) });
  catalogFiles.set(catalog, { absolute: job.absolute, format: job.format });
  return catalog;
}

/** Stable order for reports: file, line, column, rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
