/**
 * Western Easter Sunday: the Anonymous Gregorian computus (Meeus/Jones/Butcher),
 * exact for every Gregorian year. It is arithmetic on the year, not a table,
 * and no maintained library for it is installed, so it lives here (tested
 * against published dates in test/easter.test.ts).
 */
import type { Ymd } from '../dates/calendar.js';

/** Easter Sunday of a Gregorian year (1583 on). */
export function easterSunday(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}
