/**
 * Turn a proposed date into ISO values against a reference day.
 *
 * The reference is the issue date, or the article's dateline. News looks back:
 * a date that leaves out its year (or month) is the most recent such period
 * that has begun on or before the reference; with `future` (the sentence
 * speaks of the future) it is the nearest one that has not yet ended. A
 * yearless day within two weeks of the reference is that nearby day.
 */
import type { Granularity } from '../doc.js';
import { addDays, addMonths, compareYmd, daysInMonth, isoDay, isoMonth, isoWeekday, isoYear, isValidDay, nthWeekday, type Ymd } from './calendar.js';
import { annualDay, nearestAnnualDay } from './annual.js';
import { hasYear, type DateCandidate, type DateExpr } from './expr.js';

export type Direction = 'past' | 'future';

export interface ResolvedDate {
  value: string;
  valueEnd: string | null;
  granularity: Granularity;
  relative: boolean;
}

/** A concrete calendar period; `week` and `half` are written out as day and month ranges. */
interface Period {
  unit: 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year' | 'decade';
  first: Ymd;
  last: Ymd;
}

const ymd = (year: number, month: number, day: number): Ymd => ({ year, month, day });
const monthPeriod = (year: number, month: number): Period =>
  ({ unit: 'month', first: ymd(year, month, 1), last: ymd(year, month, daysInMonth(year, month)) });
const dayPeriod = (d: Ymd): Period => ({ unit: 'day', first: d, last: d });

/** The period `e` names once its year is known; null when the fields make no real date. */
function periodInYear(e: DateExpr, year: number, month = e.month): Period | null {
  if (e.day !== undefined) {
    if (month === undefined) return null;
    const d = ymd(year, month, e.day);
    return isValidDay(d) ? dayPeriod(d) : null;
  }
  if (e.nth && month !== undefined) {
    const d = nthWeekday(year, month, e.nth.n, e.nth.weekday);
    return isValidDay(d) ? dayPeriod(d) : null;
  }
  if (month !== undefined) return month >= 1 && month <= 12 ? monthPeriod(year, month) : null;
  if (e.quarter !== undefined) {
    const m = e.quarter * 3 - 2;
    return { unit: 'quarter', first: ymd(year, m, 1), last: ymd(year, m + 2, daysInMonth(year, m + 2)) };
  }
  if (e.half !== undefined) {
    const m = e.half === 1 ? 1 : 7;
    return { unit: 'half', first: ymd(year, m, 1), last: ymd(year, m + 5, daysInMonth(year, m + 5)) };
  }
  return { unit: 'year', first: ymd(year, 1, 1), last: ymd(year, 12, 31) };
}

/**
 * With `ended`, a period of several months read in the past is one most of
 * which has passed by the reference month, that month counted: `上半年` and
 * `１—１１月` in a January issue are last year's, `一季度` in late February
 * or `上半年` in June this year's.
 */
const MONTHS = new Set<Period['unit']>(['quarter', 'half']);

function mostlyPassed(first: Ymd, last: Ymd, ref: Ymd): boolean {
  const passed = (ref.year - first.year) * 12 + ref.month - first.month + 1;
  const months = (last.year - first.year) * 12 + last.month - first.month + 1;
  return 2 * passed > months;
}

function fits(p: Period, ref: Ymd, dir: Direction, ended: boolean): boolean {
  if (dir === 'future') return compareYmd(p.last, ref) >= 0;
  return ended && MONTHS.has(p.unit) ? mostlyPassed(p.first, p.last, ref) : compareYmd(p.first, ref) <= 0;
}

/**
 * A yearless day within this many days of the reference, on either side, is
 * read as that nearby day before the past/future rule applies: a daily paper
 * names the coming days (`1月10日在呼和浩特举行` in a 7 January issue) and the
 * last days (`1月9日` under a cue elsewhere in the sentence) without a year.
 */
const NEAR_DAYS = 14;

/** Years tried when the text gives none: enough to reach the last 29 February. */
const YEAR_SEARCH = 9;

function shortYearNear(short: number, ref: Ymd): number {
  const base = Math.floor(ref.year / 100) * 100 + short;
  return [base - 100, base, base + 100].reduce((best, y) =>
    Math.abs(y - ref.year) < Math.abs(best - ref.year) ? y : best);
}

