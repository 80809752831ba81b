// Bundles the compiled CLI and its worker thread into one file each (dist/translint.js,
// dist/worker.js): Node 20 then reads and compiles two files at start-up instead of ~250
// modules, which is most of a warm --cache run. The library entry (dist/index.js) and the
// tests use the unbundled modules; npm packages stay external imports.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning', legalComments: 'none' };
await Promise.all([
  build({ ...common, entryPoints: ['dist/cli/main.js'], outfile: 'dist/translint.js' }),
  // pool.ts starts workers from new URL('./worker.js', import.meta.url): in the bundle that is dist/worker.js.
  build({ ...common, entryPoints: ['dist/run/worker.js'], outfile: 'dist/worker.js' }),
]);

// The build's identity, for --cache: a development build keeps the version of package.json, and
// its cache must not be reused by the next build (src/version.ts).
const hash = createHash('sha256');
for (const file of ['dist/translint.js', 'dist/worker.js']) hash.update(readFileSync(file));
writeFileSync('dist/build-id', `${hash.digest('hex').slice(0, 16)}\n`);
