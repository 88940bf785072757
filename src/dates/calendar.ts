/**
 * Proleptic Gregorian calendar arithmetic on plain year/month/day triples.
 * No `Date` objects and no clock: every function is pure.
 */

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

export function isValidDay(d: Ymd): boolean {
  return Number.isInteger(d.year) && d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

/** Days since 1970-01-01 (negative before). */
function toDayNumber(d: Ymd): number {
  // Algorithm from Howard Hinnant's `days_from_civil`.
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (d.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(d: Ymd, n: number): Ymd {
  return fromDayNumber(toDayNumber(d) + n);
}

/** Shift by whole months, keeping the day (callers check validity). */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 };
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(d: Ymd): number {
  return ((toDayNumber(d) % 7) + 7 + 3) % 7 + 1;
}

/** The n-th `weekday` (ISO) of a month (`the fourth Thursday of November`); it may not exist (a fifth one). */
export function nthWeekday(year: number, month: number, n: number, weekday: number): Ymd {
  const first = (weekday - isoWeekday({ year, month, day: 1 }) + 7) % 7 + 1;
  return { year, month, day: first + 7 * (n - 1) };
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return toDayNumber(a) - toDayNumber(b);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function isoDay(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function isoYear(year: number): string {
  return pad(year, 4);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse `YYYY-MM-DD`; null when malformed or not a real day. */
export function parseIsoDay(text: string): Ymd | null {
  const m = ISO_DAY.exec(text);
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(d) ? d : null;
}
