/** The dates stage end to end on small issues: datelines, references, offsets, layout. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docOf } from './helpers/doc.js';
import { datesInView } from '../src/dates/mentions.js';

const pick = (text: string, issue: string | null = '2024-02-29') => {
  const doc = docOf(text, 'dates', issue);
  return { doc, dates: doc.dates.map((d) => [d.text, d.value, d.value_end, d.granularity] as const) };
};

describe('dates stage', () => {
  it('resolves relative words and bare days against the dateline, not the issue date', () => {
    const text = '代表团抵达北京\n\n新华社北京１１月２日电 代表团今天抵达北京，昨天在上海参观，１７日将离开。\n';
    const { doc, dates } = pick(text, '1997-11-04');
    expect(doc.articles[0]!.dateline).toBe('1997-11-02');
    expect(dates).toEqual([
      ['１１月２日', '1997-11-02', null, 'day'],
      ['今天', '1997-11-02', null, 'day'],
      ['昨天', '1997-11-01', null, 'day'],
      ['１７日', '1997-11-17', null, 'day'],
    ]);
  });

  it('reads 本报讯(…)M月D日 as a dateline', () => {
    const text = '李明清会见代表团\n\n本报讯(新重庆-重庆日报记者 张璐)2月28日，市委副书记李明清会见代表团。今天双方签约。\n';
    const { doc, dates } = pick(text);
    expect(doc.articles[0]!.dateline).toBe('2024-02-28');
    expect(dates).toContainEqual(['今天', '2024-02-28', null, 'day']);
  });

  it('does not take an old opening day for a dateline', () => {
    const text = '科技赋能\n\n1月5日，“天目一号”发射升空。今天，项目进展顺利。\n';
    const { doc, dates } = pick(text);
    expect(doc.articles[0]!.dateline).toBeNull();
    expect(dates).toContainEqual(['今天', '2024-02-29', null, 'day']);
  });

  it('ignores an impossible dateline day: relative days count from the issue date, nothing is wrapped', () => {
    for (const line of ['新华社北京13月5日电 代表团昨天抵达北京。', '新华社北京2月30日电 代表团昨天抵达北京。']) {
      const { doc, dates } = pick(`代表团抵达北京\n\n${line}\n`, '2023-03-08');
      expect(doc.articles[0]!.dateline).toBeNull();
      expect(dates).toEqual([['昨天', '2023-03-07', null, 'day']]);
    }
  });

  it('reads 同年/次年 from the year the previous sentence spoke of, and no further back', () => {
    const text = '工厂扩建\n\n1995年，工厂成立。次年，产值翻番。工人增加到500人。同年盈利。\n';
    const { dates } = pick(text, '1998-01-20');
    expect(dates).toEqual([['1995年', '1995', null, 'year'], ['次年', '1996', null, 'year']]);
  });

  it('reads 节后 in the next sentence as the festival the previous one spoke of', () => {
    const { dates } = pick('春运\n\n春节期间，游客大增。节后，市场恢复。\n', '2024-02-20');
    expect(dates).toEqual([['春节期间', '2024-02-10', null, 'day'], ['节后', '2024-02-10', null, 'day']]);
  });

  it('maps spans back across print-layout line breaks and keeps full-width text', () => {
    const text = '外贸增长\n\n本报讯 据海关统计，全市外贸进出口总值在今年１\n-２月实现较快增长，其中出口增长较快，进口保持稳定。\n';
    const { doc } = pick(text);
    const d = doc.dates[0]!;
    expect(d.value).toBe('2024-01');
    expect(d.value_end).toBe('2024-02');
    expect(doc.text.slice(d.start, d.end)).toBe(d.text);
    expect(d.id).toBe('d1');
  });

  it('without an issue date keeps only dates whose year is stated', () => {
    const { dates } = pick('标题\n\n2023年，全市增长；去年7月召开大会。\n', null);
    expect(dates).toEqual([['2023年', '2023', null, 'year']]);
  });
});

describe('robustness', () => {
  // Speed is measured by `npm run bench` (adversarial part); here a hang (backtracking) hits the test timeout.
  it('reads a 1 MB line to its end', { timeout: 60_000 }, () => {
    const ref = { year: 2024, month: 2, day: 29 };
    const sample = readFileSync(new URL('../corpus/2024-02-29-chongqing-daily.txt', import.meta.url), 'utf8').replace(/\n/g, '');
    const lines: [string, 'zh' | 'en', boolean][] = [
      [sample.repeat(Math.ceil(1e6 / sample.length)).slice(0, 1e6), 'zh', true],
      ['BEIJING, Jan. 5 (Xinhua) -- The economy grew in 2023 and the first quarter of this year, officials said last July. '.repeat(9000), 'en', true],
      // Near-misses that invite backtracking: digit runs, separators, unit words.
      ['1234567890年-月-日至到19年代'.repeat(50000), 'zh', false],
      ['January 1, 2, 3, 4 the 1st 2nd of of of '.repeat(25000), 'en', false],
    ];
    for (const [line, lang, hasDates] of lines) {
      const found = datesInView(line, lang, ref);
      if (hasDates) expect(found.length, `${lang} ${line.slice(0, 20)}`).toBeGreaterThan(0);
      else expect(found.every((d) => d.end <= line.length)).toBe(true);
    }
  });
});
