/**
 * The Chinese lunisolar calendar behind a small interface, so the date
 * resolver never depends on the library: lunar month/day to a Gregorian day,
 * and solar-term days (`清明`). Backed by `lunar-typescript` (tables checked
 * against the official calendar, 1900–2100; the comparison with `date-chinese`
 * is in docs/dates.md).
 */
import { createRequire } from 'node:module';
import type { Ymd } from '../dates/calendar.js';

const require = createRequire(import.meta.url);
type LunarLibrary = typeof import('lunar-typescript');
let library: LunarLibrary | undefined;
/** The library, loaded on the first lunar question: most issues ask none. */
const lunar = (): LunarLibrary => (library ??= require('lunar-typescript') as LunarLibrary);

/** A day of the lunar calendar. `month` 1–12; `day` 30 is the last day of a 29-day month only with `lastDay`. */
export interface LunarDay {
  year: number;
  month: number;
  day: number;
  leap?: boolean;
}

/** The years the library covers with the official rules. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

const toYmd = (s: { getYear(): number; getMonth(): number; getDay(): number }): Ymd =>
  ({ year: s.getYear(), month: s.getMonth(), day: s.getDay() });

/** Days in a lunar month, or 0 when the month does not exist (a leap month the year lacks). */
export function lunarMonthLength(year: number, month: number, leap = false): number {
  if (year < FIRST_YEAR || year > LAST_YEAR) return 0;
  if (leap && lunar().LunarYear.fromYear(year).getLeapMonth() !== month) return 0;
  return lunar().LunarMonth.fromYm(year, leap ? -month : month)?.getDayCount() ?? 0;
}

/**
 * The library builds a whole lunar year per call (milliseconds); answers are
 * kept, bounded by the covered years × 13 months × 30 days and the 24 terms.
 */
const memo = new Map<string, Ymd | null>();
function remembered(key: string, compute: () => Ymd | null): Ymd | null {
  if (!memo.has(key)) memo.set(key, compute());
  return memo.get(key)!;
}

/** The Gregorian day of a lunar day; null when that day does not exist (`正月三十` in a 29-day month). */
export function lunarToGregorian(d: LunarDay): Ymd | null {
  return remembered(`${d.year}/${d.leap ? 'L' : ''}${d.month}/${d.day}`, () => {
    const length = lunarMonthLength(d.year, d.month, d.leap);
    if (d.day < 1 || d.day > length) return null;
    return toYmd(lunar().Lunar.fromYmd(d.year, d.leap ? -d.month : d.month, d.day).getSolar());
  });
}

/** The day of a solar term (`清明`, `冬至`) in a Gregorian year; null outside the covered years or for an unknown name. */
export function solarTermDay(year: number, name: string): Ymd | null {
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  return remembered(`${year}/${name}`, () => {
    // A lunar year's table names under Chinese names the terms from the winter before it: December's are in the next year's.
    for (const lunarYear of [year, year + 1]) {
      const term = lunar().Lunar.fromYmd(lunarYear, 1, 1).getJieQiTable()[name];
      if (term && term.getYear() === year) return toYmd(term);
    }
    return null;
  });
}
