/**
 * Chinese numbers: finding them in a sentence view and resolving their value.
 * Table-driven (data/zh/numerals.json): Arabic with separators and decimals (３·５
 * included), Chinese numerals with 零/两/万亿, mixed forms (3万4000, 1.83万),
 * abbreviations (一万三 = 13000), ranges (七八十), vague counts (数十), fractions
 * (三分之一) and the inner qualifiers 余/多/几 (十余万, 二十几万).
 *
 * Work is linear: runs are found with one linear regex, tried only where a run can
 * start, and a run longer than MAX_RUN is not a number (a serial, a table of digits, `1111…`).
 */
import type { Qualifier } from '../doc.js';
import { withoutFloatNoise } from '../float-noise.js';
import { codeAt, codeSet } from '../matches.js';
import { foldFullWidth } from '../stages/normalize.js';
import { numeralTable, NUMERAL_RUN, nextRunStart, NEGATIVE_CHARS, FINANCIAL } from './numeral-table.js';
import { AtomKind, lexNumeralRun, type Atom } from './numeral-lexer.js';

export interface NumberMatch {
  /** View offsets, sign included. */
  start: number;
  end: number;
  value: number;
  /** Upper bound of a written range (七八十 → 70..80) or vague count (数十 → 20..90). */
  valueMax: number | null;
  /** Qualifier written inside the number (十余万, 二十几万), or approx for a vague count. */
  qualifier: Qualifier | null;
  /** Multiplier characters ending the number as written: `万` in 5000万, `万亿` in 1.5万亿. */
  multiplierText: string;
  /** Written digit by digit (二〇二四, 一九九八): a year or a code, not an amount. */
  digitString: boolean;
  /** A fraction X分之Y with an explicit denominator. */
  fraction: boolean;
  /** Only Arabic digits (and separators/point). */
  arabicOnly: boolean;
  /** Integer digits of a plain Arabic number (0 otherwise); thousands separators excluded. */
  arabicDigits: number;
  /** A plain Arabic integer written with a leading zero (023, 007): a code. */
  leadingZero: boolean;
  /** The sign written before the number and taken into its value and span (`负`, `-`), else ''. */
  sign: string;
}

const MAX_RUN = 48;
const FRACTION_BEFORE = new RegExp(`(?:${numeralTable.fraction.join('|')})$`);
const MAX_ARABIC_DIGITS = 15;
const BARE_LEADING = new Set(numeralTable.bareLeading);

interface Parsed { next: number; value: number; ranged: boolean; vague: boolean; inner: boolean; fraction: boolean }

/** The kind of `atoms[j]`, or `End` past the end: no out-of-bounds read (optimized code is thrown away at the first one). */
function kindAt(atoms: readonly Atom[], j: number): AtomKind {
  return j < atoms.length ? atoms[j]!.kind : AtomKind.End;
}

/**
 * The value read so far. A last Chinese digit after a unit counts one place
 * below it (一万三 = 13000, 两千四百五 = 2450) unless a 零 stood between.
 * A function of its own, not a closure over `parseAt`'s variables: those would
 * live in a context allocated per call, and be read from it at every step.
 */
function valueSoFar(total: number, section: number, pending: number | null, pendingChinese: boolean, afterZero: boolean, lastUnit: number): number {
  if (pending === null) return total + section;
  return total + section + (pendingChinese && !afterZero && lastUnit >= 10 ? pending * (lastUnit / 10) : pending);
}

/**
 * The unit at `k` starts a number with no digit before it (十五, 十万, 百万).
 * 千亩, 百万, 百分之百 only where a number starts (not in 八百百万, 千千万万), never
 * a denominator (百万分之五). A function of its own: its rare branches, reached
 * late in a run, then throw away only its own optimized code, not `parseAt`'s.
 */
function leadingUnit(atoms: readonly Atom[], k: number): boolean {
  const a = atoms[k]!, next = kindAt(atoms, k + 1);
  if (a.value === 10 || next === AtomKind.Digit) return true;
  const starts = k === 0 || atoms[k - 1]!.kind === AtomKind.Fraction;
  return starts && BARE_LEADING.has(a.text) && (next === AtomKind.End || (next === AtomKind.Big && kindAt(atoms, k + 2) !== AtomKind.Fraction));
}

/**
 * Value of atoms[i..] read greedily; `pick` chooses the low (0) or high (1) end of ranges.
 * A `switch` on the atom's kind (a jump table, see `AtomKind`), left by `break atoms`.
 */
