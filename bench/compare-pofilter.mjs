#!/usr/bin/env node
// npm run compare:pofilter -- [CORPUS] — runs pofilter and translint over a PO corpus (default
// /tmp/corpus-medium, built by bench/make-corpus.sh), matches their findings by unit and check
// (pofilter check → translint rules through each rule's `peers.pofilter`), prints the agreement
// per check and keeps seeded samples of the disagreements in bench/pofilter/samples/ for judging.
//
// Options:
//   --cache DIR          scratch dir for tool outputs (default /tmp/translint-pofilter/<corpus name>)
//   --jobs N             pofilter processes at once (default 2)
//   --rerun-pofilter     run pofilter again even where its cached output is newer than the input
//   --reuse-translint    reuse the cached translint report instead of checking the corpus again
//   --samples N          disagreements sampled per check and side (default 20; agreements: N/2)
//   --samples-dir DIR    where the samples go (default bench/pofilter/samples)
//   --no-samples         do not write samples
//   --markdown           print the table as Markdown (for docs/pofilter-comparison.md)
//
// pofilter is run per file as `pofilter --progress=none --nofuzzy --excludefilter=spellcheck
// --language=LANG -i IN -o OUT` (its standard checker, which has no accelerator marker), and for
// GNOME packages a second time with `--gnome -t accelerators` so `_` mnemonics are checked too.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

const SEED = 'translint-pofilter-1';
/** Packages whose programs use GTK `_` mnemonics (pofilter's `--gnome` accelerator marker). */
const GNOME_PACKAGE = /^(meld|libglib|libgtk|gnome-|gtk|glib|evince|nautilus|gedit)/;
/** pofilter checks left out: spellcheck needs dictionaries and translint has no spelling rule. */
const EXCLUDED_FILTERS = ['spellcheck'];

function parseArgs(argv) {
  const options = { corpus: '/tmp/corpus-medium', jobs: 2, samples: 20, samplesDir: join(root, 'bench/pofilter/samples'), writeSamples: true, markdown: false, rerunPofilter: false, reuseTranslint: false, cache: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--cache') options.cache = resolve(value());
    else if (arg === '--jobs') options.jobs = Math.max(1, Number(value()));
    else if (arg === '--samples') options.samples = Number(value());
    else if (arg === '--samples-dir') options.samplesDir = resolve(value());
    else if (arg === '--no-samples') options.writeSamples = false;
    else if (arg === '--markdown') options.markdown = true;
    else if (arg === '--rerun-pofilter') options.rerunPofilter = true;
    else if (arg === '--reuse-translint') options.reuseTranslint = true;
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else options.corpus = resolve(arg);
  }
  options.cache ??= join('/tmp/translint-pofilter', basename(options.corpus));
  return options;
}

// ---------------------------------------------------------------- PO reading (small, independent of translint's parser)

const ESCAPES = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', '"': '"', "'": "'", '?': '?' };

function unquote(text) {
  const body = text.trim().slice(1, -1);
  return body.replace(/\\(x[0-9A-Fa-f]{1,2}|[0-7]{1,3}|.)/g, (_, esc) => {
    if (esc[0] === 'x') return String.fromCharCode(parseInt(esc.slice(1), 16));
    if (/^[0-7]/.test(esc)) return String.fromCharCode(parseInt(esc, 8));
    return ESCAPES[esc] ?? esc;
  });
}

/** Entries of a PO file (the header too): { msgctxt, msgid, msgid_plural, msgstr: string[], pofilter: [{check, message}] }. */
function readPo(path) {
  const entries = [];
  let entry = null;
  let field = null;
  const finish = () => {
    if (entry && entry.msgid !== undefined) entries.push(entry);
    entry = null;
    field = null;
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      finish();
      continue;
    }
    entry ??= { msgctxt: undefined, msgid: undefined, msgid_plural: undefined, msgstr: [], pofilter: [] };
    if (line.startsWith('#~')) continue;
    if (line.startsWith('#')) {
      const note = /^# \(pofilter\) ([a-z]+): ?(.*)$/.exec(line);
      if (note) entry.pofilter.push({ check: note[1], message: note[2] });
      continue;
    }
    const start = /^(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?\s+(".*")\s*$/.exec(line);
    if (start) {
      if (start[1] === 'msgctxt' && entry.msgid !== undefined) {
        finish();
        entry = { msgctxt: undefined, msgid: undefined, msgid_plural: undefined, msgstr: [], pofilter: [] };
      }
      const value = unquote(start[3]);
      if (start[1] === 'msgstr') {
        const index = start[2] === undefined ? 0 : Number(start[2]);
        entry.msgstr[index] = value;
        field = { kind: 'msgstr', index };
      } else {
        entry[start[1]] = value;
        field = { kind: start[1] };
      }
      continue;
    }
    if (/^\s*"/.test(line) && field) {
      if (field.kind === 'msgstr') entry.msgstr[field.index] += unquote(line);
      else entry[field.kind] += unquote(line);
    }
  }
  finish();
  return entries;
}

