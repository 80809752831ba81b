import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { checkToReport, type CheckOptions, type TranslintReport } from '../api.js';
import { allChecks } from '../checks/index.js';
import { allFormats } from '../formats/index.js';
import { TranslintError } from '../core/errors.js';
import { severityRank, type Severity } from '../core/finding.js';
import { FindingSet, fromReport, type CheckedReport } from '../report/findings.js';
import { renderReportChunks, reportFormats, type ReportFormat } from '../report/render.js';
import { batched, writeReportFile } from '../report/output.js';
import { version } from '../version.js';
import { catFile } from './cat.js';
import { renderRules } from './rules.js';
import { DEFAULT_CACHE_LOCATION } from '../run/cache.js';
import { mergeReports, readJsonReport } from '../run/merge.js';
import { parseShard } from '../run/shard.js';
import { writeBaseline } from '../workflow/baseline.js';
import { applyFixes, type FixOutcome } from '../workflow/fix.js';
import { writeStarterConfig } from '../workflow/init.js';
import { createProgress, noProgress } from '../workflow/progress.js';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

interface CheckCommandOptions {
  format: ReportFormat;
  output?: string;
  config?: string;
  locale?: string;
  sourceLocale?: string;
  failOn: Severity;
  ignorePattern: string[];
  meaning?: 'on' | 'off';
  quiet?: boolean;
  color?: boolean;
  debug?: boolean;
  baseline?: string;
  updateBaseline?: boolean;
  fix?: boolean;
  fixUnsafe?: boolean;
  fixDryRun?: boolean;
  maxWarnings?: number;
  changedSince?: string;
  jobs: number;
  shard?: string;
  cache?: boolean;
  cacheLocation?: string;
}

export interface OutputStream {
  write(chunk: string | Uint8Array): boolean;
  isTTY?: boolean;
}

