/** Looking up a sentence's jieba tokens (`Sentence.tokens`, offsets into its view). */
import type { Token } from '../doc.js';

/** The index of the token that holds the character at `at`, or -1 (tokens sorted by start, binary search). */
export function tokenHolding(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (t.end <= at) lo = mid + 1;
    else if (t.start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** The index of the token that has the offset `at` strictly inside it (not at its start), or -1. */
export function tokenAround(tokens: readonly Token[], at: number): number {
  const k = at > 0 ? tokenHolding(tokens, at - 1) : -1;
  return k >= 0 && tokens[k]!.end > at ? k : -1;
}
