import { TranslintError } from '../core/errors.js';

/** One share of a sharded run: `index` of `count`, 1-based as CI matrices number jobs. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `K/N` (e.g. `2/4`), as `--shard` takes it. */
export function parseShard(text: string): Shard {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new TranslintError(`--shard: "${text}" is not K/N with 1 <= K <= N (example: --shard 2/4)`);
  return { index, count };
}

/**
 * Whether a file belongs to `shard`: a stable hash (FNV-1a) of its path as shown in reports, so
 * every CI job splits the same file list the same way, whatever the machine or the walk order.
 */
export function inShard(displayPath: string, shard: Shard): boolean {
  return fnv1a(displayPath) % shard.count === shard.index - 1;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
