/**
 * The Chinese lunisolar calendar behind a small interface, so the date
 * resolver never depends on a library: lunar month/day to a Gregorian day,
 * and solar-term days (`清明`). Read from data/zh/lunar-calendar.json, made
 * from `lunar-typescript` (tables checked against the official calendar,
 * 1900–2100; the comparison with `date-chinese` is in docs/dates.md) by
 * scripts/lunar-calendar-data.ts: the library builds a whole lunar year per
 * question (milliseconds, and tens more to load it), the table answers at once.
 */
import { z } from 'zod';
import { loadDataJson } from '../data-file.js';
import { addDays, parseIsoDay, type Ymd } from '../dates/calendar.js';

/** A day of the lunar calendar. `month` 1–12; `day` 30 is the last day of a 29-day month only with `lastDay`. */
export interface LunarDay {
  year: number;
  month: number;
  day: number;
  leap?: boolean;
}

/** The years the library covers with the official rules. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;
export const LUNAR_CALENDAR = 'zh/lunar-calendar.json';

/** A year without the solar term (in the table). */
export const NO_TERM = '-----';

const YEARS = LAST_YEAR - FIRST_YEAR + 1;
/** Strings, not arrays of numbers: zod (jitless) would take longer over six thousand items than all of a run's lunar questions. */
const schema = z.object({
  $comment: z.string(),
  years: z.array(z.string().regex(/^\d{4}-\d\d-\d\d (?:1[0-2]|\d)(?: 29| 30){12,13}$/)).length(YEARS),
  terms: z.record(z.string().min(1), z.string().regex(new RegExp(`^(?:\\d\\d-\\d\\d|${NO_TERM})(?: (?:\\d\\d-\\d\\d|${NO_TERM})){${YEARS - 1}}$`))),
}).strict();

let calendar: z.infer<typeof schema> | undefined;
/** The table, read on the first lunar question: most issues ask none. */
const table = () => (calendar ??= loadDataJson(LUNAR_CALENDAR, schema));

/** A lunar year of the table: the Gregorian day of its first day, its leap month (0: none), its months' lengths in order. */
interface LunarYear { first: Ymd; leapMonth: number; lengths: number[] }
const years = new Map<number, LunarYear | null>();

function lunarYear(year: number): LunarYear | null {
  let y = years.get(year);
  if (y === undefined) {
    const [first, leap, ...lengths] = year >= FIRST_YEAR && year <= LAST_YEAR ? table().years[year - FIRST_YEAR]!.split(' ') : [];
    years.set(year, y = first ? { first: parseIsoDay(first)!, leapMonth: Number(leap), lengths: lengths.map(Number) } : null);
  }
  return y;
}

/** Where `month` (the leap one with `leap`) stands among the months of a year with leap month `leapMonth`, or -1. */
function monthIndex(month: number, leap: boolean, leapMonth: number): number {
  if (month < 1 || month > 12 || (leap && leapMonth !== month)) return -1;
  return month - 1 + (leapMonth > 0 && (month > leapMonth || leap) ? 1 : 0);
}

/** Days in a lunar month, or 0 when the month does not exist (a leap month the year lacks). */
export function lunarMonthLength(year: number, month: number, leap = false): number {
  const y = lunarYear(year);
  const i = y ? monthIndex(month, leap, y.leapMonth) : -1;
  return i < 0 ? 0 : y!.lengths[i]!;
}

/** The Gregorian day of a lunar day; null when that day does not exist (`正月三十` in a 29-day month). */
export function lunarToGregorian(d: LunarDay): Ymd | null {
  const y = lunarYear(d.year);
  const i = y ? monthIndex(d.month, d.leap ?? false, y.leapMonth) : -1;
  if (i < 0 || d.day < 1 || d.day > y!.lengths[i]!) return null;
  let days = d.day - 1;
  for (let k = 0; k < i; k++) days += y!.lengths[k]!;
  return addDays(y!.first, days);
}

/** The day of a solar term (`清明`, `冬至`) in a Gregorian year; null outside the covered years or for an unknown name. */
export function solarTermDay(year: number, name: string): Ymd | null {
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  const { terms } = table();
  const days = Object.hasOwn(terms, name) ? terms[name]! : undefined;
  const day = days?.slice((year - FIRST_YEAR) * 6, (year - FIRST_YEAR) * 6 + 5);
  return day && day !== NO_TERM ? { year, month: Number(day.slice(0, 2)), day: Number(day.slice(3)) } : null;
}
