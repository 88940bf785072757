import { describe, expect, it } from 'vitest';
import { easterSunday } from '../src/calendar/easter.js';
import { isoDay, isoWeekday } from '../src/dates/calendar.js';

describe('easterSunday', () => {
  // Published Western Easter dates, including the extremes (22 March 1818, 25 April 1943 and 2038).
  it.each([
    [1818, '1818-03-22'], [1943, '1943-04-25'], [1961, '1961-04-02'], [1995, '1995-04-16'],
    [1997, '1997-03-30'], [1998, '1998-04-12'], [2000, '2000-04-23'], [2008, '2008-03-23'],
    [2019, '2019-04-21'], [2024, '2024-03-31'], [2025, '2025-04-20'], [2038, '2038-04-25'],
  ])('%i → %s', (year, day) => {
    expect(isoDay(easterSunday(year))).toBe(day);
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    for (let year = 1600; year <= 2400; year++) {
      const d = easterSunday(year);
      expect(isoWeekday(d)).toBe(7);
      const md = d.month * 100 + d.day;
      expect(md >= 322 && md <= 425).toBe(true);
    }
  });
});
