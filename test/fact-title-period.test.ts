import { beforeAll, describe, expect, it } from 'vitest';
import { docOf } from './helpers/doc.js';

/** The period of a fact from its article's title: the spec runner's texts all share one title, so these run here. */
function periods(text: string, issueDate: string) {
  const doc = docOf(text, 'facts', issueDate);
  const texts = new Map(doc.quantities.map((q) => [q.id, q.text]));
  return doc.facts.map((f) => [texts.get(f.quantity_id), f.period]);
}

beforeAll(() => void docOf('标题\n全市企业10家。\n', 'facts'), 60_000);

describe('fact periods from the title', () => {
  it('a year the title writes out dates figures whose paragraph states none', () => {
    expect(periods('一九九七年全球企业兼并创纪录\n本报讯 从兼并情况看，美国一国就占了全球企业兼并总额的５８．１％。\n', '1998-01-03'))
      .toEqual([['５８．１％', '1997']]);
  });

  it('a relative year in the title (年内) dates nothing', () => {
    expect(periods('社会资金年内首超信贷\n本报讯 从资金来源看，社会资金占总资金来源的５３．１％。\n', '2009-09-22'))
      .toEqual([['５３．１％', '']]);
  });
});
