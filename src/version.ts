import { readFileSync } from 'node:fs';
import { PACKAGE_ROOT } from './package-root.js';

/** The package version, read once from package.json next to dist/. */
export const version: string = (JSON.parse(readFileSync(new URL('package.json', PACKAGE_ROOT), 'utf8')) as { version: string }).version;

let stamp: string | undefined;

/**
 * The version plus the build's identity (dist/build-id, written by scripts/bundle.mjs): caches
 * are keyed by it, so results of an earlier build with the same version are not reused. Just the
 * version when the file is absent.
 */
export function buildStamp(): string {
  if (stamp === undefined) {
    // Read on first use: only --cache needs it, so other runs do not pay for the read at start-up.
    try {
      stamp = `${version}+${readFileSync(new URL('dist/build-id', PACKAGE_ROOT), 'utf8').trim()}`;
    } catch {
      stamp = version;
    }
  }
  return stamp;
}