function parseAt(atoms: Atom[], i: number, pick: 0 | 1): Parsed | null {
  let total = 0, section = 0, highestBig = 0;
  let pending: number | null = null;
  let pendingChinese = false;
  let lastSmall = Infinity;
  let lastUnit = 0; // the small or big unit right before `pending`, for 一万三 / 两千四百五
  let afterZero = false, ranged = false, vague = false, inner = false, decimalsDone = false;
  let k = i, lastGood = -1, lastGoodValue = 0;

  atoms: for (; k < atoms.length; k++) {
    const a = atoms[k]!;
    switch (a.kind) {
      case AtomKind.Arabic: case AtomKind.Digit: case AtomKind.Range: case AtomKind.Vague:
        if (pending !== null || decimalsDone) break atoms;
        if (a.kind === AtomKind.Arabic && k > i && lastUnit === 0) break atoms;
        if (a.kind === AtomKind.Digit && a.value === 0) {
          if (k === i) { pending = 0; pendingChinese = false; lastGood = k; lastGoodValue = total + section; continue; }
          afterZero = true;
          continue;
        }
        if (a.kind === AtomKind.Vague && kindAt(atoms, k + 1) !== AtomKind.Small && kindAt(atoms, k + 1) !== AtomKind.Big) break atoms;
        pending = pick ? a.hi : a.lo;
        pendingChinese = a.kind !== AtomKind.Arabic || (Number.isInteger(a.value) && a.value < 10);
        ranged ||= a.kind === AtomKind.Range;
        vague ||= a.kind === AtomKind.Vague;
        if (a.kind !== AtomKind.Vague) { lastGood = k; lastGoodValue = valueSoFar(total, section, pending, pendingChinese, afterZero, lastUnit); }
        break;
      case AtomKind.Small: {
        if (decimalsDone || a.value >= lastSmall) break atoms;
        let d = pending;
        if (d === null) {
          if ((k === i && leadingUnit(atoms, k)) || (afterZero && a.value === 10)) d = 1;
          else break atoms;
        }
        section += d * a.value;
        pending = null; lastSmall = a.value; lastUnit = a.value; afterZero = false;
        lastGood = k; lastGoodValue = total + section;
        break;
      }
      case AtomKind.Big:
        if (pending !== null) { section += pending; pending = null; }
        if (section === 0) break atoms;
        if (a.value > highestBig) { total = (total + section) * a.value; highestBig = a.value; }
        else total += section * a.value;
        section = 0; lastSmall = Infinity; lastUnit = a.value; afterZero = false;
        lastGood = k; lastGoodValue = total;
        break;
      case AtomKind.Point: {
        if (decimalsDone || kindAt(atoms, k + 1) !== AtomKind.Decimals) break atoms;
        if (kindAt(atoms, k + 2) === AtomKind.Small) break atoms; // 十点三十分 is a clock time
        const base: number = valueSoFar(total, section, pending, pendingChinese, afterZero, lastUnit) + atoms[k + 1]!.value;
        if (highestBig === 0) {
          // 三点五万, 十点五亿: the decimal number may still take a big multiplier.
          pending = base; pendingChinese = false; section = 0; lastSmall = 0; lastUnit = 0;
        } else {
          total = base; section = 0; pending = null; decimalsDone = true;
        }
        k++;
        lastGood = k; lastGoodValue = base;
        break;
      }
      case AtomKind.Inner:
        if (kindAt(atoms, k + 1) !== AtomKind.Big && !(k > i && atoms[k - 1]!.kind === AtomKind.Small)) break atoms;
        inner = true;
        break;
      case AtomKind.Fraction: {
        const den = valueSoFar(total, section, pending, pendingChinese, afterZero, lastUnit);
        const num = den > 0 ? parseAt(atoms, k + 1, pick) : null;
        if (!num) break atoms;
        return { next: num.next, value: num.value / den, ranged: ranged || num.ranged, vague, inner, fraction: true };
      }
      default:
        break atoms;
    }
  }
  if (lastGood < i) return null;
  return { next: lastGood + 1, value: lastGoodValue, ranged, vague, inner, fraction: false };
}

function multiplierTextOf(atoms: Atom[], from: number, to: number): string {
  let j = to;
  while (j > from && atoms[j - 1]!.kind === AtomKind.Big) j--;
  if (j === to) return '';
  if (j - 2 >= from && atoms[j - 1]!.kind === AtomKind.Small && atoms[j - 2]!.kind === AtomKind.Arabic) j--;
  let text = '';
  for (let k = j; k < to; k++) text += atoms[k]!.text;
  return text;
}

