/**
 * Splits a run of numeral material (found by NUMERAL_RUN) into atoms for the
 * number parser: Arabic numbers, Chinese digits, digit ranges (七八), digit
 * strings (二〇二四), units 十百千, multipliers 万亿兆, decimal points, vague
 * prefixes (数, 几), inner qualifiers (余, 多, trailing 几) and fraction marks (分之).
 */
import { codeAt, codeSet } from '../matches.js';
import { INNER, numeralTable } from './numeral-table.js';

/**
 * The kinds of atom, as numbers: a `const enum` is compiled to number literals,
 * and the parser's `switch` on them to a jump table, which needs no type
 * feedback (a kind first met late in a run throws no optimized code away).
 * `End` is no atom's: the kind past the last atom.
 */
export const enum AtomKind { Arabic, Digit, Range, DigitString, Decimals, Small, Big, Point, Vague, Inner, Fraction, Separator, End }

/**
 * One atom. Every kind has every field (0 where it does not apply: `intDigits`
 * for an Arabic number), so that all atoms share one shape and the parser's
 * reads of them stay monomorphic. `lo` and `hi` are the ends of what a number
 * atom stands for: a digit's or Arabic number's value twice, a range's ends
 * (七八: 7, 8), a vague prefix's (数: the table's `vagueRange`).
 */
export interface Atom {
  kind: AtomKind;
  start: number;
  end: number;
  text: string;
  value: number;
  lo: number;
  hi: number;
  intDigits: number;
}

function atom(kind: AtomKind, start: number, end: number, text: string, value = 0, lo = 0, hi = 0, intDigits = 0): Atom {
  return { kind, start, end, text, value, lo, hi, intDigits };
}

/** Thousands groups, decimals, and a stray space before the point of print layout (1 .8万). */
const ARABIC = /\d{1,3}(?:,\d{3})+(?:[ \t]?[.·]\d+)?|\d+(?:[ \t]?[.·]\d+)?/y;

/**
 * The table by UTF-16 code unit: the lexer reads codes, never one-character
 * strings (each CJK one is a new string, looked up in an object by its text).
 */
const byCode = <T>(record: Record<string, T>): Map<number, T> =>
  new Map(Object.entries(record).map(([c, v]): [number, T] => [c.charCodeAt(0), v]));
const DIGITS = byCode(numeralTable.digits);
const BIG = byCode(numeralTable.big);
const MEASURE_BEFORE_BIG = byCode(numeralTable.measureBeforeBig);
const FRACTIONS = numeralTable.fraction;
const [VAGUE_LO, VAGUE_HI] = numeralTable.vagueRange;

/** Two multipliers written as one (万亿, 亿亿) when the second is not the smaller, and their product. */
const BIG_PAIRS = new Map<string, number>(Object.entries(numeralTable.big).flatMap(([c, v]) =>
  Object.entries(numeralTable.big).filter(([, w]) => w >= v).map(([n, w]): [string, number] => [c + n, v * w])));

/**
 * The atoms of one character, by code unit: units 十百千, decimal points, inner
 * 余/多 and vague 数/几 (an inner one after a round number). One table and one
 * branch for all of them, so that the rarer kinds meet code already run.
 */
const SINGLE = new Map<number, { kind: AtomKind; value: number }>();
for (const [c, value] of byCode(numeralTable.small)) SINGLE.set(c, { kind: AtomKind.Small, value });
for (const c of codeSet(numeralTable.points)) SINGLE.set(c, { kind: AtomKind.Point, value: 0 });
for (const c of codeSet(INNER)) SINGLE.set(c, { kind: AtomKind.Inner, value: 0 });
for (const c of codeSet(numeralTable.vague)) SINGLE.set(c, { kind: AtomKind.Vague, value: 0 });

function arabicAtom(text: string, start: number): Atom {
  if (onlyAsciiDigits(text)) {
    const n = Number(text);
    return atom(AtomKind.Arabic, start, start + text.length, text, n, n, n, text.length); // most numbers
  }
  const [int = ''] = text.split(/[ \t]?[.·]/);
  const value = Number(text.replace(/[,\s]/g, '').replace('·', '.'));
  return atom(AtomKind.Arabic, start, start + text.length, text, value, value, value, int.replace(/,/g, '').length);
}

function onlyAsciiDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** A maximal sequence of Chinese digits: one digit, a range (七八, 一两), decimals, or a digit string (二〇二四); pushed onto `atoms`. */
function pushDigitAtoms(atoms: Atom[], seq: string, start: number, prev: Atom | undefined): void {
  const vals: number[] = [];
  for (let j = 0; j < seq.length; j++) vals.push(DIGITS.get(seq.charCodeAt(j))!);
  const end = start + seq.length;
  if (prev?.kind === AtomKind.Point) {
    atoms.push(atom(AtomKind.Decimals, start, end, seq, Number('0.' + vals.join(''))));
  } else if (vals[0] === 0 && seq.length > 1 && (prev?.kind === AtomKind.Small || prev?.kind === AtomKind.Big)) {
    // 一百零五, 一千零二十: 零 marks a skipped place, the rest is lexed on its own.
    atoms.push(atom(AtomKind.Digit, start, start + 1, seq[0]!, 0));
    pushDigitAtoms(atoms, seq.slice(1), start + 1, prev);
  } else if (seq.length === 1) {
    atoms.push(atom(AtomKind.Digit, start, end, seq, vals[0]!, vals[0]!, vals[0]!));
  } else if (seq.length === 2 && vals[0]! > 0 && vals[1] === vals[0]! + 1) {
    atoms.push(atom(AtomKind.Range, start, end, seq, 0, vals[0]!, vals[1]!));
  } else {
    atoms.push(atom(AtomKind.DigitString, start, end, seq, Number(vals.join(''))));
  }
}

/** 十几, 二十几, 10几: a trailing 几 after a round number is an inner qualifier, not a vague prefix. */
function afterRoundNumber(prev: Atom | undefined): boolean {
  if (prev?.kind === AtomKind.Small || prev?.kind === AtomKind.Digit) return true;
  return prev?.kind === AtomKind.Arabic && Number.isInteger(prev.value) && prev.value > 0 && prev.value % 10 === 0;
}

/**
 * The fraction mark (分之) at `i`, if one is there. Not a `find` callback in
 * `lexNumeralRun`: a closure over its `run` and `i` would keep them in a
 * context object, read and written there at every step of the lexer.
 */
function fractionAt(run: string, i: number): string | undefined {
  for (let k = 0; k < FRACTIONS.length; k++) if (run.startsWith(FRACTIONS[k]!, i)) return FRACTIONS[k];
  return undefined;
}

export function lexNumeralRun(run: string, offset: number): Atom[] {
  const atoms: Atom[] = [];
  let i = 0;
  while (i < run.length) {
    const c = run.charCodeAt(i);
    const at = offset + i;
    if (c === 0x20 || c === 0x09) {
      i++;
    } else if (c >= 0x30 && c <= 0x39) {
      ARABIC.lastIndex = i;
      const m = ARABIC.exec(run)!;
      atoms.push(arabicAtom(m[0], at));
      i += m[0].length;
    } else if (DIGITS.has(c)) {
      let j = i + 1;
      while (DIGITS.has(codeAt(run, j))) j++;
      pushDigitAtoms(atoms, run.slice(i, j), at, atoms[atoms.length - 1]);
      i = j;
    } else if (SINGLE.has(c)) {
      const single = SINGLE.get(c)!;
      const round = afterRoundNumber(atoms[atoms.length - 1]);
      const kind = single.kind === AtomKind.Vague && round ? AtomKind.Inner : single.kind;
      atoms.push(kind === AtomKind.Vague ? atom(kind, at, at + 1, run[i]!, 0, VAGUE_LO, VAGUE_HI) : atom(kind, at, at + 1, run[i]!, single.value));
      i++;
    } else if (BIG.has(c)) {
      const pair = BIG_PAIRS.get(run.slice(i, i + 2));
      const length = pair === undefined ? 1 : 2;
      atoms.push(atom(AtomKind.Big, at, at + length, run.slice(i, i + length), pair ?? BIG.get(c)!));
      i += length;
    } else if (MEASURE_BEFORE_BIG.get(c)?.includes(run[i + 1] ?? '')) {
      // 一个亿, 两个亿: the measure word is part of the multiplier as written.
      atoms.push(atom(AtomKind.Big, at, at + 2, run.slice(i, i + 2), BIG.get(run.charCodeAt(i + 1))!));
      i += 2;
    } else {
      // 分之, or a separator the Arabic reading did not take (the second point of 4184.8430.13).
      const f = fractionAt(run, i);
      const text = f ?? run[i]!;
      atoms.push(atom(f ? AtomKind.Fraction : AtomKind.Separator, at, at + text.length, text));
      i += text.length;
    }
  }
  return atoms;
}
