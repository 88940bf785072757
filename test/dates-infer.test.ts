/** Issue-date inference from the text (SPEC §3, rule in src/dates/infer.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inferIssueDate } from '../src/dates/infer.js';
import { foldFullWidth } from '../src/stages/normalize.js';

describe('inferIssueDate', () => {
  it('takes a masthead date with its weekday', () => {
    expect(inferIssueDate('重庆日报\n2024年2月29日 星期四\n\n科技赋能')).toBe('2024-02-29');
    expect(inferIssueDate('THE DAILY\nThursday, February 29, 2024\n')).toBe('2024-02-29');
  });

  it('is the day after the latest dateline, the year from a nearby full date', () => {
    const text = '本报讯(记者 张璐)2月28日，会见。\n\n本报讯 王助尧同志，因病于2024年2月27日逝世。\n\n本报讯(记者 罗芸)2月26日，开工。';
    expect(inferIssueDate(text)).toBe('2024-02-29');
  });

  it('reads datelines with full-width digits and a stated year', () => {
    expect(inferIssueDate(foldFullWidth('新华社北京１９９７年１２月３１日电 讯'))).toBe('1998-01-01');
    expect(inferIssueDate('BEIJING, Jan. 5, 2024 (Xinhua) -- China said')).toBe('2024-01-06');
  });

  it('refuses to guess', () => {
    expect(inferIssueDate('没有日期的文章。')).toBeNull();
    expect(inferIssueDate('新华社北京3月5日电 没有年份。')).toBeNull();
    // A full date from history says nothing about the year of the dateline.
    expect(inferIssueDate('新华社北京3月5日电 该院创建于1958年1月8日。')).toBeNull();
    // A full date in a future-tense sentence is not an anchor.
    expect(inferIssueDate('新华社北京3月5日电 大会将于2030年2月1日召开。')).toBeNull();
  });

  it('infers the sample issue', () => {
    const text = readFileSync(new URL('../corpus/2024-02-29-chongqing-daily.txt', import.meta.url), 'utf8');
    expect(inferIssueDate(foldFullWidth(text))).toBe('2024-02-29');
  });
});
