/**
 * The parser contract (after chrono): a parser is a compiled global pattern
 * and an `extract` that turns one match into candidates, or nothing.
 * Refiners (`refine.ts`) then merge ranges and settle overlaps.
 */
import type { DateCandidate } from './expr.js';

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

/** Each parser's `needs` as one compiled test: one scan of the text, not one per word. */
const needsTests = new WeakMap<DateParser, RegExp>();

function hasNeeded(parser: DateParser, text: string): boolean {
  let test = needsTests.get(parser);
  if (!test) needsTests.set(parser, test = new RegExp(alternation(parser.needs!)));
  return test.test(text);
}

export function runParsers(parsers: readonly DateParser[], view: string): DateCandidate[] {
  const found: DateCandidate[] = [];
  let folded: string | undefined;
  for (const parser of parsers) {
    const text = parser.needsFolded ? (folded ??= view.toLowerCase()) : view;
    if (parser.needs && !hasNeeded(parser, text)) continue;
    // An exec loop on the pattern itself: `matchAll` would copy the pattern for every view.
    const pattern = parser.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(view); m; m = pattern.exec(view)) {
      if (m[0] === '') pattern.lastIndex = advance(view, pattern.lastIndex, pattern.unicode);
      const c = parser.extract(m, view);
      if (c) found.push(c);
    }
  }
  return found;
}

/** The index after an empty match, as `matchAll` steps: one code unit, or one code point for a `u` pattern. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  const second = text.charCodeAt(index + 1);
  return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}

/** A regex alternation of words, longest first, metacharacters escaped. */
export function alternation(list: Iterable<string>): string {
  return [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** True when one of `words` ends exactly at `index` in `text`. */
export function endsWithAny(text: string, index: number, words: readonly string[]): boolean {
  return words.some((w) => index >= w.length && text.startsWith(w, index - w.length));
}

/** True when one of `words` starts exactly at `index` in `text`. */
export function startsWithAny(text: string, index: number, words: readonly string[]): boolean {
  return words.some((w) => text.startsWith(w, index));
}
