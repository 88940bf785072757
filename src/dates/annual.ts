/**
 * Days that recur every year — festivals, lunar dates, solar terms, Easter — placed
 * in a year and, without one, resolved like other yearless days: the latest
 * on or before the reference, the coming one when the clause looks ahead.
 */
import { easterSunday } from '../calendar/easter.js';
import { lunarToGregorian, solarTermDay } from '../calendar/lunar.js';
import { addDays, compareYmd, isValidDay, nthWeekday, type Ymd } from './calendar.js';
import type { AnnualDay } from './expr.js';

/** One held within this many days before the reference is that one, whatever the tense. */
const NEAR_BEHIND = 14;
/**
 * One coming within this many days is the coming one: papers preview a
 * holiday for weeks (`春节期间` in a January issue), and last year's would be
 * written `去年春节`.
 */
const NEAR_AHEAD = 31;

/** The Gregorian day of `a` in `year` (the lunar year for a lunar day); null when it does not exist. */
export function annualDay(a: AnnualDay, year: number): Ymd | null {
  let day: Ymd | null;
  if (a.calendar === 'lunar') day = lunarToGregorian({ year, month: a.month, day: a.day, ...(a.leap ? { leap: true } : {}) });
  else if (a.calendar === 'term') day = solarTermDay(year, a.term!);
  else if (a.calendar === 'easter') day = year >= 1583 ? easterSunday(year) : null;
  else if (a.calendar === 'nth-weekday') day = nthWeekdayDay(year, a.month, a.nth!);
  else day = isValidDay({ year, month: a.month, day: a.day }) ? { year, month: a.month, day: a.day } : null;
  return day && a.shift ? addDays(day, a.shift) : day;
}

function nthWeekdayDay(year: number, month: number, nth: { n: number; weekday: number }): Ymd | null {
  const d = nthWeekday(year, month, nth.n, nth.weekday);
  return isValidDay(d) ? d : null;
}

/**
 * Where `a` falls in `year` even when that day does not exist there (lunar
 * `正月三十` in a 29-day month): the month's first day plus the day count.
 */
function slot(a: AnnualDay, year: number): { at: Ymd; day: Ymd | null } | null {
  const day = annualDay(a, year);
  if (day || a.calendar !== 'lunar') return day && { at: day, day };
  const first = annualDay({ ...a, day: 1 }, year);
  return first && { at: addDays(first, a.day - 1 + (a.shift ?? 0)), day: null };
}

/**
 * The occurrence of `a` a yearless mention names, seen from `ref`; null when
 * that year lacks the day (`正月三十` in 2017 is not moved to 2016). The years
 * around the reference are read from the latest back, and only until one
 * falls on or before it: a year's slots come in year order, so the earlier
 * years cannot change the answer.
 */
export function nearestAnnualDay(a: AnnualDay, ref: Ymd, dir: 'past' | 'future'): Ymd | null {
  let past: { at: Ymd; day: Ymd | null } | undefined;
  let future: { at: Ymd; day: Ymd | null } | undefined;
  for (let year = ref.year + 1; year >= ref.year - 2 && !past; year--) {
    const s = slot(a, year);
    if (s && compareYmd(s.at, ref) >= 0) future = s;
    if (s && compareYmd(s.at, ref) <= 0) past = s;
  }
  if (past && compareYmd(past.at, addDays(ref, -NEAR_BEHIND)) >= 0) return past.day;
  if (future && compareYmd(future.at, addDays(ref, NEAR_AHEAD)) <= 0) return future.day;
  return (dir === 'past' ? past : future)?.day ?? null;
}
