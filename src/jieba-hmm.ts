/**
 * cppjieba's HMM for unknown words (data/zh/jieba-hmm-model.utf8, its
 * hmm_model.utf8 copied as is, MIT): states B(egin), E(nd), M(iddle),
 * S(ingle) of a word, Viterbi as cppjieba's HMMSegment runs it. A character
 * the model has no emission for (punctuation, rare characters) scores the
 * floor -3.14e100, which absorbs every other term: from it on, cppjieba's
 * strict comparisons keep their defaults, so it and all after it stay single
 * and the word before it must end there. node-rs-jieba's own HMM gives such
 * characters no run at all, so this one stands in (see rust-jieba.ts).
 */
import { readDataFile } from './data-file.js';

const MODEL = 'zh/jieba-hmm-model.utf8';
const E = 1;
const S = 3;
const STATES = 4;
/** cppjieba's MIN_DOUBLE: the score of an impossible transition or an unknown emission. */
const FLOOR = -3.14e100;

interface Model {
  start: number[];
  trans: number[][];
  /** Per character, its emission score in each state (FLOOR where the model has none). */
  emit: Map<string, Float64Array>;
}

let model: Model | undefined;

function loadModel(): Model {
  const lines = readDataFile(MODEL).split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const numbers = (l: string) => l.trim().split(/\s+/).map(Number);
  const emit = new Map<string, Float64Array>();
  lines.slice(5, 9).forEach((line, state) => {
    for (const pair of line.split(',')) {
      const colon = pair.lastIndexOf(':');
      const ch = pair.slice(0, colon);
      let scores = emit.get(ch);
      if (!scores) emit.set(ch, (scores = new Float64Array(STATES).fill(FLOOR)));
      scores[state] = Number(pair.slice(colon + 1));
    }
  });
  return { start: numbers(lines[0]!), trans: lines.slice(1, 5).map(numbers), emit };
}

/** The words cppjieba's HMM cuts a run of non-ASCII characters into. */
export function hmmCut(run: string): string[] {
  const m = (model ??= loadModel());
  const chars = [...run];
  const n = chars.length;
  const weight = new Float64Array(n * STATES);
  const path = new Int8Array(n * STATES);
  const unknown = new Float64Array(STATES).fill(FLOOR);
  const emits = chars.map((c) => m.emit.get(c) ?? unknown);
  for (let y = 0; y < STATES; y++) {
    weight[y * n] = m.start[y]! + emits[0]![y]!;
    path[y * n] = -1;
  }
  for (let x = 1; x < n; x++) {
    for (let y = 0; y < STATES; y++) {
      const now = x + y * n;
      const em = emits[x]![y]!;
      weight[now] = FLOOR;
      path[now] = E;
      for (let pre = 0; pre < STATES; pre++) {
        const score = weight[x - 1 + pre * n]! + m.trans[pre]![y]! + em;
        if (score > weight[now]!) {
          weight[now] = score;
          path[now] = pre;
        }
      }
    }
  }
  let state = weight[n - 1 + E * n]! >= weight[n - 1 + S * n]! ? E : S;
  const status = new Array<number>(n);
  for (let x = n - 1; x >= 0; x--) {
    status[x] = state;
    state = path[x + state * n]!;
  }
  const words: string[] = [];
  let from = 0;
  for (let x = 0; x < n; x++) {
    if (status[x] === E || status[x] === S) {
      words.push(chars.slice(from, x + 1).join(''));
      from = x + 1;
    }
  }
  return words;
}
