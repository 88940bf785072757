/** The lunar calendar interface (src/calendar/lunar.ts) against days of the official calendar. */
import { describe, expect, it } from 'vitest';
import { Lunar, LunarMonth, LunarYear } from 'lunar-typescript';
import { FIRST_YEAR, LAST_YEAR, lunarMonthLength, lunarToGregorian, solarTermDay } from '../src/calendar/lunar.js';

describe('lunar calendar', () => {
  it('converts lunar new years across the covered range', () => {
    expect(lunarToGregorian({ year: 1900, month: 1, day: 1 })).toEqual({ year: 1900, month: 1, day: 31 });
    expect(lunarToGregorian({ year: 1998, month: 1, day: 1 })).toEqual({ year: 1998, month: 1, day: 28 });
    expect(lunarToGregorian({ year: 2024, month: 1, day: 1 })).toEqual({ year: 2024, month: 2, day: 10 });
    expect(lunarToGregorian({ year: 2100, month: 1, day: 1 })).toEqual({ year: 2100, month: 2, day: 9 });
  });

  it('follows the official leap months (2033: a leap 11th month, not a leap 7th)', () => {
    expect(lunarToGregorian({ year: 2033, month: 11, day: 1, leap: true })).toEqual({ year: 2033, month: 12, day: 22 });
    expect(lunarToGregorian({ year: 2033, month: 7, day: 1, leap: true })).toBeNull();
    expect(lunarToGregorian({ year: 2023, month: 2, day: 1, leap: true })).toEqual({ year: 2023, month: 3, day: 22 });
  });

  it('gives nothing for a day the month lacks or a year outside the covered range', () => {
    expect(lunarMonthLength(2017, 1)).toBe(29);
    expect(lunarToGregorian({ year: 2017, month: 1, day: 30 })).toBeNull();
    expect(lunarToGregorian({ year: 1899, month: 1, day: 1 })).toBeNull();
    expect(lunarToGregorian({ year: 2101, month: 1, day: 1 })).toBeNull();
  });

  it('finds solar terms in their Gregorian year, December ones included', () => {
    expect(solarTermDay(2024, '清明')).toEqual({ year: 2024, month: 4, day: 4 });
    expect(solarTermDay(1998, '冬至')).toEqual({ year: 1998, month: 12, day: 22 });
    expect(solarTermDay(2024, '元旦')).toBeNull();
  });

  // data/zh/lunar-calendar.json is made by scripts/lunar-calendar-data.ts: run it again when this fails after the package changed.
  it('answers from its table what lunar-typescript computes, for every covered year', { timeout: 60_000 }, () => {
    const wrong: string[] = [];
    for (let year = FIRST_YEAR - 1; year <= LAST_YEAR + 1; year++) {
      const covered = year >= FIRST_YEAR && year <= LAST_YEAR;
      const leapMonth = covered ? LunarYear.fromYear(year).getLeapMonth() : 0;
      for (let month = 0; month <= 13; month++) {
        for (const leap of [false, true]) {
          const length = !covered || (leap && leapMonth !== month) ? 0 : LunarMonth.fromYm(year, leap ? -month : month)?.getDayCount() ?? 0;
          if (lunarMonthLength(year, month, leap) !== length) wrong.push(`length ${year}/${leap ? 'L' : ''}${month}`);
          for (const day of [0, 1, 2, 29, 30, 31]) {
            const solar = day >= 1 && day <= length ? Lunar.fromYmd(year, leap ? -month : month, day).getSolar() : null;
            const expected = solar && { year: solar.getYear(), month: solar.getMonth(), day: solar.getDay() };
            if (JSON.stringify(lunarToGregorian({ year, month, day, ...(leap ? { leap } : {}) })) !== JSON.stringify(expected)) wrong.push(`${year}/${leap ? 'L' : ''}${month}/${day}`);
          }
        }
      }
      if (!covered) continue;
      const tables = [year, year + 1].map((y) => Lunar.fromYmd(y, 1, 1).getJieQiTable());
      for (const name of [...Object.keys(tables[0]!), '元旦']) {
        const term = tables.map((t) => t[name]).find((t) => t && t.getYear() === year);
        const expected = term ? { year, month: term.getMonth(), day: term.getDay() } : null;
        if (JSON.stringify(solarTermDay(year, name)) !== JSON.stringify(expected)) wrong.push(`${year} ${name}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
