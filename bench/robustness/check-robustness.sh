#!/usr/bin/env bash
# Copied unchanged (except this line) from the team's shared/bench/check-robustness.sh on 2026-11-25; see bench/README.md.
# check-robustness.sh [options] 'TOOL_CMD' CORPUS_DIR
#
# Runs `TOOL_CMD <file>` on every entry of CORPUS_DIR/MANIFEST.jsonl (made by make-badinput.mjs)
# and classifies each run (see ROBUSTNESS.md):
#   pass: ok, clean-error                (warnings: accepted-bad, rejected-ok, no-line)
#   fail: crash, hang, oom, leak, wrote-files, error-no-file, noisy-error, bad-exit
# Prints a table per category, the failures, and a final line "N passed, M failed".
# Exit status: 0 when nothing failed, 1 when something failed, 2 on usage errors.
#
# Options:
#   --strict              count expectation mismatches (accepted-bad, rejected-ok) as failures
#   --formats a,b,...     only manifest entries of these formats
#   --categories a,b,...  only these categories
#   --timeout S           per-file timeout (default 10; env ROBUST_TIMEOUT)
#   --huge-timeout S      timeout for entries marked "huge" (default 60; env ROBUST_HUGE_TIMEOUT)
#   --rss-mb N            RSS limit of the whole process tree in MiB (default 1024; env ROBUST_RSS_MB)
#   --max-error-lines N   a clean error prints at most N lines (default 10)
#   --report FILE         also write one JSON line per run to FILE
#   --no-strace           do not use strace even if it is installed
# TOOL_CMD is a shell command; the file path is appended as one quoted argument.
# Needs: bash, node (>= 18). Uses strace when present (apt-get install strace) to see which
# files the tool opens; without it, leaks are detected only from the tool's output.
set -euo pipefail
if ! command -v node >/dev/null 2>&1; then echo "check-robustness: node is required" >&2; exit 2; fi
exec node --input-type=module -e "$(cat <<'NODE_EOF'
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';

const args = process.argv.slice(1);
const opt = { strict: false, formats: null, categories: null, timeout: Number(process.env.ROBUST_TIMEOUT || 10),
  hugeTimeout: Number(process.env.ROBUST_HUGE_TIMEOUT || 60), rssMb: Number(process.env.ROBUST_RSS_MB || 1024),
  maxErrLines: 10, report: null, strace: true };
