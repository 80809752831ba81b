#!/usr/bin/env node
// npm run bench: translint's speed and memory on the Debian PO corpora, side by side with
// pofilter and msgfmt --check over the same files in the same run.
//
//   node bench/perf.mjs [--sizes small,medium,full] [--corpora DIR] [--tools translint,meaning,pofilter,msgfmt,cache] [--jobs N] [--repeat N] [--markdown FILE]
//
// `cache` (not run unless named) times `--cache` on a copy of the corpus: a cold run that fills
// the cache, then --repeat warm runs (default 5), each after appending a comment to one file
// (the median-sized one), and quotes their median; every warm report must equal the cold one.
//
// Corpora are built (once) with bench/make-corpus.sh into DIR/corpus-<size> (default DIR:
// $TRANSLINT_CORPORA or /tmp). Wall time and peak RSS come from GNU time (/usr/bin/time).
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = parseArgs(process.argv.slice(2));
const sizes = (args.sizes ?? 'small,medium,full').split(',');
const tools = (args.tools ?? 'translint,meaning,pofilter,msgfmt').split(',');
const corpora = resolve(args.corpora ?? process.env.TRANSLINT_CORPORA ?? '/tmp');
const jobs = Number(args.jobs ?? availableParallelism());
const repeat = Number(args.repeat ?? 5);
const scratch = mkdtempSync(join(tmpdir(), 'translint-bench-'));

