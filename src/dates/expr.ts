/**
 * What a date parser proposes before anything is resolved: which calendar
 * fields the text states, absolutely or as offsets from the reference date.
 * Parsers (zh/, en/) build these; `resolve.ts` turns them into ISO values.
 */

export interface DecadeExpr {
  /** 9 for `90年代` / `the 1990s`. */
  digit: number;
  /** 19 for `二十世纪` / `1990年代` (the hundreds of the first year). */
  century?: number;
  /** -1 for `上世纪`. */
  centuryOffset?: number;
}

/**
 * A yearly day: a lunar month/day (the stated year is the lunar year), a
 * Gregorian month/day, a solar term (`清明`), Easter Sunday, or the n-th
 * weekday of a month (Thanksgiving); `shift` days after it (除夕 = 春节 − 1,
 * Good Friday = Easter − 2).
 */
export interface AnnualDay {
  calendar: 'lunar' | 'solar' | 'term' | 'easter' | 'nth-weekday';
  month: number;
  day: number;
  leap?: boolean;
  term?: string;
  /** With `nth-weekday`: which weekday (ISO) of `month`. */
  nth?: { n: number; weekday: number };
  shift?: number;
}

export interface DateExpr {
  year?: number;
  /** A two-digit year (`08年`, `'98`); the century nearest the reference is chosen. */
  shortYear?: number;
  /** `今年` 0, `去年` -1, `明年` 1 … */
  yearOffset?: number;
  /** From the year the text last spoke of: `同年` 0, `次年` 1, `上一年` -1; replaced by `year` before resolving. */
  yearAnchor?: number;
  month?: number;
  /** With `month`: -1 the latest such month before the current one (`last July`), 1 the next after it. */
  monthStep?: number;
  /** `本月` 0, `上月` -1 … */
  monthOffset?: number;
  day?: number;
  /** `今天` 0, `昨天` -1 … */
  dayOffset?: number;
  /** `本周` 0, `上周` -1 …; alone it names the Monday–Sunday week. */
  weekOffset?: number;
  /** With `weekOffset`: the Saturday–Sunday of that week (`本周末`). */
  weekend?: boolean;
  /** ISO weekday, Monday = 1 … Sunday = 7. */
  weekday?: number;
  /** The n-th such weekday of the month (`the first Friday of July`). */
  nth?: { n: number; weekday: number };
  quarter?: number;
  half?: 1 | 2;
  /** A day that recurs every year (`中秋节`, `农历十月初一`, `元旦`); `year`/`yearOffset`, when stated, pick the year. */
  annual?: AnnualDay;
  /** `节后`: the day of the festival the text last spoke of; resolved from the context, never alone. */
  festivalAnchor?: boolean;
  decade?: DecadeExpr;
}

/** A proposed mention: a span of the sentence view and what it states. */
export interface DateCandidate {
  start: number;
  end: number;
  from: DateExpr;
  /** End of a range (`至7日`); missing fields are taken from `from`. */
  to?: DateExpr;
  /** 初 / 底 / 中旬 / 上半年 / early … as written, else ''. */
  modifier: string;
  /**
   * A period counted from the start of a year (`前三季度`, `前10个月`): it is
   * reported once it has run, so the past rule looks at its last part.
   */
  cumulative?: boolean;
  /** A bare number that is a date only as the first end of a range (`1` in `1-2月`). */
  partial?: boolean;
}

export function hasYear(e: DateExpr): boolean {
  return e.year !== undefined || e.shortYear !== undefined || e.yearOffset !== undefined || e.yearAnchor !== undefined;
}
