import { describe, expect, it } from 'vitest';
import { annualDay, nearestAnnualDay } from '../src/dates/annual.js';
import { addDays, compareYmd, type Ymd } from '../src/dates/calendar.js';
import type { AnnualDay } from '../src/dates/expr.js';

/** The rule read over all four years around the reference, as the resolver states it. */
function everyYear(a: AnnualDay, ref: Ymd, dir: 'past' | 'future'): Ymd | null {
  const slots: { at: Ymd; day: Ymd | null }[] = [];
  for (let year = ref.year - 2; year <= ref.year + 1; year++) {
    const day = annualDay(a, year);
    const first = day || a.calendar !== 'lunar' ? null : annualDay({ ...a, day: 1 }, year);
    if (day) slots.push({ at: day, day });
    else if (first) slots.push({ at: addDays(first, a.day - 1 + (a.shift ?? 0)), day: null });
  }
  const past = slots.filter((s) => compareYmd(s.at, ref) <= 0).at(-1);
  const future = slots.find((s) => compareYmd(s.at, ref) >= 0);
  if (past && compareYmd(past.at, addDays(ref, -14)) >= 0) return past.day;
  if (future && compareYmd(future.at, addDays(ref, 31)) <= 0) return future.day;
  return (dir === 'past' ? past : future)?.day ?? null;
}

describe('nearestAnnualDay', () => {
  const days: AnnualDay[] = [
    { calendar: 'lunar', month: 1, day: 1 }, { calendar: 'lunar', month: 1, day: 1, shift: -1 },
    { calendar: 'lunar', month: 1, day: 30 }, { calendar: 'lunar', month: 6, day: 1, leap: true },
    { calendar: 'lunar', month: 12, day: 23 }, { calendar: 'solar', month: 2, day: 29 },
    { calendar: 'solar', month: 1, day: 1 }, { calendar: 'term', month: 0, day: 0, term: '清明' },
  ];

  it('reads from the latest year back what reading all four years around the reference gives', () => {
    for (const a of days) {
      for (let ref: Ymd = { year: 2016, month: 12, day: 20 }; ref.year < 2018; ref = addDays(ref, 9)) {
        for (const dir of ['past', 'future'] as const) expect(nearestAnnualDay(a, ref, dir), `${JSON.stringify(a)} ${JSON.stringify(ref)} ${dir}`).toEqual(everyYear(a, ref, dir));
      }
    }
  });
});