if (!existsSync('/usr/bin/time')) fail('needs GNU time (/usr/bin/time): apt-get install time');
const rows = [];
for (const size of sizes) {
  const corpus = join(corpora, `corpus-${size}`);
  if (!existsSync(join(corpus, '.complete'))) run('bash', [join(repo, 'bench/make-corpus.sh'), corpus, size], { stdio: 'inherit' });
  const manifest = readFileSync(join(corpus, 'MANIFEST.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  const pairs = manifest.reduce((sum, entry) => sum + entry.translated, 0);
  const files = manifest.map((entry) => join(corpus, entry.file));
  const listFile = join(scratch, `${size}.list`);
  writeFileSync(listFile, files.join('\0'));
  for (const tool of tools) {
    const measured = tool === 'cache' ? measureCache(corpus, manifest) : [measure(tool, corpus, listFile)].map((row) => row && { tool, ...row });
    for (const row of measured) {
      if (!row) continue;
      rows.push({ size, files: files.length, pairs, ...row });
      process.stderr.write(`${size.padEnd(6)} ${row.tool.padEnd(10)} ${row.seconds.toFixed(2).padStart(8)} s ${Math.round(pairs / row.seconds).toLocaleString('en').padStart(10)} pairs/s ${String(row.rssMiB).padStart(5)} MiB\n`);
    }
  }
}
rmSync(scratch, { recursive: true, force: true });
const table = render(rows);
process.stdout.write(table);
if (args.markdown) writeFileSync(args.markdown, table);

/** Runs one tool over one corpus under GNU time; undefined when the tool is not installed. */
function measure(tool, corpus, listFile) {
  const translint = [join(repo, 'bin/translint.js'), 'check', corpus, '--jobs', String(jobs), '--format', 'json', '-o', join(scratch, 'report.json'), '-q'];
  switch (tool) {
    case 'translint':
      return timed(process.execPath, [...translint, '--meaning', 'off'], [0, 1]);
    case 'meaning':
      return timed(process.execPath, [...translint, '--meaning', 'on'], [0, 1]);
    case 'pofilter':
      // One process over the directory, as it is usually run; it writes the failing units.
      if (!which('pofilter')) return skip(tool);
      return timed('pofilter', ['--progress=none', '-i', corpus, '-o', join(scratch, 'pofilter-out')], [0]);
    case 'msgfmt':
      if (!which('msgfmt')) return skip(tool);
      // One msgfmt per file, as build systems call it; sh -c so one GNU time covers them all.
      return timed('sh', ['-c', `xargs -0 -n 1 msgfmt --check -o /dev/null < '${listFile}' 2>/dev/null; true`], [0]);
    default:
      return fail(`unknown tool ${tool} (translint, meaning, pofilter, msgfmt, cache)`);
  }
}

/**
 * Cold and warm `--cache` runs on a copy of the corpus (the shared corpus is never edited).
 * The changed file gets a comment appended before each warm run: one file to check again,
 * the same findings. Warm rows are the median of `repeat` runs.
 */
function measureCache(corpus, manifest) {
  const copy = join(scratch, 'corpus-copy');
  rmSync(copy, { recursive: true, force: true });
  cpSync(corpus, copy, { recursive: true });
  const bySize = manifest.map((entry) => ({ file: join(copy, entry.file), size: statSync(join(copy, entry.file)).size })).sort((a, b) => a.size - b.size);
  const changed = bySize[Math.floor(bySize.length / 2)].file;
  const command = (report) => [join(repo, 'bin/translint.js'), 'check', copy, '--jobs', String(jobs), '--format', 'json', '-o', join(scratch, report), '-q', '--meaning', 'off', '--cache-location', join(scratch, 'cache')];
  const cold = timed(process.execPath, command('cold.json'), [0, 1]);
  const warm = [];
  for (let run = 1; run <= repeat; run++) {
    appendFileSync(changed, `\n# translint bench: warm run ${run}\n`);
    warm.push(timed(process.execPath, command('warm.json'), [0, 1]));
    if (withoutDuration(join(scratch, 'warm.json')) !== withoutDuration(join(scratch, 'cold.json'))) fail('a warm --cache run reported other findings than the cold run');
  }
  process.stderr.write(`bench: warm --cache runs (${relative(copy, changed)} changed): ${warm.map((row) => row.seconds.toFixed(2)).join(' ')} s\n`);
  rmSync(copy, { recursive: true, force: true });
  return [
    { tool: 'cache-cold', ...cold },
    { tool: 'cache-warm', seconds: median(warm.map((row) => row.seconds)), rssMiB: median(warm.map((row) => row.rssMiB)) },
  ];
}

function withoutDuration(path) {
  return readFileSync(path, 'utf8').replace(/"durationMs": \d+/, '');
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function timed(command, commandArgs, okCodes) {
  rmSync(join(scratch, 'pofilter-out'), { recursive: true, force: true });
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...commandArgs], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (!okCodes.includes(result.status)) fail(`${command} exited with ${result.status}:\n${result.stderr.slice(-2000)}`);
  const [seconds, kib] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { seconds, rssMiB: Math.round(kib / 1024) };
}

function render(rows) {
  const when = new Date().toISOString().slice(0, 10);
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    `Measured ${when} on ${availableParallelism()} cores (${cpu}), Node ${process.version}, translint --jobs ${jobs}.`,
    `Command: npm run bench -- --sizes ${sizes.join(',')} --tools ${tools.join(',')}${tools.includes('cache') ? ` --repeat ${repeat}` : ''}`,
    '',
    '| corpus | tool | files | pairs | wall (s) | pairs/s | peak RSS (MiB) | vs pofilter |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const pofilter = rows.find((other) => other.size === row.size && other.tool === 'pofilter');
    const ratio = pofilter ? `${(pofilter.seconds / row.seconds).toFixed(1)}×` : '';
    const name = displayName(row.tool);
    lines.push(`| ${row.size} | ${name} | ${row.files.toLocaleString('en')} | ${row.pairs.toLocaleString('en')} | ${row.seconds.toFixed(2)} | ${Math.round(row.pairs / row.seconds).toLocaleString('en')} | ${row.rssMiB} | ${ratio} |`);
  }
  return `${lines.join('\n')}\n`;
}

function displayName(tool) {
  const names = {
    translint: 'translint (structural)',
    meaning: 'translint (+ meaning)',
    msgfmt: 'msgfmt --check',
    'cache-cold': 'translint --cache, cold',
    'cache-warm': `translint --cache, warm, 1 file changed (median of ${repeat})`,
  };
  return names[tool] ?? tool;
}

function which(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

function skip(tool) {
  process.stderr.write(`bench: ${tool} is not installed; skipped (apt-get install translate-toolkit gettext)\n`);
  return undefined;
}

function run(command, commandArgs, options) {
  execFileSync(command, commandArgs, options);
}

function parseArgs(list) {
  const parsed = {};
  for (let i = 0; i < list.length; i++) {
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(list[i]);
    if (!match) fail(`unknown argument ${list[i]}`);
    parsed[match[1]] = match[2] ?? list[++i];
  }
  return parsed;
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}
