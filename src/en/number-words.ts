/**
 * Numbers written in words: cardinals (`twenty-one`, `five million`,
 * `a hundred`, `two dozen`, `minus five`) and ordinals (`fifth`, `twenty-first`), read with
 * the tables of `data/en/numerals.json` by one regular expression — no
 * tagger runs for them. A cardinal before a fraction's denominator
 * (`two quarters`, `three fifths`) is left to the fraction reader.
 */
import { alt, CARDINAL, cardinalValue, numerals } from './numerals.js';
import { endsWithDenominator } from './fractions.js';

export interface NumberWord {
  start: number;
  end: number;
  value: number;
  /** The last scale word (`million`) when the number ends in one, else ''. */
  multiplierText: string;
  scale: number;
  ordinal: boolean;
}

const DOZEN = 12;
const ORDINALS: Record<string, number> = { ...numerals.compoundOrdinals, ...numerals.denominators };
for (const w of ['half', 'halves', 'quarter']) delete ORDINALS[w];
const ORDINAL = `(?:(?:${alt(Object.keys(numerals.tens))})-)?(?:${alt(Object.keys(ORDINALS))})`;
const SCALE_AHEAD = `(?=(?:${alt(Object.keys(numerals.scales))}|dozen)\\b)`;
const WORD_NUMBER = new RegExp(
  `(?<![A-Za-z-])(?=[A-Za-z])(?:(?<ord>${ORDINAL})|(?:(?<neg>minus|negative)\\s+(?=${CARDINAL}))?(?:an?\\s+${SCALE_AHEAD})?(?:(?<card>${CARDINAL})(?<dozen>\\s+dozen)?|(?<dozenOnly>dozen)))(?![A-Za-z-])`,
  'gi',
);

/**
 * Every match holds a whole word of these tables (its first word, or the
 * number after `minus` or `a`): a view without one has none and is skipped by
 * this plain scan, many times cheaper than WORD_NUMBER (four views in five).
 */
const HAS_NUMBER_WORD = new RegExp(
  `(?<![A-Za-z])(?:${alt([...Object.keys(ORDINALS), ...Object.keys(numerals.units), ...Object.keys(numerals.tens), ...Object.keys(numerals.scales), 'dozen'])})(?![A-Za-z])`,
  'i',
);

function ordinalValue(text: string): number {
  const [tens, unit] = text.toLowerCase().includes('-') ? text.toLowerCase().split('-') : ['', text.toLowerCase()];
  return (tens ? numerals.tens[tens]! : 0) + ORDINALS[unit!]!;
}

/** Every number in words in an English sentence view, left to right. */
export function findNumberWords(view: string): NumberWord[] {
  const out: NumberWord[] = [];
  if (!HAS_NUMBER_WORD.test(view)) return out;
  for (const m of view.matchAll(WORD_NUMBER)) {
    const { ord, card, neg } = m.groups!;
    const dozen = m.groups!.dozen ?? m.groups!.dozenOnly;
    const start = m.index;
    const end = start + m[0].length;
    if (ord) {
      out.push({ start, end, value: ordinalValue(ord), multiplierText: '', scale: 1, ordinal: true });
      continue;
    }
    const next = /^[\s-]+([A-Za-z-]+)/.exec(view.slice(end))?.[1];
    if (next && endsWithDenominator(next)) continue; // two quarters, three fifths
    const base = card ? cardinalValue(card) : 1;
    if (base === null) continue;
    const last = card?.toLowerCase().split(/[\s-]+/).at(-1) ?? '';
    const scale = !dozen && (numerals.scales[last] ?? 0) >= 1000 ? numerals.scales[last]! : 1;
    const value = (dozen ? base * DOZEN : base) * (neg ? -1 : 1);
    out.push({ start, end, value, multiplierText: scale > 1 ? last : '', scale, ordinal: false });
  }
  return out;
}