const unitKey = (file, context, msgid) => `${file}\u0001${context ?? ''}\u0004${msgid}`;

// ---------------------------------------------------------------- running the tools

function corpusFiles(corpus) {
  const manifest = join(corpus, 'MANIFEST.jsonl');
  if (existsSync(manifest)) {
    return readFileSync(manifest, 'utf8').split('\n').filter(Boolean).map((line) => {
      const row = JSON.parse(line);
      return { file: row.file, lang: row.lang, package: row.package ?? row.file.split('/')[0] };
    });
  }
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.po')) found.push({ file: relative(corpus, path), lang: name.slice(0, -3), package: relative(corpus, path).split('/')[0] });
    }
  };
  walk(corpus);
  return found;
}

const isStale = (output, input) => !existsSync(output) || statSync(output).mtimeMs < statSync(input).mtimeMs;

async function runPool(tasks, jobs) {
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++];
      await task();
      done++;
      if (process.stderr.isTTY) process.stderr.write(`\rpofilter: ${done}/${tasks.length}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, worker));
  if (process.stderr.isTTY && tasks.length) process.stderr.write('\n');
}

function pofilter(args, output) {
  return new Promise((resolveRun, reject) => {
    mkdirSync(dirname(output), { recursive: true });
    const child = spawn('pofilter', [...args, '-o', output], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`pofilter ${args.join(' ')} exited ${code}: ${stderr.slice(0, 400)}`));
      // pofilter writes nothing when no unit fails; an empty file marks the run as done.
      if (!existsSync(output)) writeFileSync(output, '');
      resolveRun();
    });
  });
}

async function runPofilter(options, files) {
  const tasks = [];
  for (const { file, lang, package: pkg } of files) {
    const input = join(options.corpus, file);
    const common = ['--progress=none', '--errorlevel=message', '--nofuzzy', `--language=${lang}`, '-i', input];
    const standard = join(options.cache, 'pofilter', file);
    if (options.rerunPofilter || isStale(standard, input)) tasks.push(() => pofilter([...common, ...EXCLUDED_FILTERS.map((f) => `--excludefilter=${f}`)], standard));
    if (GNOME_PACKAGE.test(pkg)) {
      const gnome = join(options.cache, 'pofilter-gnome-accelerators', file);
      if (options.rerunPofilter || isStale(gnome, input)) tasks.push(() => pofilter([...common, '--gnome', '-t', 'accelerators'], gnome));
    }
  }
  const started = Date.now();
  await runPool(tasks, options.jobs);
  if (tasks.length) process.stderr.write(`pofilter: ${tasks.length} runs in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}

