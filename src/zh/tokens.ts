/** Looking up a sentence's jieba tokens (`Sentence.tokens`, offsets into its view, in order). */
import type { Token } from '../doc.js';

/** Index of the first token that ends after `offset` (binary search), or the number of tokens. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the token that holds the character at `at`, or -1. */
export function tokenHolding(tokens: readonly Token[], at: number): number {
  const k = tokenAt(tokens, at);
  return k < tokens.length && tokens[k]!.start <= at ? k : -1;
}

/** The index of the token that has the offset `at` strictly inside it (not at its start), or -1. */
export function tokenAround(tokens: readonly Token[], at: number): number {
  const k = at > 0 ? tokenHolding(tokens, at - 1) : -1;
  return k >= 0 && tokens[k]!.end > at ? k : -1;
}