const pos = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--strict') opt.strict = true;
  else if (a === '--formats') opt.formats = new Set(args[++i].split(','));
  else if (a === '--categories') opt.categories = new Set(args[++i].split(','));
  else if (a === '--timeout') opt.timeout = Number(args[++i]);
  else if (a === '--huge-timeout') opt.hugeTimeout = Number(args[++i]);
  else if (a === '--rss-mb') opt.rssMb = Number(args[++i]);
  else if (a === '--max-error-lines') opt.maxErrLines = Number(args[++i]);
  else if (a === '--report') opt.report = args[++i];
  else if (a === '--no-strace') opt.strace = false;
  else if (a === '-h' || a === '--help') { console.log("usage: check-robustness.sh [--strict] [--formats a,b] [--categories a,b] [--timeout S] [--huge-timeout S] [--rss-mb N] [--report FILE] [--no-strace] 'TOOL_CMD' CORPUS_DIR"); process.exit(0); }
  else pos.push(a);
}
if (pos.length !== 2) { console.error("usage: check-robustness.sh [options] 'TOOL_CMD' CORPUS_DIR"); process.exit(2); }
const [toolCmd] = pos;
const corpus = path.resolve(pos[1]);
const manifestPath = path.join(corpus, 'MANIFEST.jsonl');
if (!fs.existsSync(manifestPath)) { console.error(`check-robustness: ${manifestPath} not found`); process.exit(2); }
let entries = fs.readFileSync(manifestPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
if (opt.formats) entries = entries.filter((e) => opt.formats.has(e.format));
if (opt.categories) entries = entries.filter((e) => opt.categories.has(e.category));
if (!entries.length) { console.error('check-robustness: no manifest entries selected'); process.exit(2); }

// strace usable? (needs ptrace; may be blocked in some containers)
let straceArgs = null;
if (opt.strace && spawnSync('sh', ['-c', 'command -v strace'], { stdio: 'ignore' }).status === 0) {
  for (const extra of [['--seccomp-bpf'], []]) {
    const r = spawnSync('strace', ['-f', '-qq', ...extra, '-e', 'trace=openat', '-o', '/dev/null', 'true'], { stdio: 'ignore' });
    if (r.status === 0) { straceArgs = ['-f', '-qq', ...extra, '-e', 'trace=open,openat,openat2,connect']; break; }
  }
}
console.log(`check-robustness: ${entries.length} files, tool: ${toolCmd}`);
console.log(`  timeout ${opt.timeout}s (huge ${opt.hugeTimeout}s), RSS limit ${opt.rssMb} MiB, file-access tracing: ${straceArgs ? 'strace' : 'off (output scan only)'}`);

// ------------------------------------------------------------------ helpers
function snapshot(dir) {
  const m = new Map();
  const walk = (d) => {
    let names;
    try { names = fs.readdirSync(d); } catch { return; }
    for (const n of names) {
      const p = path.join(d, n);
      let s;
      try { s = fs.lstatSync(p); } catch { continue; }
      m.set(p, `${s.mode}:${s.size}:${s.mtimeMs}:${s.ino}`);
      if (s.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return m;
}
function diffSnap(a, b) {
  const out = [];
  for (const [k, v] of b) if (!a.has(k)) out.push(`+${k}`); else if (a.get(k) !== v) out.push(`~${k}`);
  for (const k of a.keys()) if (!b.has(k)) out.push(`-${k}`);
  return out;
}
function treeRssKb(root) {
  const kids = new Map();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const st = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(st.slice(st.lastIndexOf(')') + 2).split(' ')[1]);
      if (!kids.has(ppid)) kids.set(ppid, []);
      kids.get(ppid).push(Number(d));
    } catch { /* gone */ }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const p = stack.pop();
    try {
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) total += Number(m[1]);
    } catch { /* gone */ }
    for (const k of kids.get(p) || []) stack.push(k);
  }
  return total;
}
const CRASH = [
  [/Traceback \(most recent call last\)/, 'python traceback'],
  [/\b(TypeError|RangeError|ReferenceError|InternalError|EvalError|URIError)\b/, 'JS exception'],
  [/Maximum call stack/, 'stack overflow'],
  [/RecursionError|MemoryError/, 'python exception'],
  [/FATAL ERROR|JavaScript heap out of memory|Allocation failed/, 'V8 fatal'],
  [/node:internal\//, 'node internal frame'],
  [/\bUnhandled(PromiseRejection| promise rejection)|\buncaught exception\b/i, 'unhandled'],
  [/Segmentation fault|core dumped|Aborted|panicked at|SIGSEGV|SIGABRT/, 'native crash'],
  [/Error \[ERR_[A-Z_]+\]/, 'node error code'],
  [/^\s+at .+(:\d+|\(native\)|\(<anonymous>\))\)?\s*$/m, 'stack frame'],
];
const LEAK_OUT = [/root:x?:0:0:/, /\bdaemon:x?:1:1:/];
const LEAK_TRACE = /(open|openat|openat2)\([^)]*"(\/etc\/passwd|\/etc\/shadow|\/proc\/self\/environ)"|connect\([^)]*(sin_port=htons\(9\)|127\.0\.0\.1)/;
const INJECTION = /INJECTED_RAN/;
const CAP = 1 << 20;

function runOne(entry) {
  return new Promise((resolve) => {
    const abs = path.join(corpus, entry.file);
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'robust-'));
    const trace = path.join(cwd, '.trace');
    const inner = ['bash', '-c', `${toolCmd} "$1"`, 'robust-tool', abs];
    const cmd = straceArgs ? ['strace', ...straceArgs, '-o', trace, ...inner] : inner;
    const before = snapshot(corpus);
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd[0], cmd.slice(1), { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let out = '', outBytes = 0, killedFor = null, peakKb = 0;
    const take = (d) => { outBytes += d.length; if (out.length < CAP) out += d.toString('utf8'); };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    const limitS = entry.huge ? opt.hugeTimeout : opt.timeout;
    const kill = (why) => { if (!killedFor) { killedFor = why; try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } } };
    const timer = setTimeout(() => kill('hang'), limitS * 1000);
    const watch = setInterval(() => {
      const kb = treeRssKb(child.pid);
      if (kb > peakKb) peakKb = kb;
      if (kb > opt.rssMb * 1024) kill('oom');
    }, 100);
    child.on('error', (err) => { out += `\n[spawn error: ${err.message}]`; });
    child.on('close', (code, signal) => {
      clearTimeout(timer); clearInterval(watch);
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* group already gone */ }
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      let traceText = '';
      try { traceText = fs.readFileSync(trace, 'utf8'); } catch { /* no trace */ }
      const changes = diffSnap(before, snapshot(corpus));
      let stray = [];
      try { stray = fs.readdirSync(cwd).filter((n) => n !== '.trace'); } catch { /* */ }
      fs.rmSync(cwd, { recursive: true, force: true });
      resolve(classify(entry, abs, { code, signal, out, outBytes, killedFor, peakKb, ms, traceText, changes, stray }));
    });
  });
}

