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

/** The `needs` of each parser of a list as one compiled test (null: it always runs), one scan of the text each, not one per word. */
const needsTests = new WeakMap<readonly DateParser[], (RegExp | null)[]>();

function needsOf(parsers: readonly DateParser[]): (RegExp | null)[] {
  let tests = needsTests.get(parsers);
  if (!tests) needsTests.set(parsers, tests = parsers.map((p) => (p.needs ? new RegExp(alternation(p.needs)) : null)));
  return tests;
}

export function runParsers(parsers: readonly DateParser[], view: string): DateCandidate[] {
  const found: DateCandidate[] = [];
  const needs = needsOf(parsers);
  let folded: string | undefined;
  parsers.forEach((parser, k) => {
    const text = parser.needsFolded ? (folded ??= view.toLowerCase()) : view;
    if (needs[k] && !needs[k]!.test(text)) return;
    for (const m of matchesOf(parser.pattern, view)) {
      const c = parser.extract(m, view);
      if (c) found.push(c);
    }
  });
  return found;
}

/** A regex alternation of words, longest first, metacharacters escaped. */
export function alternation(list: Iterable<string>): string {
  return [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
