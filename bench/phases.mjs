#!/usr/bin/env node
// Where a translint run's time goes: Node's own start-up, loading translint (the bundle bin/translint.js runs), and the
// run itself, each as wall time and CPU time (user + system, all threads of the process).
//
//   node bench/phases.mjs check CORPUS --format json -o report.json -q --cache
//
// Prints one line on stderr after translint's own output; the exit code is translint's.
const startedAt = performance.now(); // Node's start-up: time from process start to here
const before = process.cpuUsage();
const { main } = await import('../dist/translint.js');
const loaded = performance.now();
const loading = process.cpuUsage(before);
const exitCode = await main(process.argv.slice(2));
const running = process.cpuUsage(before);
const ms = (usage) => Math.round((usage.user + usage.system) / 1000);
process.stderr.write(
  `phases: node start-up ${Math.round(startedAt)} ms wall; module loading ${Math.round(loaded - startedAt)} ms wall, ${ms(loading)} ms CPU; ` +
    `run ${Math.round(performance.now() - loaded)} ms wall, ${ms(running) - ms(loading)} ms CPU\n`,
);
process.exitCode = exitCode;