/** Runs the CLI and returns the exit code; never throws for user errors. */
export async function main(argv: string[], io: { stdout: OutputStream; stderr: OutputStream } = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let exitCode = EXIT_CLEAN;
  const debug = argv.includes('--debug');
  const program = new Command('translint')
    .description('Offline translation checker: broken placeholders and translations that say something else.')
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .showSuggestionAfterError();

  program
    .command('check', { isDefault: true })
    .description('check translation files, directories or globs')
    .argument('[paths...]', 'files, directories or globs (default: .)')
    .addOption(new Option('-f, --format <format>', 'report format').choices(reportFormats).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('-c, --config <file>', 'config file (default: nearest translint.config.json or .translintrc.json)')
    .option('--locale <locale>', 'target locale of every file (default: from the file or its path)')
    .option('--source-locale <locale>', 'source locale (default: en)')
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1').choices(['error', 'warning', 'info']).default('error'))
    .option('--ignore-pattern <pattern...>', 'extra gitignore-style patterns to skip', [])
    .addOption(new Option('--meaning <mode>', 'meaning rules (sense, negation, antonym, number)').choices(['on', 'off']))
    .option('-q, --quiet', 'print only the summary and errors')
    .option('--no-color', 'never colour the text report')
    .option('--debug', 'show stack traces for internal errors')
    .option('--baseline <file>', 'leave out the findings recorded in this baseline file')
    .option('--update-baseline', 'record the current findings in the --baseline file')
    .option('--fix', 'apply the safe fixes to the files')
    .option('--fix-unsafe', 'apply every fix, including ones that may change meaning')
    .option('--fix-dry-run', 'print the fixes as a unified diff instead of writing them')
    .option('--max-warnings <count>', 'exit 1 when there are more warnings than this', parseCount)
    .option('--changed-since <ref>', 'report only units that are new or changed since this git commit')
    .option('-j, --jobs <count>', 'worker threads (default: one per core)', parsePositive, availableParallelism())
    .option('--shard <K/N>', 'check only share K of N (stable by path; merge the JSON reports with "translint merge")')
    .option('--cache', `skip files unchanged since the last --cache run (results kept in ${DEFAULT_CACHE_LOCATION}/)`)
    .option('--cache-location <dir>', `the cache directory (default: ${DEFAULT_CACHE_LOCATION}; implies --cache)`)
    .action(async (paths: string[], options: CheckCommandOptions) => {
      if (options.updateBaseline && !options.baseline) throw new TranslintError('--update-baseline needs --baseline FILE, the file to write');
      const progress = options.quiet ? noProgress : createProgress(io.stderr);
      const checkOptions: CheckOptions = {
        ...(options.config ? { config: options.config } : {}),
        ...(options.locale ? { locale: options.locale } : {}),
        ...(options.sourceLocale ? { sourceLocale: options.sourceLocale } : {}),
        ignore: options.ignorePattern,
        debug: options.debug ?? false,
        ...(options.meaning ? { meaning: options.meaning === 'on' } : {}),
        ...(options.changedSince !== undefined ? { changedSince: options.changedSince } : {}),
        ...(options.baseline && !options.updateBaseline ? { baseline: options.baseline } : {}),
        onProgress: progress.update,
        jobs: options.jobs,
        ...(options.shard !== undefined ? { shard: parseShard(options.shard) } : {}),
        ...(options.cache || options.cacheLocation ? { cache: options.cacheLocation ?? DEFAULT_CACHE_LOCATION } : {}),
        keepOrigins: Boolean(options.fix || options.fixUnsafe || options.fixDryRun),
      };
      let report = await checkToReport(paths, checkOptions);
      progress.done();
      if (options.updateBaseline) {
        writeBaseline(options.baseline!, report.findings.list(), process.cwd());
        io.stderr.write(`translint: recorded ${report.findings.count} finding${report.findings.count === 1 ? '' : 's'} in ${options.baseline}\n`);
        report = { ...report, findings: FindingSet.ofList([]), summary: { ...report.summary, findings: 0, baselined: report.findings.count } };
      }
      if (options.fix || options.fixUnsafe || options.fixDryRun) {
        const outcome = applyFixes(report.findings.list(), { unsafe: options.fixUnsafe ?? false, write: !options.fixDryRun });
        io.stderr.write(describeFixes(outcome, options.fixDryRun ?? false));
        if (options.fixDryRun) {
          io.stdout.write(Buffer.concat(outcome.files.map((file) => file.diffBytes)));
          exitCode = exitCodeFor(report, options.failOn, options.maxWarnings);
          return;
        }
        // Report what is left in the files as they are now.
        if (outcome.applied > 0) report = await checkToReport(paths, { ...checkOptions, onProgress: undefined });
        report.summary.fixed = outcome.applied;
      }
      exitCode = writeOutput(report, options, io);
    });

  program
    .command('merge')
    .description('combine the JSON reports of sharded runs (--shard K/N) into one report, in any format')
    .argument('<reports...>', 'JSON reports written by "translint check --format json"')
    .addOption(new Option('-f, --format <format>', 'report format').choices(reportFormats).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1').choices(['error', 'warning', 'info']).default('error'))
    .option('--max-warnings <count>', 'exit 1 when there are more warnings than this', parseCount)
    .option('-q, --quiet', 'print only the summary and errors')
    .option('--no-color', 'never colour the text report')
    .action((paths: string[], options: OutputOptions) => {
      exitCode = writeOutput(fromReport(mergeReports(paths.map(readJsonReport))), options, io);
    });

  program
    .command('rules')
    .description('list every rule with its severity, summary and the peer tools\' names for it')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((options: { format: 'text' | 'json' }) => {
      io.stdout.write(renderRules(allChecks, options.format));
    });

  program
    .command('formats')
    .description('list the file formats translint reads')
    .action(() => {
      for (const format of allFormats) io.stdout.write(`${format.id.padEnd(16)} ${format.extensions.join(' ').padEnd(18)} ${format.name}\n`);
    });

  program
    .command('init')
    .description('write a starter translint.config.json in the current directory (never overwrites one)')
    .action(() => {
      const path = writeStarterConfig(process.cwd());
      io.stdout.write(`wrote ${relative(process.cwd(), path)}\n`);
    });

  program
    .command('cat')
    .description('parse FILE and write it back through its format adapter (byte-identical when nothing changed)')
    .argument('<file>', 'translation file')
    .argument('[out]', 'output file (default: stdout)')
    .option('--debug', 'show stack traces for internal errors')
    .action((file: string, out: string | undefined) => {
      const bytes = catFile(file);
      if (out === undefined) io.stdout.write(bytes);
      else writeFileSync(out, bytes);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_CLEAN : EXIT_ERROR;
    }
    if (error instanceof TranslintError) {
      io.stderr.write(`translint: ${error.format()}\n`);
      return EXIT_ERROR;
    }
    if (debug) throw error;
    io.stderr.write(`translint: internal error: ${(error as Error).message ?? String(error)} (run with --debug for details)\n`);
    return EXIT_ERROR;
  }
}

type OutputOptions = Pick<CheckCommandOptions, 'format' | 'output' | 'failOn' | 'maxWarnings' | 'quiet' | 'color'>;

/** Prints the errors, renders the report to stdout or --output, and returns the exit code. */
function writeOutput(report: CheckedReport, options: OutputOptions, io: { stdout: OutputStream; stderr: OutputStream }): number {
  for (const error of report.errors) io.stderr.write(`translint: ${formatErrorEntry(error)}\n`);
  const toFile = options.output !== undefined;
  const rendered = renderReportChunks(report, options.format, { color: !toFile && options.color !== false && Boolean(io.stdout.isTTY) && !process.env.NO_COLOR, quiet: options.quiet ?? false });
  if (toFile) writeReportFile(options.output!, rendered);
  else for (const piece of batched(rendered)) io.stdout.write(piece);
  return exitCodeFor(report, options.failOn, options.maxWarnings);
}

function formatErrorEntry(error: TranslintReport['errors'][number]): string {
  return new TranslintError(error.message, error).format();
}

export function exitCodeFor(report: Pick<CheckedReport, 'errors' | 'findings'>, failOn: Severity, maxWarnings?: number): number {
  if (report.errors.length > 0) return EXIT_ERROR;
  const { severities } = report.findings;
  if ((['error', 'warning', 'info'] as const).some((severity) => severities[severity] > 0 && severityRank[severity] >= severityRank[failOn])) return EXIT_FINDINGS;
  return maxWarnings !== undefined && severities.warning > maxWarnings ? EXIT_FINDINGS : EXIT_CLEAN;
}

function parsePositive(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError('expected a whole number such as 1 or 4');
  return Number(value);
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number such as 0 or 25');
  return Number(value);
}

/** One line on stderr about what --fix did (or would do), and whether a re-run may do more. */
function describeFixes(outcome: FixOutcome, dryRun: boolean): string {
  const files = outcome.files.length;
  const parts = [`${dryRun ? 'would fix' : 'fixed'} ${outcome.applied} finding${outcome.applied === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`];
  if (outcome.skipped > 0) parts.push(`${outcome.skipped} more fix${outcome.skipped === 1 ? '' : 'es'} touch a target already fixed: run again to apply ${outcome.skipped === 1 ? 'it' : 'them'}`);
  if (outcome.unfixable > 0) parts.push(`${outcome.unfixable} fix${outcome.unfixable === 1 ? '' : 'es'} cannot be written to the file`);
  return `translint: ${parts.join('; ')}\n`;
}
