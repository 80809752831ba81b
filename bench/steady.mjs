#!/usr/bin/env node
// How much of a structural run is the rules' steady-state cost, and how much is V8 warming up.
// Times one pass that only parses every PO file of a corpus (each catalog dropped, as in a real
// run), parses them again and keeps them, then runs all default structural rules in one thread
// over half A of the files (every other file), half B, then A and B again, and prints CPU per
// unit for each round. The first round pays for compiling and for type feedback that is not
// there yet; the last two show what the rules cost once the code is hot. CPU is the whole
// process's (user + system), so V8's compiler and GC threads are counted.
//
//   npm run build && node bench/steady.mjs /tmp/corpus-medium [rules|applies|calls]
//
// The second argument says what runs: the real rules (default); each per-unit rule's appliesTo
// test and an empty check; or an empty check alone, which leaves the engine's own loop (a lower
// bound: one shared empty function is a call V8 can inline, unlike ~85 different checks).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatFor } from '../dist/formats/index.js';
import { checkCatalog } from '../dist/core/engine.js';
import { allChecks } from '../dist/checks/index.js';

const [corpus, mode = 'rules'] = process.argv.slice(2);
if (!corpus || !['rules', 'applies', 'calls'].includes(mode)) {
  process.stderr.write('usage: node bench/steady.mjs CORPUS_DIR [rules|applies|calls]\n');
  process.exit(2);
}
const nothing = () => {};
const files = readdirSync(corpus, { recursive: true })
  .filter((name) => String(name).endsWith('.po'))
  .map((name) => join(corpus, String(name)))
  .sort();
const rules = allChecks
  .filter((check) => !check.id.startsWith('meaning/') && !check.defaultOff)
  // Without the real rules, only those the engine calls unit by unit (not the catalog-only ones).
  .filter((check) => mode === 'rules' || check.check !== undefined)
  .map((check) => ({ check: runnable(check), severity: check.severity, options: {} }));
function runnable(check) {
  if (mode === 'rules') return check;
  const { appliesTo, checkCatalog: _whole, ...rest } = check;
  return { ...rest, check: nothing, ...(mode === 'applies' && appliesTo ? { appliesTo } : {}) };
}
const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const bytes = files.map((file) => readFileSync(file));
const parse = (index) => formatFor(files[index], () => '').parse(bytes[index], { path: files[index], sourceLocale: 'en' });
// Parsing alone, each catalog dropped at once as in a real run (keeping them all makes it mostly GC).
const parseStarted = cpuMs();
for (let index = 0; index < files.length; index++) parse(index);
console.log(`parse: ${files.length} files, ${(cpuMs() - parseStarted).toFixed(0)} ms CPU (files already read, catalogs dropped)`);
const catalogs = files.map((_, index) => parse(index));
const halves = { A: catalogs.filter((_, index) => index % 2 === 0), B: catalogs.filter((_, index) => index % 2 === 1) };
for (const half of ['A', 'B', 'A', 'B']) {
  const started = cpuMs();
  let units = 0;
  let findings = 0;
  for (const catalog of halves[half]) {
    units += catalog.units.length;
    findings += checkCatalog(catalog, rules).length;
  }
  const ms = cpuMs() - started;
  console.log(`half ${half}: ${units} units, ${findings} findings, ${ms.toFixed(0)} ms CPU, ${((1000 * ms) / units).toFixed(1)} µs/unit`);
}
