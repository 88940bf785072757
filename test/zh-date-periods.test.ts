/**
 * Chinese periods of several months read in the past are ones most of which
 * have passed by the reference month, and a month coordinated with the month before it is read
 * in that month's year. Made-up sentences; each case fails without its rule.
 */
import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../src/dates/calendar.js';
import { datesInView } from '../src/dates/mentions.js';

const read = (view: string, ref: string, lang: 'zh' | 'en' = 'zh') =>
  datesInView(view, lang, parseIsoDay(ref)).map((d) => [view.slice(d.start, d.end), d.value, d.valueEnd] as const);

describe('past periods of several months', () => {
  it('reads a yearless range of months most of which is still to come as last year\'s', () => {
    expect(read('1—11月份，全市接待游客150万人次。', '2024-01-03')).toEqual([['1—11月份', '2023-01', '2023-11']]);
    expect(read('3月至8月，降水偏少。', '2024-04-20')).toEqual([['3月至8月', '2023-03', '2023-08']]);
    // one that has ended, or most of which has passed, stays in this year
    expect(read('1月至3月，降水偏少。', '2024-04-20')).toEqual([['1月至3月', '2024-01', '2024-03']]);
    expect(read('3月至5月，降水偏少。', '2024-04-20')).toEqual([['3月至5月', '2024-03', '2024-05']]);
  });

  it('reads a half or a quarter most of which is still to come as last year\'s', () => {
    expect(read('上半年出口增长两成。', '2024-01-05')).toEqual([['上半年', '2023-01', '2023-06']]);
    expect(read('上半年出口增长两成。', '2024-03-05')).toEqual([['上半年', '2023-01', '2023-06']]);
    expect(read('上半年出口增长两成。', '2024-04-05')).toEqual([['上半年', '2024-01', '2024-06']]);
    expect(read('第三季度出口增长两成。', '2024-07-05')).toEqual([['第三季度', '2023-Q3', null]]);
    expect(read('第三季度出口增长两成。', '2024-08-05')).toEqual([['第三季度', '2024-Q3', null]]);
  });

  it('leaves English as it was', () => {
    expect(read('Profits rose in the third quarter.', '2024-08-05', 'en')).toEqual([['third quarter', '2024-Q3', null]]);
  });
});

describe('coordinated months', () => {
  it('reads a month coordinated with the month before it in that month\'s year', () => {
    // 2月 is the coming month of a 10 January reference; 3月 goes with it
    expect(read('然后在2月或3月作出决定。', '2024-01-10')).toEqual([['2月', '2024-02', null], ['3月', '2024-03', null]]);
    expect(read('2019年2月和4月，雨水偏多。', '2024-03-10')).toEqual([['2019年2月', '2019-02', null], ['4月', '2019-04', null]]);
    // an earlier month is no continuation
    expect(read('2019年5月和1月，雨水偏多。', '2024-03-10')).toEqual([['2019年5月', '2019-05', null], ['1月', '2024-01', null]]);
  });
});
