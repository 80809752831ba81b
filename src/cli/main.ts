import { writeFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { check, type TranslintReport } from '../api.js';
import { allChecks } from '../checks/index.js';
import { TranslintError } from '../core/errors.js';
import { severityRank, type Severity } from '../core/finding.js';
import { renderJson } from '../report/json.js';
import { renderText } from '../report/text.js';
import { version } from '../version.js';
import { catFile } from './cat.js';
import { renderRules } from './rules.js';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

interface CheckCommandOptions {
  format: 'text' | 'json';
  output?: string;
  config?: string;
  locale?: string;
  sourceLocale?: string;
  failOn: Severity;
  ignorePattern: string[];
  quiet?: boolean;
  color?: boolean;
  debug?: boolean;
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
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json']).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('-c, --config <file>', 'config file (default: nearest translint.config.json or .translintrc.json)')
    .option('--locale <locale>', 'target locale of every file (default: from the file or its path)')
    .option('--source-locale <locale>', 'source locale (default: en)')
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1').choices(['error', 'warning', 'info']).default('error'))
    .option('--ignore-pattern <pattern...>', 'extra gitignore-style patterns to skip', [])
    .option('-q, --quiet', 'print only the summary and errors')
    .option('--no-color', 'never colour the text report')
    .option('--debug', 'show stack traces for internal errors')
    .action(async (paths: string[], options: CheckCommandOptions) => {
      const report = await check(paths, {
        ...(options.config ? { config: options.config } : {}),
        ...(options.locale ? { locale: options.locale } : {}),
        ...(options.sourceLocale ? { sourceLocale: options.sourceLocale } : {}),
        ignore: options.ignorePattern,
        debug: options.debug ?? false,
      });
      for (const error of report.errors) io.stderr.write(`translint: ${formatErrorEntry(error)}\n`);
      const toFile = options.output !== undefined;
      const rendered = options.format === 'json'
        ? renderJson(report)
        : renderText(report, { color: !toFile && options.color !== false && Boolean(io.stdout.isTTY) && !process.env.NO_COLOR, quiet: options.quiet ?? false });
      if (toFile) writeFileSync(options.output!, rendered);
      else io.stdout.write(rendered);
      exitCode = exitCodeFor(report, options.failOn);
    });

  program
    .command('rules')
    .description('list every rule with its severity, summary and the peer tools\' names for it')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((options: { format: 'text' | 'json' }) => {
      io.stdout.write(renderRules(allChecks, options.format));
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

function formatErrorEntry(error: TranslintReport['errors'][number]): string {
  return new TranslintError(error.message, error).format();
}

export function exitCodeFor(report: TranslintReport, failOn: Severity): number {
  if (report.errors.length > 0) return EXIT_ERROR;
  const threshold = severityRank[failOn];
  return report.findings.some((finding) => severityRank[finding.severity] >= threshold) ? EXIT_FINDINGS : EXIT_CLEAN;
}
