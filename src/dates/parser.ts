/**
 * The parser contract (after chrono): a parser is a compiled global pattern
 * and an `extract` that turns one match into candidates, or nothing.
 * Refiners (`refine.ts`) then merge ranges and settle overlaps.
 */
import type { DateCandidate } from './expr.js';
import { matchesOf } from '../matches.js';

export interface DateParser {
  name: string;
  /** Must carry the `g` flag; compiled once at module load. */
  pattern: RegExp;
  /**
   * Words one of which every sentence with a match contains (`年`, the
   * relative-year words): a sentence with none skips the pattern. Absent:
   * the pattern always runs.
   */
  needs?: readonly string[];
  /** `needs` are looked for in the lower-cased view (a pattern matched without case). */
  needsFolded?: boolean;
  extract(match: RegExpExecArray, view: string): DateCandidate | null;
}

/**
 * The `needs` of a list of parsers, compiled: one test per distinct word
 * list (parsers sharing one, the eight month parsers, share its answer on a
 * view), and per code unit the parsers (bits, in list order) one of whose
 * needed words starts with it. A view is read once for the bits of the
 * characters it has; a parser whose bit is not among them needs no test.
 */
interface Needs {
  /** The distinct tests: a word list, and whether it is looked for in the lower-cased view. */
  tests: RegExp[];
  /** Per parser, its test's index in `tests` (-1: it always runs). */
  testOf: Int32Array;
  /** Per test, its answer on the view being read: UNTESTED, or PASSED or FAILED. */
  answers: Uint8Array;
  byFirst: Int32Array;
  /** The bits of the parsers that run on every view (no `needs`, or `needs` looked for in the folded view). */
  always: number;
  /** Some parser looks for its `needs` in the lower-cased view (and runs on every view: the view is lower-cased once). */
  folded: boolean;
}

const UNTESTED = 0;
const PASSED = 1;
const FAILED = 2;

const compiledNeeds = new WeakMap<readonly DateParser[], Needs>();
/** Bits in an Int32Array mask; a longer list has its parsers after the 31st always tested. */
const MASK_BITS = 31;

function needsOf(parsers: readonly DateParser[]): Needs {
  let needs = compiledNeeds.get(parsers);
  if (needs) return needs;
  // one test per word list and view (plain or folded) the parsers look in
  const tests: RegExp[] = [];
  const testAt = new Map<string, number>();
  const testOf = Int32Array.from(parsers, (p) => {
    if (!p.needs) return -1;
    const source = alternation(p.needs);
    const key = `${p.needsFolded === true}:${source}`;
    if (!testAt.has(key)) testAt.set(key, tests.push(new RegExp(source)) - 1);
    return testAt.get(key)!;
  });
  needs = {
    tests, testOf, answers: new Uint8Array(tests.length),
    byFirst: new Int32Array(0x10000), always: 0, folded: parsers.some((p) => p.needsFolded === true),
  };
  parsers.forEach((p, k) => {
    if (k >= MASK_BITS) return;
    if (!p.needs || p.needsFolded || p.needs.includes('')) needs!.always |= 1 << k;
    else for (const w of p.needs) needs!.byFirst[w.charCodeAt(0)]! |= 1 << k;
  });
  compiledNeeds.set(parsers, needs);
  return needs;
}

/** The bits of the parsers a view may have a needed word of. */
function maskOf(needs: Needs, view: string): number {
  let mask = needs.always;
  for (let i = 0; i < view.length; i++) mask |= needs.byFirst[view.charCodeAt(i)]!;
  return mask;
}

export function runParsers(parsers: readonly DateParser[], view: string): DateCandidate[] {
  const found: DateCandidate[] = [];
  const needs = needsOf(parsers);
  const folded = needs.folded ? view.toLowerCase() : view;
  needs.answers.fill(UNTESTED);
  // The parsers whose bit is set, lowest first (list order), then those past the mask's bits.
  for (let bits = maskOf(needs, view); bits !== 0; bits &= bits - 1) runParser(parsers, needs, 31 - Math.clz32(bits & -bits), view, folded, found);
  for (let k = MASK_BITS; k < parsers.length; k++) runParser(parsers, needs, k, view, folded, found);
  return found;
}

/** Parser `k`'s candidates in `view`, pushed onto `found`, unless the view lacks a word it needs. */
function runParser(parsers: readonly DateParser[], needs: Needs, k: number, view: string, folded: string, found: DateCandidate[]): void {
  const parser = parsers[k]!;
  if (!hasNeeded(needs, k, parser.needsFolded ? folded : view)) return;
  const matches = matchesOf(parser.pattern, view);
  for (let j = 0; j < matches.length; j++) {
    const c = parser.extract(matches[j]!, view);
    if (c) found.push(c);
  }
}

/** Whether `text` has a word parser `k` needs: its test's answer on this view, tested once. */
function hasNeeded(needs: Needs, k: number, text: string): boolean {
  const t = needs.testOf[k]!;
  if (t < 0) return true;
  if (needs.answers[t] === UNTESTED) needs.answers[t] = needs.tests[t]!.test(text) ? PASSED : FAILED;
  return needs.answers[t] === PASSED;
}

/** A regex alternation of words, longest first, metacharacters escaped. */
export function alternation(list: Iterable<string>): string {
  return [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
