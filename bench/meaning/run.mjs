#!/usr/bin/env node
// npm run bench:meaning — checks the labelled dev set with translint and prints the scorer's tables.
// Extra arguments go to the scorer (e.g. --list-misses near-miss, --json).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const report = join(mkdtempSync(join(tmpdir(), 'translint-meaning-')), 'report.json');
const started = process.hrtime.bigint();
const check = spawnSync(process.execPath, [join(root, 'bin/translint.js'), 'check', 'bench/meaning/dev', '--format', 'json', '--output', report], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
if (check.status !== 0 && check.status !== 1) process.exit(check.status ?? 2);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(`translint check bench/meaning/dev: ${seconds.toFixed(2)} s\n\n`);
const score = spawnSync(process.execPath, [join(root, 'bench/meaning/score.mjs'), report, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(score.status ?? 0);
