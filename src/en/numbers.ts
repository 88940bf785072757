/**
 * English numbers in a sentence view: digits with separators and a scale word
 * (`1.2 billion`, `$1.2bn`), US price fractions (`4-1/2`, `1/8`), fractions
 * and numbers in words (./fractions.ts, ./number-words.ts). Everything is
 * read by linear regular expressions over the view; no tagger runs.
 */
import { findEnglishFractions } from './fractions.js';
import { findNumberWords } from './number-words.js';

export interface EnNumber {
  start: number;
  end: number;
  value: number;
  /** The scale word or suffix as written (`billion`, `bn`), '' when none. */
  multiplierText: string;
  scale: number;
  /** Integer digits of a plain digit number without separators (years, codes); 0 otherwise. */
  plainDigits: number;
  leadingZero: boolean;
  /** Written in words (twenty-six), not digits. */
  words: boolean;
  /** An ordinal (5th, fifth). */
  ordinal: boolean;
  /** A fraction (two thirds, one and a half, 4-1/2): a quantity even without a unit. */
  fraction: boolean;
  /** Digits written after the decimal point (`133.7` → 1): the precision the value is rounded to. */
  decimals: number;
}

const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  mln: 1e6, mn: 1e6, m: 1e6, mil: 1e6, mm: 1e6, bln: 1e9, bn: 1e9, b: 1e9, tln: 1e12, tn: 1e12, k: 1e3, lakh: 1e5, crore: 1e7,
};
/** Scale words that may follow after a space; the short ones must be attached (1.2bn) and follow a currency sign. */
const SPACED_SCALE = 'hundred|thousand|million|billion|trillion|mln|bln|bn|tln|lakh|crore';
const ATTACHED_SCALE = 'bn|mn|mln|bln|tn|m|b|k|mil';
const DIGITS = new RegExp(
  `(?<![\\d.,_])(?:-|(?:minus|negative)\\s+)?(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?` +
  `(?:\\s+(?:${SPACED_SCALE})\\b|(?:${ATTACHED_SCALE})\\b)?(?:st|nd|rd|th)?`,
  'gi',
);
/** A US price fraction: `4-1/2`, `30-5/8`, `1/8`, with a binary denominator and a proper numerator. */
const PRICE_FRACTION = /(?<![\w.,/-])(?:(\d{1,5})[- ])?(\d{1,2})\/(2|4|8|16|32|64)(?![\w/]|\.\d)/g;
/** DIGITS and PRICE_FRACTION match digits: a view without one (two views in five) is not scanned for them. */
const HAS_DIGIT = /\d/;
/** Digits of precision kept for values without a written decimal point (fractions, words). */
const FREE_DECIMALS = 12;
/** A number in words names a count below the scales (`five`, `twenty-one million`); `a week`, `million` alone do not. */
const COUNTING_WORD = /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|half|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+th)\b|^an?\s+(?:hundred|thousand|million|billion|dozen)\b/i;
const ORDINAL = /(?:st|nd|rd|th)$/i;

/**
 * Every number is built here, its fields in one order, so that all share one
 * object shape: V8 compiles the code reading them for the shapes it has seen
 * and de-optimizes on a new one.
 */
export function enNumber(n: EnNumber): EnNumber {
  return {
    start: n.start, end: n.end, value: n.value, multiplierText: n.multiplierText, scale: n.scale, plainDigits: n.plainDigits,
    leadingZero: n.leadingZero, words: n.words, ordinal: n.ordinal, fraction: n.fraction, decimals: n.decimals,
  };
}

function digitNumber(text: string, start: number): EnNumber {
  const ordinal = ORDINAL.test(text);
  const body = ordinal ? text.replace(ORDINAL, '') : text;
  const m = /^((?:-|(?:minus|negative)\s+)?[\d,]+(?:\.\d+)?)\s*([a-z]*)$/i.exec(body)!;
  const digits = m[1]!.replace(/^(?:minus|negative)\s+/i, '-');
  const scaleWord = m[2]!.toLowerCase();
  const scale = scaleWord ? SCALES[scaleWord] ?? 1 : 1;
  const int = digits.replace(/^-/, '').split('.')[0]!;
  return enNumber({
    start, end: start + text.length,
    value: Number(digits.replace(/,/g, '')) * scale,
    multiplierText: m[2]!, scale,
    plainDigits: int.includes(',') ? 0 : int.length,
    leadingZero: !int.includes(',') && int.length > 1 && int.startsWith('0'),
    words: false, ordinal, fraction: false,
    decimals: digits.split('.')[1]?.length ?? 0,
  });
}

function priceFractions(view: string): EnNumber[] {
  const out: EnNumber[] = [];
  if (!HAS_DIGIT.test(view)) return out;
  for (const m of view.matchAll(PRICE_FRACTION)) {
    const [whole, num, den] = [Number(m[1] ?? 0), Number(m[2]), Number(m[3])];
    if (num >= den || num === 0) continue;
    out.push(enNumber({
      start: m.index, end: m.index + m[0].length, value: whole + num / den, multiplierText: '', scale: 1,
      plainDigits: 0, leadingZero: false, words: false, ordinal: false, fraction: true, decimals: FREE_DECIMALS,
    }));
  }
  return out;
}

function wordNumbers(view: string): EnNumber[] {
  const out: EnNumber[] = [];
  for (const w of findNumberWords(view)) {
    if (!COUNTING_WORD.test(view.slice(w.start, w.end))) continue; // `a week`, a bare `million`
    out.push(enNumber({ ...w, plainDigits: 0, leadingZero: false, words: true, fraction: false, decimals: FREE_DECIMALS }));
  }
  return out;
}

/** The numbers in digits, but for those that overlap a fraction. */
function digitNumbers(view: string, fractions: EnNumber[]): EnNumber[] {
  const digits: EnNumber[] = [];
  if (!HAS_DIGIT.test(view)) return digits;
  for (const m of view.matchAll(DIGITS)) {
    const d = digitNumber(m[0], m.index);
    if (!fractions.some((f) => overlaps(d, f))) digits.push(d);
  }
  return digits;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Every number in an English sentence view, left to right, non-overlapping; fractions in words win over their parts. */
export function findEnglishNumbers(view: string): EnNumber[] {
  // lists pushed and concatenated, not mapped and spread: V8's optimized `map` makes arrays of another kind (holey), a second shape for the code reading them
  const fractions = priceFractions(view);
  for (const f of findEnglishFractions(view)) {
    fractions.push(enNumber({ ...f, multiplierText: '', scale: 1, plainDigits: 0, leadingZero: false, words: true, ordinal: false, fraction: true, decimals: FREE_DECIMALS }));
  }
  const found = digitNumbers(view, fractions).concat(fractions);
  return found.concat(wordNumbers(view).filter((w) => !found.some((d) => overlaps(d, w)))).sort((a, b) => a.start - b.start);
}
