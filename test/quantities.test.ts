import { describe, expect, it } from 'vitest';
import { docOf } from './helpers/doc.js';
import { unitCatalog, unitAfter } from '../src/units.js';
import { extractZhQuantities } from '../src/zh/quantities.js';
import { extractEnQuantities } from '../src/en/quantities.js';

describe('quantities stage', () => {
  it('maps view spans back to the original text, across print-layout breaks and full-width digits', () => {
    const text = '科技新闻\n\n西部智能阀门产业基地总体规划\n\n5000亩，投资１２３４万元，增长１０％。\n';
    const doc = docOf(text, 'quantities');
    expect(doc.quantities.map((q) => [q.id, q.text, q.value, q.unit])).toEqual([
      ['q1', '5000亩', 5000, 'mu'],
      ['q2', '１２３４万元', 12340000, 'CNY'],
      ['q3', '１０％', 10, 'percent'],
    ]);
    for (const q of doc.quantities) expect(doc.text.slice(q.start, q.end)).toBe(q.text);
  });

  it('leaves out the bare numbers of table rows (scores, standings), keeps their numbers with a unit and the numbers of prose', () => {
    const text = 'ROWING - REGATTA RESULTS.\nOSLO 2001-06-10\nResults of the regatta on Sunday:\n'
      + 'Kilmarnock Athletic 2 Ross County 1\nHarbour Crew 5, 12%\nSome 4,500 spectators watched 12 races.';
    const doc = docOf(text, 'quantities');
    expect(doc.quantities.map((q) => [q.text, q.unit])).toEqual([['12%', 'percent'], ['4,500', ''], ['12', '']]);
  });

  it('is pure: the input document is not changed', () => {
    const before = docOf('共有3家企业。', 'segment');
    const quantities = before.quantities;
    docOf('共有3家企业。', 'quantities');
    expect(before.quantities).toBe(quantities);
  });
});

describe('unit catalog', () => {
  it('has the SPEC minimum units', () => {
    for (const code of ['CNY', 'USD', 'EUR', 'JPY', 'HKD', 'GBP', 'RUB', 'KRW', 'TEU', 'establishment', 'person', 'person_time', 'item', 'piece',
      'unit', 'mu', 'm2', 'km2', 'ha', 'km', 'm', 't', 'kg', 'kWh', 'percent', 'percentage_point', 'rank', 'age_year', 'household', 'bbl', 'point',
      'year', 'day', 'month']) {
      expect(unitCatalog.has(code), code).toBe(true);
    }
    expect(unitCatalog.get('mu')!.si_factor).toBeCloseTo(666.67);
  });

  it('prefers the longest surface and honours conditions', () => {
    expect(unitAfter('zh', '2.5个百分点', 3)?.unit).toBe('percentage_point');
    expect(unitAfter('zh', '300户企业', 3)?.unit).toBe('establishment');
    expect(unitAfter('zh', '300户居民', 3)?.unit).toBe('household');
    expect(unitAfter('zh', '3元宇宙', 1)).toBeNull();
  });
});

// Speed is measured by `npm run bench` (adversarial part); here a hang (backtracking) hits the test timeout.
describe('pathological 1 MB lines are read to their end', { timeout: 60_000 }, () => {
  it.each([
    ['1111…', '1'.repeat(1_000_000)],
    ['亿亿亿…', '亿'.repeat(1_000_000)],
    ['prose', '重庆加快推动科创高地建设，累计建成290个市级智慧农业试验示范基地。'.repeat(30_000)],
  ])('zh %s', (_name, line) => {
    expect(extractZhQuantities(line).every((q) => q.end <= line.length)).toBe(true);
  });

  it('en: a 1 MB line', () => {
    const line = 'Sales rose 12 percent to $1.2 billion, with 300 companies. '.repeat(17_000);
    expect(extractEnQuantities(line).length).toBe(17_000 * 3);
  });
});

describe('quantities stage: unit as written', () => {
  it('keeps a full-width unit as it stands in the text, the value read from the folded form', () => {
    const doc = docOf('标题\n本报讯 增长５％，达到１２亿元。', 'quantities');
    expect(doc.quantities.map((q) => [q.text, q.unit_text, q.value, q.unit])).toEqual([
      ['５％', '％', 5, 'percent'], ['１２亿元', '亿元', 1200000000, 'CNY'],
    ]);
  });
});
