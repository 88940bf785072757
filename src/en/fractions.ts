import { alt, CARDINAL, cardinalValue, numerals } from './numerals.js';

/**
 * English fractions in words: `two thirds`, `a fifth of`, `one and a half`,
 * `twenty and three fifths`, `three twenty-firsts`. Cardinals are read with
 * the tables of `data/en/numerals.json`; a singular `a fifth` must be followed
 * by `of` or the end of a phrase (`a fifth straight year` is an ordinal), and
 * `quarter` (also three months) needs `of` after it or a mixed form.
 */
const plural = (w: string) => (w.endsWith('f') ? `${w.slice(0, -1)}ves` : w === 'half' ? 'halves' : `${w}s`);
const DENOM_WORDS = Object.keys(numerals.denominators).flatMap((w) => [w, plural(w)]);
const DENOMINATOR = `(?:(?:${alt(Object.keys(numerals.tens))})-?(?:${alt([...Object.keys(numerals.compoundOrdinals), ...Object.keys(numerals.denominators)].flatMap((w) => [w, plural(w)]))})|${alt(DENOM_WORDS)})`;
const BIG_SCALE = alt(Object.keys(numerals.scales).filter((w) => numerals.scales[w]! >= 1000));
const FRACTION = new RegExp(
  `(?<![A-Za-z\\d.,-])(?:(?<whole>\\d+(?:\\.\\d+)?\\s+(?:${BIG_SCALE})|${CARDINAL})\\s+and\\s+)?(?<num>an?|${CARDINAL})[\\s-]+(?<den>${DENOMINATOR})(?![A-Za-z-])(?:\\s+(?:of\\s+an?\\s+)?(?<scale>${BIG_SCALE})\\b)?(?<after>\\s+of\\b)?`,
  'gi',
);
/** `half million`, `a quarter billion`. */
const PART_OF_SCALE = new RegExp(`(?<![A-Za-z-])(?:an?\\s+)?(?<part>half|quarter)\\s+(?<scale>${BIG_SCALE})\\b`, 'gi');
const PHRASE_END = /^\s*(?:$|[,.;:!?)])/;
/** Every fraction, and `half`/`quarter` before a scale, has a denominator word: a view without one is skipped cheaply. */
const HAS_DENOMINATOR = new RegExp(DENOMINATOR, 'i');

function singular(w: string): string {
  const lower = w.toLowerCase();
  if (lower === 'halves') return 'half';
  return lower.endsWith('ves') ? `${lower.slice(0, -3)}f` : lower.replace(/s$/, '');
}

/** The denominator of an ordinal word: `thirds` → 3, `twenty-firsts` → 21. */
function denominatorValue(text: string): number | null {
  const parts = singular(text).split('-');
  const last = parts.at(-1)!;
  const unit = numerals.denominators[last] ?? numerals.compoundOrdinals[last];
  if (unit === undefined) return null;
  if (parts.length === 1) return numerals.compoundOrdinals[last] !== undefined ? null : unit;
  const tens = numerals.tens[parts[0]!];
  return tens === undefined ? null : tens + unit;
}

const ENDS_WITH_DENOMINATOR = new RegExp(`(?:${DENOMINATOR})$`, 'i');

/** Number words ending in a denominator (`two quarters`) are fractions: this module's to read or to refuse. */
export function endsWithDenominator(text: string): boolean {
  return ENDS_WITH_DENOMINATOR.test(text);
}

export interface EnFraction { start: number; end: number; value: number }

/** Every fraction in words in an English sentence view. */
export function findEnglishFractions(view: string): EnFraction[] {
  const out: EnFraction[] = [];
  if (!HAS_DENOMINATOR.test(view)) return out;
  for (const m of view.matchAll(FRACTION)) {
    const { whole, num, den, after } = m.groups!;
    const numerator = /^an?$/i.test(num!) ? 1 : cardinalValue(num!);
    const denominator = denominatorValue(den!);
    const wholeValue = whole ? cardinalValue(whole) : 0;
    if (numerator === null || denominator === null || wholeValue === null) continue;
    const { scale } = m.groups!;
    const end = m.index + m[0].length - (after?.length ?? 0);
    const singularArticle = /^an?$/i.test(num!) && !whole;
    if (singularArticle && !after && !scale && !PHRASE_END.test(view.slice(end))) continue; // a fifth straight year
    if (numerals.timeDenominators.includes(singular(den!).split('-').at(-1)!) && !after && !whole && !scale) continue; // two quarters = six months
    // `five and a half million` scales it all; `one million and a half` scales the half by the whole's last scale
    const wholeScale = whole ? numerals.scales[whole.toLowerCase().split(/\s+/).at(-1)!] ?? 1 : 1;
    const fraction = numerator / denominator;
    const scaleValue = scale ? numerals.scales[scale.toLowerCase()]! : 1;
    // `one billion and a half million`: the whole is already past the scale, only the fraction takes it
    const value = scale
      ? (wholeValue >= scaleValue ? wholeValue + fraction * scaleValue : (wholeValue + fraction) * scaleValue)
      : wholeValue + fraction * (wholeScale >= 1000 ? wholeScale : 1);
    out.push({ start: m.index, end, value });
  }
  for (const m of view.matchAll(PART_OF_SCALE)) {
    if (out.some((f) => f.start < m.index + m[0].length && m.index < f.end)) continue;
    const { part, scale } = m.groups!;
    out.push({ start: m.index, end: m.index + m[0].length, value: numerals.scales[scale!.toLowerCase()]! / numerals.denominators[part!.toLowerCase()]! });
  }
  return out.sort((a, b) => a.start - b.start);
}