const NEGATIVE = codeSet(NEGATIVE_CHARS);
const SIGN_BEFORE = /[为是长降至到达率比值:：(（,，、]/;
/** A dash before a dash is a long dash (`——－`), no minus. */
const DASHES = /[-—–―−─]/;
const WORDISH = /[\p{L}\p{N}]/u;
/** Characters that end a quantity (20%, 3℃): a dash after them joins a range (20%-28%), it is no sign. */
const QUANTITY_END = /[%‰°℃²³]/;

/**
 * 负三十二, -10000, 增长 -5% (not 1-2月, 20%-28%, 1万元 - 2万元, 东风-41). A
 * minus mark is glued to Arabic digits (`——－一个` is a dash before a word).
 */
function signStart(view: string, start: number): number {
  const c = codeAt(view, start - 1);
  if (NEGATIVE.has(c)) return start - 1;
  if ((c === 0x2d || c === 0x2212) && isDigit(codeAt(view, start))) { // - −
    const b = /\S?(?=[ \t]*$)/u.exec(view.slice(Math.max(0, start - 8), start - 1))?.[0] ?? '';
    if (b === '' || SIGN_BEFORE.test(b) || !(WORDISH.test(b) || QUANTITY_END.test(b) || DASHES.test(b))) return start - 1;
  }
  return start;
}

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

function toMatch(view: string, atoms: Atom[], from: number, low: Parsed, high: Parsed | null): NumberMatch | null {
  const first = atoms[from]!, last = atoms[low.next - 1]!;
  const text = view.slice(first.start, last.end);
  if (text.length === 1 && FINANCIAL.has(text) && !FRACTION_BEFORE.test(view.slice(Math.max(0, first.start - 4), first.start))) return null; // 收拾, 陆地, 队伍
  const only = low.next - from === 1 ? first : null;
  const start = signStart(view, first.start);
  const sign = start < first.start ? -1 : 1;
  // A ranged denominator reverses the ends (数十分之一 = 1/90 … 1/20), and so does a sign.
  const a = sign * withoutFloatNoise(low.value);
  const b = sign * withoutFloatNoise(high?.value ?? low.value);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  const lo = b < a ? b : a, hi = b < a ? a : b; // not `[lo, hi] = …`: array destructuring steps an iterator until the code is optimized
  return {
    start, end: last.end,
    value: lo,
    valueMax: hi !== lo ? hi : null,
    qualifier: low.vague ? 'approx' : low.inner ? 'over' : null,
    multiplierText: multiplierTextOf(atoms, from, low.next),
    digitString: only?.kind === AtomKind.DigitString,
    fraction: low.fraction,
    arabicOnly: only?.kind === AtomKind.Arabic,
    arabicDigits: only?.kind === AtomKind.Arabic ? only.intDigits : 0,
    leadingZero: only?.kind === AtomKind.Arabic && only.intDigits > 1 && text.startsWith('0'),
    sign: view.slice(start, first.start),
  };
}

/** Every number in a sentence view, left to right, non-overlapping. */
export function findChineseNumbers(view: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  const runs = numeralRuns(view);
  for (let r = 0; r < runs.length; r++) {
    const start = runs[r]![0], end = runs[r]![1]; // not destructured: array destructuring steps an iterator until the code is optimized
    if (end - start > MAX_RUN) continue;
    const atoms = lexNumeralRun(view.slice(start, end), start);
    let i = 0;
    while (i < atoms.length) {
      const a = atoms[i]!;
      if (a.kind === AtomKind.DigitString || (a.kind === AtomKind.Arabic && a.intDigits > MAX_ARABIC_DIGITS)) {
        if (a.kind === AtomKind.DigitString) out.push(digitStringMatch(a));
        i++;
        continue;
      }
      const low = parseAt(atoms, i, 0);
      if (!low) { i++; continue; }
      const high = low.ranged || low.vague ? parseAt(atoms, i, 1) : null;
      const m = toMatch(view, atoms, i, low, high && high.next === low.next ? high : null);
      if (m) out.push(m);
      i = low.next;
    }
  }
  return out;
}

/** The numeral runs of a view, left to right (what `view.matchAll` of the run regex would find), as [start, end) pairs. */
export function numeralRuns(view: string): [start: number, end: number][] {
  const runs: [number, number][] = [];
  for (let i = nextRunStart(view, 0); i >= 0; i = nextRunStart(view, i)) {
    NUMERAL_RUN.lastIndex = i;
    if (NUMERAL_RUN.test(view)) {
      runs.push([i, NUMERAL_RUN.lastIndex]);
      i = NUMERAL_RUN.lastIndex;
    } else {
      i++;
    }
  }
  return runs;
}

/** A number written digit by digit (`a.kind === AtomKind.DigitString`). */
function digitStringMatch(a: Atom): NumberMatch {
  return {
    start: a.start, end: a.end, value: a.value, valueMax: null, qualifier: null, multiplierText: '',
    digitString: true, fraction: false, arabicOnly: false, arabicDigits: 0, leadingZero: false, sign: '',
  };
}

/** The value of a whole numeral string (两千零二十四 → 2024, 1.5万亿, 六点一), or null when it is not one number. */
export function parseChineseNumber(text: string): number | null {
  const found = findChineseNumbers(foldFullWidth(text));
  const m = found[0];
  return found.length === 1 && m && m.start === 0 && m.end === text.length ? m.value : null;
}
