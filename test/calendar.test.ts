/** The lunar calendar interface (src/calendar/lunar.ts) against days of the official calendar. */
import { describe, expect, it } from 'vitest';
import { lunarMonthLength, lunarToGregorian, solarTermDay } from '../src/calendar/lunar.js';

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
});
