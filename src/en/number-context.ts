/**
 * What an English number is not: a date, a clock time, a year, a code or
 * ticker (`C919`, `COVID-19`, `No. 5`), a phone number, or one side of a
 * score (`beat Turkey 2-1`). Read from the characters around the number.
 */
import { unitAfter, unitBefore, type UnitSurface } from '../units.js';
import type { EnNumber } from './numbers.js';

const MONTH_NAMES = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
/** A month name or its abbreviation, capitalised or in capitals (`AUGUST 30` in a heading). */
const MONTH = `(?:${MONTH_NAMES}|${MONTH_NAMES.toUpperCase()})\\.?`;
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\s*$`);
const MONTH_AFTER = new RegExp(`^\\s*(?:of\\s+)?${MONTH}(?![A-Za-z])`);
const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
const DAY_JOIN = '\\s*(?:-|–|—|to|through|until|till|and|or|&)\\s*';
/**
 * The other day of a range of days, which the date stage reads with the month
 * (`from September 21 to 26`, `September 3 and 4`, `21-26 September`): a day,
 * not a quantity.
 */
const RANGE_DAY_BEFORE = new RegExp(`\\b${MONTH}\\s*${DAY}${DAY_JOIN}$`);
const RANGE_DAY_AFTER = new RegExp(`^(?:st|nd|rd|th)?${DAY_JOIN}${DAY}\\s+(?:of\\s+)?${MONTH}(?![A-Za-z])`);
const TIME_AFTER = /^\s*(?:a\.?m\.?|p\.?m\.?|o'clock|GMT|BST|EST|EDT|CET|hrs\b)/i;
const CODE_BEFORE = /(?:[A-Za-z]-?|[#№/:+@]|\bNo\.?\s?|\bNos?\.\s?|\bNumber\s)$/;
const CODE_AFTER = /^(?:[0-9]|[/:+@]\d|-\d|\.\d)/;
const LETTER_AFTER = /^[A-Za-z]/;
const HYPHEN = /^[-–]$/;
/** Numbers set side by side with only spaces or a dialling code's brackets between them: a phone number (`(36 1) 327 4040`). */
const SIDE_BY_SIDE = /^\)?\s+\(?$/;
const YEAR_MIN = 1800;
const YEAR_MAX = 2100;

type PrefixUnit = { unit: UnitSurface; start: number } | null;
/** Several rules ask for a number's prefix unit; it is looked up once per number. */
const prefixCache = new WeakMap<EnNumber, PrefixUnit>();

/** A currency or other prefix unit written right before the number (`$`, `RM`, `INR`). */
export function prefixUnitOf(view: string, n: EnNumber): PrefixUnit {
  const cached = prefixCache.get(n);
  if (cached !== undefined) return cached;
  let lead = 0;
  while (lead < 8 && n.start - lead > 0 && /\s/.test(view[n.start - lead - 1]!)) lead++;
  const unit = unitBefore('en', view, n.start - lead);
  const found = unit ? { unit, start: n.start - lead - unit.text.length } : null;
  prefixCache.set(n, found);
  return found;
}

function isRangeDay(view: string, n: EnNumber): boolean {
  return RANGE_DAY_BEFORE.test(view.slice(Math.max(0, n.start - 28), n.start)) || RANGE_DAY_AFTER.test(view.slice(n.end, n.end + 28));
}

/** `rangeStart`: the number opens a hyphenated range (`80-100 million`), so the hyphen after it is no code. */
export function isDateOrCode(view: string, n: EnNumber, rangeStart: boolean): boolean {
  const before = view.slice(Math.max(0, n.start - 12), n.start);
  const after = view.slice(n.end, n.end + 12);
  if (n.leadingZero || n.plainDigits > 9) return true;
  const prefixed = prefixUnitOf(view, n) !== null;
  if (!prefixed && CODE_BEFORE.test(before)) return true;
  if (CODE_AFTER.test(after) && !(rangeStart && /^[-–]/.test(after))) return true;
  if (LETTER_AFTER.test(after) && !n.ordinal && n.multiplierText === '' && !unitAfter('en', view, n.end)) return true; // 5G, A380s
  if (!n.words && n.value <= 31 && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after) || isRangeDay(view, n))) return true;
  return TIME_AFTER.test(after);
}

/** A year: four plain digits in the calendar range without a unit (in 2023, the 2024 plan). */
export function isYear(n: EnNumber): boolean {
  return n.plainDigits === 4 && n.scale === 1 && n.value >= YEAR_MIN && n.value <= YEAR_MAX;
}

/**
 * Hyphenated pairs `A-B`: a range when a scale or unit follows B or a prefix
 * unit precedes A, or when either side has decimals (`80-100 million`,
 * `$2.05-2.15`, `15-18 percent`); otherwise a score or code (`2-1`, `40-1`),
 * and neither side is a quantity; nor are numbers set side by side.
 */
export function hyphenPairs(view: string, numbers: EnNumber[]): { rangeStarts: Set<EnNumber>; dropped: Set<EnNumber> } {
  const rangeStarts = new Set<EnNumber>();
  const dropped = new Set<EnNumber>();
  for (let k = 0; k + 1 < numbers.length; k++) {
    const [a, b] = [numbers[k]!, numbers[k + 1]!];
    if (a.fraction || b.fraction || a.words || b.words) continue;
    const between = view.slice(a.end, b.start);
    if (SIDE_BY_SIDE.test(between) && a.scale === 1) {
      dropped.add(a);
      dropped.add(b);
    }
    if (!HYPHEN.test(between)) continue;
    const unitFollows = b.scale > 1 || unitAfter('en', view, b.end + (/^\s*/.exec(view.slice(b.end, b.end + 4))![0].length)) !== null;
    const range = (unitFollows || prefixUnitOf(view, a) !== null || a.decimals + b.decimals > 0) && a.value < b.value;
    if (range) rangeStarts.add(a);
    else {
      dropped.add(a);
      dropped.add(b);
    }
  }
  return { rangeStarts, dropped };
}