function decadePeriod(e: DateExpr, ref: Ymd): Period {
  const { digit, century, centuryOffset } = e.decade!;
  let hundreds: number;
  if (century !== undefined) hundreds = century;
  else if (centuryOffset !== undefined) hundreds = Math.floor(ref.year / 100) + centuryOffset;
  else {
    hundreds = Math.floor(ref.year / 100);
    if (hundreds * 100 + digit * 10 > ref.year) hundreds -= 1;
  }
  const start = hundreds * 100 + digit * 10;
  return { unit: 'decade', first: ymd(start, 1, 1), last: ymd(start + 9, 12, 31) };
}

function weekPeriod(e: DateExpr, ref: Ymd, dir: Direction): Period {
  const monday = addDays(ref, 1 - isoWeekday(ref) + 7 * (e.weekOffset ?? 0));
  if (e.weekend) return { unit: 'week', first: addDays(monday, 5), last: addDays(monday, 6) };
  if (e.weekday === undefined) return { unit: 'week', first: monday, last: addDays(monday, 6) };
  if (e.weekOffset !== undefined) return dayPeriod(addDays(monday, e.weekday - 1));
  const back = (isoWeekday(ref) - e.weekday + 7) % 7;
  return dayPeriod(dir === 'past' ? addDays(ref, -back) : addDays(ref, (7 - back) % 7));
}

interface Resolution {
  period: Period;
  relative: boolean;
}

/**
 * Resolve one expression. `inherit` supplies the year (and month) of a range's
 * other end for fields this end leaves out; `near` reads a bare month right
 * after the reference month as the coming one; `ended`: see `fits`.
 */
function resolveExpr(e: DateExpr, ref: Ymd, dir: Direction, inherit?: Ymd, near = false, ended = false): Resolution | null {
  if (e.dayOffset !== undefined) return { period: dayPeriod(addDays(ref, e.dayOffset)), relative: true };
  if (e.annual) {
    const stated = e.year ?? (e.yearOffset !== undefined ? ref.year + e.yearOffset : undefined);
    const day = stated !== undefined ? annualDay(e.annual, stated) : nearestAnnualDay(e.annual, ref, dir);
    return day && { period: dayPeriod(day), relative: e.year === undefined };
  }
  if (e.weekOffset !== undefined || e.weekday !== undefined) return { period: weekPeriod(e, ref, dir), relative: true };
  if (e.decade) {
    const d = e.decade;
    return { period: decadePeriod(e, ref), relative: d.century === undefined };
  }
  if (e.monthStep !== undefined && e.month !== undefined) {
    const year = e.monthStep < 0 ? (ref.month > e.month ? ref.year : ref.year - 1) : (ref.month < e.month ? ref.year : ref.year + 1);
    return { period: monthPeriod(year, e.month), relative: true };
  }
  if (e.monthOffset !== undefined) {
    const m = addMonths(ref.year, ref.month, e.monthOffset);
    const period = periodInYear(e, m.year + (e.yearOffset ?? 0), m.month);
    return period && { period, relative: true };
  }
  if (hasYear(e)) {
    const year = e.year ?? (e.shortYear !== undefined ? shortYearNear(e.shortYear, ref) : ref.year + e.yearOffset!);
    if (e.day !== undefined && e.month === undefined) return null;
    const period = periodInYear(e, year);
    return period && { period, relative: e.yearOffset !== undefined };
  }
  if (inherit) {
    const period = periodInYear(e, inherit.year, e.month ?? (e.day !== undefined ? inherit.month : undefined));
    return period && { period, relative: true };
  }
  if (e.month === undefined && e.quarter === undefined && e.half === undefined && e.day === undefined) return null;
  const reading = (d: Direction): Period | null => {
    // A bare day steps through months, anything else through years.
    const bareDay = e.month === undefined && e.day !== undefined;
    for (let i = 0; i < (bareDay ? 12 : YEAR_SEARCH); i++) {
      const k = d === 'past' ? -i : i;
      const period = bareDay
        ? periodInYear(e, addMonths(ref.year, ref.month, k).year, addMonths(ref.year, ref.month, k).month)
        : periodInYear(e, ref.year + k);
      if (period && fits(period, ref, d, ended)) return period;
    }
    return null;
  };
  if (e.day !== undefined) {
    // A day close to the reference is that one, whatever the tense.
    const past = reading('past');
    if (past && compareYmd(past.first, addDays(ref, -NEAR_DAYS)) >= 0) return { period: past, relative: true };
    const future = reading('future');
    if (future && compareYmd(future.first, addDays(ref, NEAR_DAYS)) <= 0) return { period: future, relative: true };
  } else if (e.month !== undefined && near) {
    // The month after the reference month is the coming one (`9月开学` in August), not one 11 months back.
    const next = addMonths(ref.year, ref.month, 1);
    if (e.month === next.month) return { period: monthPeriod(next.year, next.month), relative: true };
  }
  const period = reading(dir);
  return period && { period, relative: true };
}

