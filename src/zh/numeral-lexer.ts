/**
 * Splits a run of numeral material (found by NUMERAL_RUN) into atoms for the
 * number parser: Arabic numbers, Chinese digits, digit ranges (七八), digit
 * strings (二〇二四), units 十百千, multipliers 万亿兆, decimal points, vague
 * prefixes (数, 几), inner qualifiers (余, 多, trailing 几) and fraction marks (分之).
 */
import { numeralTable } from './numeral-table.js';

interface Base { start: number; end: number; text: string }
export type Atom = Base & (
  | { kind: 'arabic'; value: number; intDigits: number }
  | { kind: 'digit'; value: number }
  | { kind: 'range'; lo: number; hi: number }
  | { kind: 'digitString'; value: number }
  | { kind: 'decimals'; value: number }
  | { kind: 'small'; value: number }
  | { kind: 'big'; value: number }
  | { kind: 'point' | 'vague' | 'inner' | 'fraction' | 'separator' }
);

/** Thousands groups, decimals, and a stray space before the point of print layout (1 .8万). */
const ARABIC = /\d{1,3}(?:,\d{3})+(?:[ \t]?[.·]\d+)?|\d+(?:[ \t]?[.·]\d+)?/y;
const { digits, small, big } = numeralTable;
const POINTS = new Set(numeralTable.points);
const VAGUE = new Set(numeralTable.vague);
const INNER = new Set(['余', '多']);
const FRACTIONS = numeralTable.fraction;
const MEASURE_BEFORE_BIG = numeralTable.measureBeforeBig;
const isDigit = (c: string | undefined): c is string => c !== undefined && digits[c] !== undefined;

function arabicAtom(text: string, start: number): Atom {
  const [int = ''] = text.split(/[ \t]?[.·]/);
  const value = Number(text.replace(/[,\s]/g, '').replace('·', '.'));
  return { kind: 'arabic', start, end: start + text.length, text, value, intDigits: int.replace(/,/g, '').length };
}

/** A maximal sequence of Chinese digits: one digit, a range (七八, 一两), decimals, or a digit string (二〇二四). */
function digitAtoms(seq: string, start: number, prev: Atom | undefined): Atom[] {
  const vals = [...seq].map((c) => digits[c]!);
  const end = start + seq.length;
  if (prev?.kind === 'point') {
    return [{ kind: 'decimals', start, end, text: seq, value: Number('0.' + vals.join('')) }];
  }
  if (vals[0] === 0 && seq.length > 1 && (prev?.kind === 'small' || prev?.kind === 'big')) {
    // 一百零五, 一千零二十: 零 marks a skipped place, the rest is lexed on its own.
    return [{ kind: 'digit', start, end: start + 1, text: seq[0]!, value: 0 }, ...digitAtoms(seq.slice(1), start + 1, prev)];
  }
  if (seq.length === 1) return [{ kind: 'digit', start, end, text: seq, value: vals[0]! }];
  if (seq.length === 2 && vals[0]! > 0 && vals[1] === vals[0]! + 1) {
    return [{ kind: 'range', start, end, text: seq, lo: vals[0]!, hi: vals[1]! }];
  }
  return [{ kind: 'digitString', start, end, text: seq, value: Number(vals.join('')) }];
}

/** 十几, 二十几, 10几: a trailing 几 after a round number is an inner qualifier, not a vague prefix. */
function afterRoundNumber(prev: Atom | undefined): boolean {
  if (prev?.kind === 'small' || prev?.kind === 'digit') return true;
  return prev?.kind === 'arabic' && Number.isInteger(prev.value) && prev.value > 0 && prev.value % 10 === 0;
}

export function lexNumeralRun(run: string, offset: number): Atom[] {
  const atoms: Atom[] = [];
  let i = 0;
  while (i < run.length) {
    const c = run[i]!;
    const at = offset + i;
    if (c === ' ' || c === '\t') {
      i++;
    } else if (c >= '0' && c <= '9') {
      ARABIC.lastIndex = i;
      const m = ARABIC.exec(run)!;
      atoms.push(arabicAtom(m[0], at));
      i += m[0].length;
    } else if (isDigit(c)) {
      let j = i;
      while (isDigit(run[j])) j++;
      atoms.push(...digitAtoms(run.slice(i, j), at, atoms[atoms.length - 1]));
      i = j;
    } else if (small[c] !== undefined) {
      atoms.push({ kind: 'small', start: at, end: at + 1, text: c, value: small[c] });
      i++;
    } else if (big[c] !== undefined) {
      const n = run[i + 1];
      const pair = n !== undefined && big[n] !== undefined && big[n] >= big[c] ? n : '';
      const value = pair ? big[c] * big[pair]! : big[c];
      atoms.push({ kind: 'big', start: at, end: at + 1 + pair.length, text: c + pair, value });
      i += 1 + pair.length;
    } else if (MEASURE_BEFORE_BIG[c]?.includes(run[i + 1] ?? '')) {
      // 一个亿, 两个亿: the measure word is part of the multiplier as written.
      const n = run[i + 1]!;
      atoms.push({ kind: 'big', start: at, end: at + 2, text: c + n, value: big[n]! });
      i += 2;
    } else if (POINTS.has(c)) {
      atoms.push({ kind: 'point', start: at, end: at + 1, text: c });
      i++;
    } else if (INNER.has(c) || (VAGUE.has(c) && afterRoundNumber(atoms[atoms.length - 1]))) {
      atoms.push({ kind: 'inner', start: at, end: at + 1, text: c });
      i++;
    } else if (VAGUE.has(c)) {
      atoms.push({ kind: 'vague', start: at, end: at + 1, text: c });
      i++;
    } else {
      // 分之, or a separator the Arabic reading did not take (the second point of 4184.8430.13).
      const f = FRACTIONS.find((x) => run.startsWith(x, i));
      atoms.push({ kind: f ? 'fraction' : 'separator', start: at, end: at + (f ?? c).length, text: f ?? c });
      i += (f ?? c).length;
    }
  }
  return atoms;
}
