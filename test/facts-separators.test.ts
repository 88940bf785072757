import { beforeAll, describe, expect, it } from 'vitest';
import { maskQuantities } from '../src/facts/context.js';
import { docOf } from './helpers/doc.js';

/** Issue 9: a thousands separator inside a Chinese number is part of the quantity, never a clause break. */
// Loading the segmenter and the English tagger takes seconds on a busy machine: not part of any one case.
beforeAll(() => void docOf('标题\n全市企业10家。\n', 'facts'), 60_000);

describe('facts on numbers with thousands separators', () => {
  it('masks every quantity span with one character per code unit', () => {
    expect(maskQuantities('企业１，０７５家，增长5%。', [{ start: 2, end: 8 }, { start: 11, end: 13 }])).toBe('企业000000，增长00。');
  });

  const cases: [text: string, quantity: string, value: number][] = [
    ['全市共有企业1,075家。', '1,075家', 1075],
    ['全市共有企业１，０７５家。', '１，０７５家', 1075],
    ['出口额增长1,075个百分点。', '1,075个百分点', 1075],
    ['该市综合实力排名第1,075位。', '第1,075位', 1075],
    ['该项目投资1,000至2,000吨。', '1,000至2,000吨', 1000],
    ['全市销售收入12,345.6万元。', '12,345.6万元', 123456000],
  ];
  it.each(cases)('%s: the whole pipeline runs and keeps the quantity as one span', (text, quantity, value) => {
    const doc = docOf(`标题\n${text}\n`, 'facts', '1998-01-05');
    expect(doc.quantities.map((q) => [q.text, q.value])).toEqual([[quantity, value]]);
    for (const f of doc.facts) expect(f.quantity_id).toBe(doc.quantities[0]!.id);
  });

  it('keeps the metric before a separated number', () => {
    const doc = docOf('标题\n全市工业企业实现利润1,075亿元，增长12%。\n', 'facts', '1998-01-05');
    expect(doc.facts.map((f) => [f.metric, f.kind, f.value])).toEqual([['利润', 'level', 107500000000], ['利润', 'change', 12]]);
  });

});