function classify(entry, abs, r) {
  const res = { file: entry.file, format: entry.format, category: entry.category, expect: entry.expect,
    exit: r.code, signal: r.signal, ms: Math.round(r.ms), peakMb: Math.round(r.peakKb / 1024), outBytes: r.outBytes, warn: null, detail: '' };
  const leakLine = (r.traceText.split('\n').find((l) => LEAK_TRACE.test(l)) || '');
  const crash = CRASH.find(([re]) => re.test(r.out));
  if (r.killedFor === 'oom') { res.cls = 'oom'; res.detail = `RSS above ${opt.rssMb} MiB`; }
  else if (r.killedFor === 'hang') { res.cls = 'hang'; res.detail = `no exit within ${entry.huge ? opt.hugeTimeout : opt.timeout}s`; }
  else if (leakLine || LEAK_OUT.some((re) => re.test(r.out))) { res.cls = 'leak'; res.detail = leakLine ? leakLine.trim().slice(0, 160) : '/etc/passwd content in output'; }
  else if (INJECTION.test(r.out) || /INJECTED_RAN/.test(r.traceText)) { res.cls = 'leak'; res.detail = 'code from the input file was executed'; }
  else if (r.changes.length) { res.cls = 'wrote-files'; res.detail = r.changes.slice(0, 3).join(' '); }
  else if (r.signal || (r.code !== null && r.code >= 128)) { res.cls = 'crash'; res.detail = `killed by ${r.signal || 'signal ' + (r.code - 128)}`; }
  else if (crash) { res.cls = 'crash'; res.detail = crash[1]; }
  else if (r.code === 0 || r.code === 1) {
    res.cls = 'ok';
    if (entry.expect === 'error') res.warn = 'accepted-bad';
  } else if (r.code === 2) {
    const names = [abs, entry.file, path.basename(entry.file)];
    const lines = r.out.split('\n').filter((l) => l.trim()).length;
    if (!names.some((n) => r.out.includes(n))) { res.cls = 'error-no-file'; res.detail = 'exit 2 but the message does not name the file'; }
    else if (lines > opt.maxErrLines) { res.cls = 'noisy-error'; res.detail = `${lines} lines of output`; }
    else {
      res.cls = 'clean-error';
      if (entry.expect === 'ok') res.warn = 'rejected-ok';
      else if (!names.some((n) => new RegExp(n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '(:\\d+|.{0,20}\\bline \\d+)').test(r.out))) res.warn = 'no-line';
    }
  } else { res.cls = 'bad-exit'; res.detail = `exit ${r.code} (expected 0, 1 or 2)`; }
  if (r.stray.length && !res.detail) res.detail = `left files in cwd: ${r.stray.slice(0, 3).join(' ')}`;
  { const ls = r.out.split('\n').filter((l) => l.trim()); res.head = (ls.length > 2 ? [ls[0], ls[ls.length - 1]] : ls).map((l) => l.slice(0, 200)); }
  const failing = ['crash', 'hang', 'oom', 'leak', 'wrote-files', 'error-no-file', 'noisy-error', 'bad-exit'];
  res.pass = !failing.includes(res.cls) && !(opt.strict && (res.warn === 'accepted-bad' || res.warn === 'rejected-ok'));
  return res;
}

