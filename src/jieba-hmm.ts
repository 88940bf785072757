/**
 * cppjieba's HMM for unknown words (nodejieba's hmm_model.utf8, MIT, kept as
 * data/zh/jieba-hmm.json and the emission scores as 64-bit floats in
 * data/zh/jieba-hmm-emit.bin, read without parsing): states B(egin), E(nd),
 * M(iddle), S(ingle) of a word, Viterbi as cppjieba's HMMSegment runs it.
 * A character the model has no emission for (punctuation, rare characters)
 * scores the floor -3.14e100, which absorbs every other term: from it on,
 * cppjieba's strict comparisons keep their defaults, so it and all after it
 * stay single and the word before it must end there. node-rs-jieba's own HMM
 * gives such characters no run at all, so this one stands in (rust-jieba.ts).
 */
import { readFileSync } from 'node:fs';
import { DataFileError, dataFileUrl, parseDataJson } from './data-dir.js';

export const HMM_MODEL = 'zh/jieba-hmm.json';
export const HMM_EMIT = 'zh/jieba-hmm-emit.bin';
const E = 1;
const S = 3;
const STATES = 4;
/** cppjieba's MIN_DOUBLE: the score of an impossible transition or an unknown emission. */
const FLOOR = -3.14e100;

export interface HmmModel {
  start: number[];
  trans: number[][];
  /** The characters with emission scores (BMP only), in the order of `emit`. */
  chars: string;
  /** Four scores per character (B, E, M, S), FLOOR where the model has none. */
  emit: Float64Array;
}

/** cppjieba's hmm_model.utf8 text as an HmmModel. */
export function parseHmmModel(text: string): HmmModel {
  const lines = text.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const numbers = (l: string) => l.trim().split(/\s+/).map(Number);
  const scores = new Map<string, number[]>();
  lines.slice(5, 9).forEach((line, state) => {
    for (const pair of line.split(',')) {
      const colon = pair.lastIndexOf(':');
      const ch = pair.slice(0, colon);
      if (ch.length !== 1) throw new Error(`hmm model: "${ch}" is not one BMP character`);
      let row = scores.get(ch);
      if (!row) scores.set(ch, (row = new Array<number>(STATES).fill(FLOOR)));
      row[state] = Number(pair.slice(colon + 1));
    }
  });
  return { start: numbers(lines[0]!), trans: lines.slice(1, 5).map(numbers), chars: [...scores.keys()].join(''), emit: Float64Array.from([...scores.values()].flat()) };
}

interface LoadedModel extends HmmModel {
  /** Per UTF-16 code unit, its row in `emit`, or -1. */
  row: Int32Array;
  /** `trans` flattened: the score of going from state `pre` to `y` at `pre * STATES + y`. */
  flatTrans: Float64Array;
}

let model: LoadedModel | undefined;

const isScores = (row: unknown): row is number[] => Array.isArray(row) && row.length === STATES && row.every((x) => typeof x === 'number');

/** HMM_MODEL, checked without zod: the segmentation thread (segment-worker.ts) starts without it. */
function modelJson(): Pick<HmmModel, 'start' | 'trans' | 'chars'> {
  const { start, trans, chars } = (parseDataJson(HMM_MODEL) ?? {}) as Record<string, unknown>;
  if (!isScores(start) || !Array.isArray(trans) || trans.length !== STATES || !trans.every(isScores) || typeof chars !== 'string') {
    throw new DataFileError(`data/${HMM_MODEL}`, 'key (top level)', `expected start (${STATES} numbers), trans (${STATES} rows of ${STATES}) and chars (a string)`);
  }
  return { start, trans, chars };
}

function loadModel(): LoadedModel {
  const json = modelJson();
  const bytes = readFileSync(dataFileUrl(HMM_EMIT));
  const emit = new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  if (emit.length !== json.chars.length * STATES) throw new Error(`data/${HMM_EMIT}: ${emit.length} scores for ${json.chars.length} characters`);
  const row = new Int32Array(0x10000).fill(-1);
  for (let k = 0; k < json.chars.length; k++) row[json.chars.charCodeAt(k)] = k;
  return { ...json, emit, row, flatTrans: Float64Array.from(json.trans.flat()) };
}

/**
 * The Viterbi tables, grown as needed and kept from run to run (a run is cut
 * every few words): scores and back-pointers at `x * STATES + y`, and per
 * character its first index in `emit` (-1: no emission).
 */
let weight = new Float64Array(64 * STATES);
let path = new Int8Array(64 * STATES);
let rows = new Int32Array(64);

function ensureCapacity(n: number): void {
  if (rows.length >= n) return;
  weight = new Float64Array(2 * n * STATES);
  path = new Int8Array(2 * n * STATES);
  rows = new Int32Array(2 * n);
}

/**
 * Pushes onto `out` the words cppjieba's HMM cuts `chars[from, to)` into
 * (a run of non-ASCII characters, one code point each).
 */
export function hmmCut(chars: readonly string[], from: number, to: number, out: string[]): void {
  const m = (model ??= loadModel());
  const { emit, flatTrans, row } = m;
  const n = to - from;
  ensureCapacity(n);
  for (let x = 0; x < n; x++) {
    const c = chars[from + x]!;
    rows[x] = c.length === 1 ? row[c.charCodeAt(0)]! * STATES : -1;
  }
  for (let y = 0; y < STATES; y++) {
    weight[y] = m.start[y]! + (rows[0]! < 0 ? FLOOR : emit[rows[0]! + y]!);
    path[y] = -1;
  }
  for (let x = 1; x < n; x++) {
    const r = rows[x]!;
    const prev = (x - 1) * STATES;
    for (let y = 0; y < STATES; y++) {
      const now = x * STATES + y;
      const em = r < 0 ? FLOOR : emit[r + y]!;
      let best = FLOOR;
      let bestPre = E;
      for (let pre = 0; pre < STATES; pre++) {
        const score = weight[prev + pre]! + flatTrans[pre * STATES + y]! + em;
        if (score > best) {
          best = score;
          bestPre = pre;
        }
      }
      weight[now] = best;
      path[now] = bestPre;
    }
  }
  // The best states, back from the last character, written over `rows` (read no more)
  const last = (n - 1) * STATES;
  let state = weight[last + E]! >= weight[last + S]! ? E : S;
  for (let x = n - 1; x >= 0; x--) {
    const pre = path[x * STATES + state]!;
    rows[x] = state;
    state = pre;
  }
  let word = '';
  for (let x = 0; x < n; x++) {
    word += chars[from + x]!;
    if (rows[x] === E || rows[x] === S) {
      out.push(word);
      word = '';
    }
  }
}
