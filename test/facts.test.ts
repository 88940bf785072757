import { beforeAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../src/stages/facts.js';
import type { Dimension, Quantity } from '../src/doc.js';
import { score, type IssueRecords } from '../src/eval/score.js';
import { docOf } from './helpers/doc.js';
import { sampleWithGoldRecords } from './helpers/gold-doc.js';

type Q = [text: string, value: number, unit: string, dimension: Dimension];

/** Facts of a one-article text whose quantities are given by hand (the quantities stage is tested on its own). */
function factsOfFull(body: string, quantities: Q[], dates: { text: string; value: string; value_end?: string; granularity: 'year' | 'month' | 'day' }[] = []) {
  const text = `标题\n本报讯 ${body}`;
  const doc = docOf(text, 'segment', '2024-03-01');
  let from = 0;
  const qs: Quantity[] = quantities.map(([t, value, unit, dimension], k) => {
    const start = text.indexOf(t, from);
    if (start < 0) throw new Error(`no ${t}`);
    from = start + t.length;
    return { id: `q${k + 1}`, article_id: 'a1', start, end: start + t.length, text: t, lang: 'zh', value, value_max: null, unit, unit_text: '', dimension, qualifier: 'exact' };
  });
  const ds = dates.map((d, k) => {
    const start = text.indexOf(d.text);
    return { id: `d${k + 1}`, article_id: 'a1', start, end: start + d.text.length, text: d.text, lang: 'zh' as const, value: d.value, value_end: d.value_end ?? null, granularity: d.granularity, relative: false, modifier: '' };
  });
  return extractFacts({ ...doc, quantities: qs, dates: ds });
}

function factsOf(...args: Parameters<typeof factsOfFull>) {
  return factsOfFull(...args).map((f) => ({ q: f.quantity_id, metric: f.metric, kind: f.kind, status: f.status, value: f.value, period: f.period }));
}

const extractFactsOf = (body: string) => factsOfFull(body, [['48家', 48, 'establishment', 'count']]);

// Loading the segmenter takes seconds on a busy machine: not part of any one case.
beforeAll(() => void docOf('标题\n全市企业10家。\n', 'segment'), 60_000);

describe('facts (zh)', () => {
  it('ties a level and a change to the same metric, with a fall negative', () => {
    expect(factsOf('全省粮食产量达到680亿斤、下降2.5%。', [['680亿斤', 34000000000, 'jin', 'mass'], ['2.5%', 2.5, 'percent', 'percent']])).toEqual([
      { q: 'q1', metric: '粮食产量', kind: 'level', status: 'actual', value: 34000000000, period: '' },
      { q: 'q2', metric: '粮食产量', kind: 'change', status: 'actual', value: -2.5, period: '' },
    ]);
  });

  it('reads the noun a count is of after the measure word', () => {
    expect(factsOf('全市新建成5个污水处理厂。', [['5个', 5, 'unit', 'count']])[0]).toMatchObject({ metric: '污水处理厂', kind: 'level' });
  });

  it('distributes 分别 over the listed metrics, then the changes over the last levels', () => {
    const f = factsOf('出口和进口分别达到300亿元、200亿元，分别增长5%、8%。', [
      ['300亿元', 3e10, 'CNY', 'currency'], ['200亿元', 2e10, 'CNY', 'currency'], ['5%', 5, 'percent', 'percent'], ['8%', 8, 'percent', 'percent'],
    ]);
    expect(f.map((x) => [x.metric, x.kind])).toEqual([['出口', 'level'], ['进口', 'level'], ['出口', 'change'], ['进口', 'change']]);
  });

  it('gives one number two facts under 双双', () => {
    const f = factsOf('该市已实现工业产值、税收双双突破100亿元。', [['100亿元', 1e10, 'CNY', 'currency']]);
    expect(f.map((x) => x.metric)).toEqual(['工业产值', '税收']);
  });

  it('reads status from 预计 and 力争/将, and the period from a date before the number', () => {
    expect(factsOf('今年，该市地区生产总值预计增长6%。', [['6%', 6, 'percent', 'percent']], [{ text: '今年', value: '2024', granularity: 'year' }])[0])
      .toMatchObject({ metric: '地区生产总值', status: 'estimate', kind: 'change', period: '2024' });
    expect(factsOf('力争到2025年，全市高新技术企业超过1万家。', [['1万家', 10000, 'establishment', 'count']])[0])
      .toMatchObject({ status: 'target', metric: '高新技术企业' });
  });

  it('does not read the disposal marker 将 (before a noun) as the future', () => {
    expect(factsOf('集团将资产分散到下属10家分公司。', [['10家', 10, 'establishment', 'count']])[0]).toMatchObject({ status: 'actual' });
    expect(factsOf('该园区将引进企业20家。', [['20家', 20, 'establishment', 'count']])[0]).toMatchObject({ status: 'target' });
  });

  it('names the place or organization before the number as the subject', () => {
    const [withPlace] = extractFactsOf('垫江已签约48家阀门企业。');
    expect(withPlace).toMatchObject({ subject: '垫江', metric: '阀门企业' });
    const [named] = docOf('标题\n本报讯 重庆鸿鼎公司签约48家阀门企业。', 'facts', '2024-03-01').facts;
    expect(named).toMatchObject({ subject: '重庆鸿鼎公司', metric: '阀门企业' });
  });

  it('ranks and shares', () => {
    const f = factsOf('全市综合实力居全国第5位，研发投入强度达到2.1%。', [['第5位', 5, 'rank', 'rank'], ['2.1%', 2.1, 'percent', 'percent']]);
    expect(f.map((x) => [x.metric, x.kind])).toEqual([['综合实力', 'rank'], ['研发投入强度', 'ratio']]);
  });

  it('makes no fact of indefinite, vague, quoted or generic counts, ages and bare numbers', () => {
    expect(factsOf('他来自一家企业，享年88岁，出台了“21条”，分两期建成，有两个方面的问题，资金达数十亿元。', [
      ['一家', 1, 'establishment', 'count'], ['88岁', 88, 'age_year', 'age'], ['21条', 21, 'unit', 'count'],
      ['两期', 2, 'unit', 'count'], ['两个', 2, 'unit', 'count'], ['数十亿元', 2e9, 'CNY', 'currency'],
    ])).toEqual([]);
  });

  it('reaches the recorded quality on the sample issue given the gold quantities and dates', () => {
    const { doc, gold } = sampleWithGoldRecords();
    const report = score([[gold as IssueRecords, { issue_id: doc.issueId, quantities: doc.quantities, facts: extractFacts(doc) } as unknown as IssueRecords]]);
    expect(report.facts.exact.f1).toBeGreaterThanOrEqual(0.95);
    for (const field of ['period', 'status', 'kind', 'value']) expect(report.facts.fields[field]).toBeGreaterThanOrEqual(0.98);
  });
});
