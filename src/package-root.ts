import { existsSync } from 'node:fs';

/**
 * The package's own directory (the one holding package.json and lexicon/), found upwards from
 * this module: the same answer from dist/package-root.js and from the bundle dist/translint.js.
 */
export const PACKAGE_ROOT: URL = findPackageRoot(new URL('.', import.meta.url));

function findPackageRoot(start: URL): URL {
  let directory = start;
  for (let level = 0; level < 4; level++) {
    if (existsSync(new URL('package.json', directory))) return directory;
    directory = new URL('..', directory);
  }
  throw new Error(`translint: no package.json above ${start.pathname}`);
}