function runTranslint(options) {
  const report = join(options.cache, 'translint.json');
  if (options.reuseTranslint && existsSync(report)) return report;
  mkdirSync(options.cache, { recursive: true });
  const started = Date.now();
  const run = spawnSync(process.execPath, [join(root, 'bin/translint.js'), 'check', options.corpus, '--meaning', 'off', '--format', 'json', '-o', report, '--quiet'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0 && run.status !== 1) throw new Error(`translint exited ${run.status}`);
  process.stderr.write(`translint: ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  return report;
}

function peerMap() {
  const run = spawnSync(process.execPath, [join(root, 'bin/translint.js'), 'rules', '--format', 'json'], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`translint rules exited ${run.status}`);
  const rulesOf = new Map();
  for (const rule of JSON.parse(run.stdout).rules) {
    for (const check of rule.peers?.pofilter ?? []) {
      if (!rulesOf.has(check)) rulesOf.set(check, []);
      rulesOf.get(check).push(rule.id);
    }
  }
  return rulesOf;
}

/** Line breaks in the whitespace at the start or end of a text (`\r\n` is one). */
const edgeBreaks = (text, end) => ((end ? /\s*$/u : /^\s*/u).exec(text)[0].match(/\r\n|\r|\n/g) ?? []).length;

/**
 * Rules that answer for a pofilter check only on some units. pofilter's endwhitespace and
 * startwhitespace compare all edge whitespace, line breaks included; translint reports edge
 * spaces and tabs as whitespace/end and whitespace/start, and edge line breaks as
 * whitespace/newlines (one finding per defect). So a whitespace/newlines finding counts for
 * endwhitespace (startwhitespace) only on a unit whose trailing (leading) line breaks differ.
 */
const PARTIAL_PEERS = {
  'whitespace/newlines': {
    endwhitespace: (unit) => edgeBreaks(unit.source, true) !== edgeBreaks(unit.target, true),
    startwhitespace: (unit) => edgeBreaks(unit.source, false) !== edgeBreaks(unit.target, false),
  },
};
const answersFor = (ruleId, check, unit) => PARTIAL_PEERS[ruleId]?.[check]?.(unit) ?? true;

// ---------------------------------------------------------------- sampling and estimates

const rank = (text) => createHash('sha256').update(`${SEED}\u0000${text}`).digest('hex');

/** The `size` keys with the lowest seeded hash: deterministic, and stable when the set changes a little. */
function bottomK(keys, size, salt) {
  return keys.map((key) => [rank(`${salt}\u0000${key}`), key]).sort((a, b) => (a[0] < b[0] ? -1 : 1)).slice(0, size).map(([, key]) => key);
}

const SIDES = ['pofilter-only', 'translint-only', 'both'];
const sampleId = (sample) => JSON.stringify([sample.check, sample.side, sample.file, sample.msgctxt ?? null, sample.msgid, sample.msgstr]);

function readSamples(path) {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

/** Estimated false-alarm rate of a side from its judged samples, or undefined without any. */
function faRate(samples) {
  const judged = samples.filter((s) => s.verdict === 'real' || s.verdict === 'false-alarm');
  if (!judged.length) return undefined;
  return { rate: judged.filter((s) => s.verdict === 'false-alarm').length / judged.length, judged: judged.length };
}

function estimate(counts, samples) {
  const rate = Object.fromEntries(SIDES.map((side) => [side, faRate(samples.filter((s) => s.side === side))]));
  const r = (side) => (counts[side] === 0 ? 0 : rate[side]?.rate);
  const known = (...sides) => sides.every((side) => r(side) !== undefined);
  const bothFa = known('both') ? counts.both * r('both') : undefined;
  const pfFa = known('both', 'pofilter-only') ? bothFa + counts['pofilter-only'] * r('pofilter-only') : undefined;
  const tlFa = known('both', 'translint-only') ? bothFa + counts['translint-only'] * r('translint-only') : undefined;
  const bothReal = known('both') ? counts.both - bothFa : undefined;
  const pfReal = known('both', 'pofilter-only') ? bothReal + counts['pofilter-only'] * (1 - r('pofilter-only')) : undefined;
  // Real pofilter-only findings translint reports under the peer rule of another check pofilter raised on the unit.
  const judged = samples.filter((s) => s.side === 'pofilter-only' && (s.verdict === 'real' || s.verdict === 'false-alarm'));
  const elsewhere = judged.length ? judged.filter((s) => s.verdict === 'real' && s.translintOtherRules).length / judged.length : 0;
  const anyReal = bothReal === undefined ? undefined : bothReal + counts['pofilter-only'] * elsewhere;
  return { rate, pfFa, tlFa, pfReal, bothReal, anyReal };
}

// ---------------------------------------------------------------- main

const options = parseArgs(process.argv.slice(2));
if (!existsSync(options.corpus)) throw new Error(`no corpus at ${options.corpus} (build it with bench/make-corpus.sh ${options.corpus} medium)`);
const files = corpusFiles(options.corpus);
const langOf = new Map(files.map((f) => [f.file, f.lang]));
await runPofilter(options, files);
const translintReport = runTranslint(options);
const rulesOf = peerMap();
/** rule → the pofilter checks it answers for. */
const checksOf = new Map();
for (const [check, rules] of rulesOf) for (const rule of rules) checksOf.set(rule, [...(checksOf.get(rule) ?? []), check]);

// Units of the corpus, for the text of samples.
const units = new Map();
for (const { file } of files) {
  for (const entry of readPo(join(options.corpus, file))) units.set(unitKey(file, entry.msgctxt, entry.msgid), { file, ...entry });
}

/** check → unit key → messages; one map per tool. */
const pf = new Map();
const tl = new Map();
const add = (map, check, key, message) => {
  if (!map.has(check)) map.set(check, new Map());
  const byUnit = map.get(check);
  if (!byUnit.has(key)) byUnit.set(key, []);
  byUnit.get(key).push(message);
};
for (const dir of ['pofilter', 'pofilter-gnome-accelerators']) {
  for (const { file } of files) {
    const output = join(options.cache, dir, file);
    if (!existsSync(output)) continue;
    for (const entry of readPo(output)) {
      for (const note of entry.pofilter) add(pf, note.check, unitKey(file, entry.msgctxt, entry.msgid), note.message);
    }
  }
}
const report = JSON.parse(readFileSync(translintReport, 'utf8'));
/** unit key → translint findings on it as [ruleId, text], whatever the rule. */
const anyRule = new Map();
for (const finding of report.findings) {
  const file = relative(options.corpus, resolve(root, finding.file));
  const key = unitKey(file, finding.unit.context, finding.unit.key);
  if (!anyRule.has(key)) anyRule.set(key, []);
  anyRule.get(key).push([finding.ruleId, `${finding.ruleId}: ${finding.message}`]);
  for (const check of checksOf.get(finding.ruleId) ?? []) if (answersFor(finding.ruleId, check, finding.unit)) add(tl, check, unitKey(file, finding.unit.context, finding.unit.key), `${finding.ruleId}: ${finding.message}`);
}

/**
 * translint findings on a unit pofilter flags for `check`, under the peer rule of another check
 * pofilter also raised there: one defect that pofilter reports twice (a trailing newline is
 * both `newlines` and `endwhitespace`) and translint once.
 */
function otherPeerFindings(key, check) {
  const peerRules = new Set();
  for (const [other, byUnit] of pf) if (other !== check && byUnit.has(key)) for (const rule of rulesOf.get(other) ?? []) peerRules.add(rule);
  const found = (anyRule.get(key) ?? []).filter(([rule]) => peerRules.has(rule)).map(([, text]) => text);
  return found.length ? { translintOtherRules: found } : {};
}

const checks = [...new Set([...pf.keys(), ...rulesOf.keys()])].sort();
const rows = [];
const totals = { pofilter: 0, translint: 0, both: 0, 'pofilter-only': 0, 'translint-only': 0, pfFa: 0, tlFa: 0, pfReal: 0, bothReal: 0, anyReal: 0 };
let unjudged = 0;
if (options.writeSamples) mkdirSync(options.samplesDir, { recursive: true });
for (const check of checks) {
  const pfUnits = pf.get(check) ?? new Map();
  const tlUnits = tl.get(check) ?? new Map();
  const keysOf = {
    both: [...pfUnits.keys()].filter((k) => tlUnits.has(k)),
    'pofilter-only': [...pfUnits.keys()].filter((k) => !tlUnits.has(k)),
    'translint-only': [...tlUnits.keys()].filter((k) => !pfUnits.has(k)),
  };
  const counts = Object.fromEntries(SIDES.map((side) => [side, keysOf[side].length]));
  const samplesPath = join(options.samplesDir, `${check}.jsonl`);
  const previous = new Map(readSamples(samplesPath).map((s) => [sampleId(s), s]));
  const samples = [];
  if (options.samples > 0 && pfUnits.size + tlUnits.size > 0) {
    for (const side of SIDES) {
      const size = side === 'both' ? Math.ceil(options.samples / 2) : options.samples;
      for (const key of bottomK(keysOf[side], size, `${check}\u0000${side}`)) {
        const unit = units.get(key);
        if (!unit) throw new Error(`unit not in the corpus: ${JSON.stringify(key)} (${check}, ${side})`);
        const sample = {
          check,
          side,
          file: unit.file,
          lang: langOf.get(unit.file),
          ...(unit.msgctxt !== undefined ? { msgctxt: unit.msgctxt } : {}),
          msgid: unit.msgid,
          ...(unit.msgid_plural !== undefined ? { msgid_plural: unit.msgid_plural } : {}),
          msgstr: unit.msgstr.length === 1 ? unit.msgstr[0] : unit.msgstr,
          pofilter: pfUnits.get(key) ?? null,
          translint: tlUnits.get(key) ?? null,
          // What translint says about a unit it does not flag for this check (e.g. a trailing newline under whitespace/newlines).
          ...(side === 'pofilter-only' ? otherPeerFindings(key, check) : {}),
        };
        const judged = previous.get(sampleId(sample));
        sample.verdict = judged?.verdict ?? null;
        sample.why = judged?.why ?? null;
        if (!sample.verdict) unjudged++;
        samples.push(sample);
      }
    }
    if (options.writeSamples) writeFileSync(samplesPath, samples.map((s) => JSON.stringify(s)).join('\n') + '\n');
  }
  const est = estimate(counts, samples);
  rows.push({ check, rules: rulesOf.get(check) ?? [], pofilter: pfUnits.size, translint: tlUnits.size, ...counts, ...est });
  totals.pofilter += pfUnits.size;
  totals.translint += tlUnits.size;
  for (const side of SIDES) totals[side] += counts[side];
  // A check with findings but no judged samples leaves the totals unknown.
  for (const k of ['pfFa', 'tlFa', 'pfReal', 'bothReal', 'anyReal']) totals[k] = pfUnits.size + tlUnits.size === 0 ? totals[k] : totals[k] + est[k];
}

const pct = (x) => (x === undefined || Number.isNaN(x) ? '?' : `${(100 * x).toFixed(0)} %`);
const num = (x) => (x === undefined || Number.isNaN(x) ? '?' : Math.round(x).toLocaleString('en-US'));
const rateCell = (r) => (r === undefined ? '–' : `${pct(r.rate)} (${r.judged})`);
const header = ['pofilter check', 'translint rules', 'pofilter', 'translint', 'both', 'pf only', 'tl only', 'FA both', 'FA pf-only', 'FA tl-only', 'pf FA rate', 'tl FA rate', 'real-error recall', 'recall incl. other peer rule'];
const table = rows.map((row) => [
  row.check,
  row.rules.join(', ') || '—',
  num(row.pofilter),
  num(row.translint),
  num(row.both),
  num(row['pofilter-only']),
  num(row['translint-only']),
  rateCell(row.rate.both),
  rateCell(row.rate['pofilter-only']),
  rateCell(row.rate['translint-only']),
  row.pofilter ? pct(row.pfFa === undefined ? undefined : row.pfFa / row.pofilter) : '–',
  row.translint ? pct(row.tlFa === undefined ? undefined : row.tlFa / row.translint) : '–',
  row.pfReal ? pct(row.bothReal / row.pfReal) : '–',
  row.pfReal ? pct(row.anyReal / row.pfReal) : '–',
]);
table.push(['**total**', '', num(totals.pofilter), num(totals.translint), num(totals.both), num(totals['pofilter-only']), num(totals['translint-only']), '', '', '', pct(totals.pfFa === undefined ? undefined : totals.pfFa / totals.pofilter), pct(totals.tlFa === undefined ? undefined : totals.tlFa / totals.translint), totals.pfReal ? pct(totals.bothReal / totals.pfReal) : '?', totals.pfReal ? pct(totals.anyReal / totals.pfReal) : '?']);

if (options.markdown) {
  process.stdout.write(`| ${header.join(' | ')} |\n|${header.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|\n`);
  for (const line of table) process.stdout.write(`| ${line.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |\n`);
} else {
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((line) => String(line[i]).length)));
  const print = (line) => process.stdout.write(line.map((c, i) => (i < 2 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ') + '\n');
  print(header);
  for (const line of table) print(line);
}
process.stdout.write(
  `\nestimated false alarms: pofilter ${num(totals.pfFa)}, translint ${num(totals.tlFa)}` +
    (totals.pfFa ? ` (ratio ${(totals.tlFa / totals.pfFa).toFixed(2)})` : '') +
    `; real pofilter findings: ${num(totals.pfReal)}, reproduced: ${totals.pfReal ? pct(totals.bothReal / totals.pfReal) : '?'} (${num(totals.bothReal)}) by the peer rules, ` +
    `${totals.pfReal ? pct(totals.anyReal / totals.pfReal) : '?'} counting those reported under the peer rule of another check pofilter raised on the unit\n` +
    (unjudged ? `${unjudged} sampled units have no verdict yet (bench/pofilter/samples/*.jsonl)\n` : ''),
);
