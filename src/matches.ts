/**
 * The matches of a global pattern in `text`, as `text.matchAll(pattern)` gives
 * them, by an exec loop on the pattern itself (`matchAll` copies the pattern on
 * every call, which costs more than a short view's matching). The pattern's
 * `lastIndex` is its own: it starts from 0 and is left at 0.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: /${pattern.source}/${pattern.flags}`);
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode);
    out.push(m);
  }
  return out;
}

/** The index after an empty match, as `matchAll` steps: one code unit, or one code point for a `u` pattern. */
function advance(text: string, index: number, unicode: boolean): number {
  return unicode ? codePointEnd(text, index) : index + 1;
}

/** The index after the code point at `index`: past both halves of a surrogate pair, else one code unit on. */
export function codePointEnd(text: string, index: number): number {
  if (index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  const second = text.charCodeAt(index + 1);
  return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}

/**
 * A list of words indexed by the code unit each starts with and the one each
 * ends with: `startsWithAny` and `endsWithAny` try only the words that can
 * stand at the position (they run for every candidate, on lists of dozens).
 */
export interface Words {
  readonly byFirst: ReadonlyMap<number, readonly string[]>;
  readonly byLast: ReadonlyMap<number, readonly string[]>;
}

export function wordsOf(list: Iterable<string>): Words {
  const byFirst = new Map<number, string[]>();
  const byLast = new Map<number, string[]>();
  const add = (m: Map<number, string[]>, code: number, w: string) => { const l = m.get(code); if (l) l.push(w); else m.set(code, [w]); };
  for (const w of list) {
    if (w === '') throw new Error('an empty word is at every position');
    add(byFirst, w.charCodeAt(0), w);
    add(byLast, w.charCodeAt(w.length - 1), w);
  }
  return { byFirst, byLast };
}

/**
 * The code unit at `i`, or -1 outside the text: `charCodeAt` gives NaN there,
 * and the optimized code of a caller that had never read outside the text is
 * thrown away the first time it does (the start and end of a view).
 */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

/** The UTF-16 code units of `chars`, to test the character at a position with `codeAt` (no one-character string made). */
export function codeSet(chars: Iterable<string>): ReadonlySet<number> {
  return new Set(Array.from(chars, (c) => c.charCodeAt(0)));
}

/**
 * True when one of `words` ends exactly at `index` in `text`. This and `wordAt`
 * loop by index, not `for…of`: they run at most positions of every sentence,
 * in every stage, also before the engine optimizes them, and unoptimized code
 * makes an iterator result object per word.
 */
export function endsWithAny(text: string, index: number, words: Words): boolean {
  const list = index > 0 ? words.byLast.get(text.charCodeAt(index - 1)) : undefined;
  if (list === undefined) return false;
  for (let k = 0; k < list.length; k++) {
    const w = list[k]!;
    if (index >= w.length && text.startsWith(w, index - w.length)) return true;
  }
  return false;
}

/** The first of `words` (in list order) that starts exactly at `index` in `text`, if any. */
export function wordAt(text: string, index: number, words: Words): string | undefined {
  const list = words.byFirst.get(codeAt(text, index));
  if (list === undefined) return undefined;
  for (let k = 0; k < list.length; k++) if (text.startsWith(list[k]!, index)) return list[k];
  return undefined;
}

/** True when one of `words` starts exactly at `index` in `text`. */
export function startsWithAny(text: string, index: number, words: Words): boolean {
  return wordAt(text, index, words) !== undefined;
}

/** The keys of `lowerCodeAt` for the code units outside ASCII and CJK met so far (full-width punctuation, quotes, letters). */
const lowerCodes = new Map<number, number>();

/**
 * The code unit of `text[i].toLowerCase()`, the key of indexes by first or
 * last character (a number: no one-character string is made and hashed per
 * lookup), without the engine's case conversion for ASCII and CJK (U+3000–9FFF
 * has no case), which is most of what stands around a number, and once for
 * any other code unit. A character whose lower case is longer (İ) has a key of
 * its own, below zero.
 */
export function lowerCodeAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code < 0x80 || (code >= 0x3000 && code <= 0x9fff)) return code;
  let key = lowerCodes.get(code);
  if (key === undefined) {
    const lower = String.fromCharCode(code).toLowerCase();
    lowerCodes.set(code, key = lower.length === 1 ? lower.charCodeAt(0) : -code);
  }
  return key;
}

/** A pattern that is only an alternation of literal words, anchored at the end: `(?:企业|行业|基金公司)$`. */
const LITERAL_ENDS = /^\(\?:((?:[^\\()[\]{}|.*+?^$]+\|)*[^\\()[\]{}|.*+?^$]+)\)\$$/;
const literalEndsOf = new WeakMap<RegExp, ReadonlySet<number> | null>();

/**
 * The code units a text must end with for `pattern` to match it, when the
 * pattern is an end-anchored alternation of literal words (each word's last);
 * null for any other pattern (it may end anywhere). A cheap test to run
 * before the pattern on every token.
 */
export function literalEnds(pattern: RegExp): ReadonlySet<number> | null {
  let ends = literalEndsOf.get(pattern);
  if (ends === undefined) {
    const words = pattern.flags.includes('i') ? null : LITERAL_ENDS.exec(pattern.source)?.[1]?.split('|');
    literalEndsOf.set(pattern, ends = words ? new Set(words.map((w) => w.charCodeAt(w.length - 1))) : null);
  }
  return ends;
}