// ------------------------------------------------------------------ main loop
const results = [];
let i = 0;
for (const e of entries) {
  i++;
  const r = await runOne(e);
  results.push(r);
  if (process.stderr.isTTY) process.stderr.write(`\r  [${i}/${entries.length}] ${r.cls.padEnd(12)} ${e.file.slice(0, 60).padEnd(60)}`);
}
if (process.stderr.isTTY) process.stderr.write('\r' + ' '.repeat(90) + '\r');
if (opt.report) fs.writeFileSync(opt.report, results.map((r) => JSON.stringify(r)).join('\n') + '\n');

const COLS = ['ok', 'clean-error', 'crash', 'hang', 'oom', 'leak', 'wrote-files', 'error-no-file', 'noisy-error', 'bad-exit'];
const WARNS = ['accepted-bad', 'rejected-ok', 'no-line'];
const cats = [...new Set(results.map((r) => r.category))].sort();
const used = COLS.filter((c) => ['ok', 'clean-error', 'crash', 'hang'].includes(c) || results.some((r) => r.cls === c));
const usedW = WARNS.filter((w) => results.some((r) => r.warn === w));
const w0 = Math.max(8, ...cats.map((c) => c.length));
const header = ['files', ...used, ...usedW.map((w) => `(${w})`), 'fail'];
const widths = header.map((h) => Math.max(7, h.length + 2));
const row = (name, cells) => console.log(name.padEnd(w0) + cells.map((c, j) => String(c).padStart(widths[j])).join(''));
console.log('');
row('category', header);
const tot = (rs) => [rs.length, ...used.map((c) => rs.filter((r) => r.cls === c).length), ...usedW.map((w) => rs.filter((r) => r.warn === w).length), rs.filter((r) => !r.pass).length];
for (const c of cats) row(c, tot(results.filter((r) => r.category === c)).map((n, j) => (j > 0 && n === 0 ? '.' : n)));
row('TOTAL', tot(results));

const fails = results.filter((r) => !r.pass);
if (fails.length) {
  console.log(`\nfailures (${fails.length}):`);
  for (const r of fails.slice(0, 60)) {
    console.log(`  ${r.cls.padEnd(13)} ${r.file}  [${r.category}, exit ${r.signal || r.exit}, ${r.ms} ms, ${r.peakMb} MiB]${r.detail ? '  ' + r.detail : ''}`);
    if (r.cls !== 'hang' && r.cls !== 'oom') for (const l of r.head.slice(0, 2)) console.log(`      | ${l}`);
  }
  if (fails.length > 60) console.log(`  ... and ${fails.length - 60} more${opt.report ? ' (see the --report file)' : ' (use --report FILE for all)'}`);
}
const slow = results.filter((r) => r.pass).sort((a, b) => b.ms - a.ms)[0];
const fat = results.filter((r) => r.pass).sort((a, b) => b.peakMb - a.peakMb)[0];
if (slow) console.log(`\nslowest passing run: ${slow.ms} ms (${slow.file}); largest RSS: ${fat.peakMb} MiB (${fat.file})`);
if (usedW.length) console.log(`warnings (not failures${opt.strict ? '' : '; --strict makes accepted-bad/rejected-ok fail'}): ` + usedW.map((w) => `${w}=${results.filter((r) => r.warn === w).length}`).join(' '));
console.log(`${results.length - fails.length} passed, ${fails.length} failed`);
process.exit(fails.length ? 1 : 0);
NODE_EOF
)" -- "$@"
