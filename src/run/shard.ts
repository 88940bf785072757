/**
 * `--shard K/N`: a deterministic split of the inputs by a hash of the issue
 * id, so N batch jobs on N machines (an indexed Kubernetes Job, a cloud batch
 * array, GNU parallel) each take a disjoint part and together cover all.
 */
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based: shard 1/3, 2/3, 3/3. */
  index: number;
  count: number;
}

/** `K/N` with 1 ≤ K ≤ N, or null. */
export function parseShard(text: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  if (!m) return null;
  const [index, count] = [Number(m[1]), Number(m[2])];
  return index >= 1 && index <= count ? { index, count } : null;
}

/** The shard (1-based) an issue id falls in: the first 48 bits of its SHA-256, modulo N. */
export function shardOf(issueId: string, count: number): number {
  const hash = createHash('sha256').update(issueId, 'utf8').digest();
  return (hash.readUIntBE(0, 6) % count) + 1;
}

export const inShard = (issueId: string, shard: Shard): boolean => shardOf(issueId, shard.count) === shard.index;

/** The file name of a shard's run record: `run.shard-2-of-3.json`. */
export const shardManifest = (shard: Shard): string => `run.shard-${shard.index}-of-${shard.count}.json`;