function isoOf(unit: Period['unit'], d: Ymd): string {
  switch (unit) {
    case 'day': case 'week': return isoDay(d);
    case 'month': case 'half': return isoMonth(d.year, d.month);
    case 'quarter': return `${isoYear(d.year)}-Q${Math.ceil(d.month / 3)}`;
    default: return isoYear(d.year);
  }
}

const GRANULARITY: Record<Period['unit'], Granularity> = {
  day: 'day', week: 'day', month: 'month', quarter: 'quarter', half: 'month', year: 'year', decade: 'decade',
};

/** True when the text states the year itself, so no reference day is needed. */
function isStated(e: DateExpr): boolean {
  return e.year !== undefined || e.decade?.century !== undefined;
}

/**
 * A yearless range of months (or quarters, halves) whose start was read in
 * the past, but most of which, ended in the start's year, is still to come
 * (see `mostlyPassed`).
 */
function pastRangeRunsOn(c: DateCandidate, start: Period, ref: Ymd): boolean {
  if (c.cumulative || hasYear(c.from) || hasYear(c.to!) || start.unit === 'day' || start.unit === 'week' || compareYmd(start.first, ref) > 0) return false;
  const end = periodInYear(c.to!, start.first.year);
  return end !== null && !mostlyPassed(start.first, end.last, ref);
}

/**
 * Resolve a candidate (point or range) against `ref`; null when it names no
 * real date, or needs a reference and there is none. `nearMonth`: the text
 * has no tense (Chinese), so a bare month right after the reference month is
 * the coming one; a cumulative period (`前2个月`) has run and is never.
 * `ended`: a yearless period of several months (a quarter, a half, a range
 * of months) read in the past is one most of which has passed (`mostlyPassed`).
 */
export function resolveCandidate(c: DateCandidate, reference: Ymd | null, dir: Direction, nearMonth = false, ended = false): ResolvedDate | null {
  if (!reference && !(isStated(c.from) && (!c.to || isStated(c.to) || !hasYear(c.to)))) return null;
  const ref = reference ?? ymd(0, 1, 1);
  if (!c.to) {
    const r = resolveExpr(c.from, ref, dir, undefined, nearMonth, ended);
    if (!r) return null;
    const { unit, first, last } = r.period;
    const spread = unit === 'week' || unit === 'half' || unit === 'decade';
    return {
      value: isoOf(unit, first),
      valueEnd: spread ? isoOf(unit, last) : null,
      granularity: GRANULARITY[unit],
      relative: r.relative,
    };
  }
  // The end of a cumulative period decides its year; otherwise the start does.
  const [anchorExpr, otherExpr] = c.cumulative ? [c.to, c.from] : [c.from, c.to];
  let anchor = resolveExpr(anchorExpr, ref, dir, undefined, nearMonth && !c.cumulative);
  if (!anchor) return null;
  if (ended && dir === 'past' && pastRangeRunsOn(c, anchor.period, ref)) {
    // `１—１１月份` in a January issue: a range read in the past is one most of which has passed, so it is last year's.
    anchor = resolveExpr(anchorExpr, ref, dir, ymd(anchor.period.first.year - 1, 1, 1));
    if (!anchor) return null;
  }
  const other = resolveExpr(otherExpr, ref, dir, hasYear(otherExpr) ? undefined : anchor.period.first);
  if (!other) return null;
  const from = c.cumulative ? other.period : anchor.period;
  let to = c.cumulative ? anchor.period : other.period;
  if (GRANULARITY[from.unit] !== GRANULARITY[to.unit]) return null;
  if (compareYmd(to.first, from.first) < 0) {
    // `12月至2月`: an end without its own year runs into the next year.
    if (hasYear(c.to) || c.cumulative) return null;
    const next = resolveExpr(c.to, ref, dir, ymd(from.first.year + 1, from.first.month, 1));
    if (!next || compareYmd(next.period.first, from.first) < 0) return null;
    to = next.period;
  }
  return {
    value: isoOf(from.unit, from.first),
    valueEnd: isoOf(to.unit, to.unit === 'half' || to.unit === 'decade' || to.unit === 'week' ? to.last : to.first),
    granularity: GRANULARITY[from.unit],
    relative: anchor.relative || other.relative,
  };
}
