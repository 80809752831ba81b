import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A CommonJS library loaded on first use rather than at start-up, for libraries that only
 * some files need (YAML, XML, JSON parsers): start-up is most of a warm `--cache` run.
 */
export function lazyRequire<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(id) as T);
}
