/**
 * Signs of Chinese quantities: `零下` makes a temperature negative (outside the
 * span), `负` is no minus before a count, and a minus
 * mark is glued to Arabic digits. Made-up sentences; each fails without its rule.
 */
import { describe, expect, it } from 'vitest';
import { extractZhQuantities } from '../src/zh/quantities.js';

const read = (view: string) =>
  extractZhQuantities(view).map((q) => [view.slice(q.start, q.end), q.value, q.value_max, q.unit] as const);

describe('signs of Chinese quantities', () => {
  it('negates a temperature after 零下 and keeps 零下 outside the span', () => {
    expect(read('夜间气温降到零下12摄氏度。')).toEqual([['12摄氏度', -12, null, 'degC']]);
    expect(read('山顶气温在零下5至8℃之间。')).toEqual([['5至8℃', -8, -5, 'degC']]);
    // 零下 says nothing of another unit
    expect(read('零下作业三小时。')).toEqual([['三小时', 3, null, 'hour']]);
  });

  it('reads 负 as a minus, except before a count', () => {
    expect(read('客队三胜负两场。')).toContainEqual(['两场', 2, null, 'unit']);
    expect(read('增速为负3.5%。')).toEqual([['负3.5%', -3.5, null, 'percent']]);
    expect(read('净值为负200万元。')).toEqual([['负200万元', -2000000, null, 'CNY']]);
  });

  it('reads a dash mark as a minus only when glued to Arabic digits, never after another dash', () => {
    expect(read('他说——-一个人也不能少。')).toEqual([['一个', 1, null, 'unit']]);
    expect(read('他说——－5个人也不能少。'.replace('－', '-'))).toEqual([['5个', 5, null, 'unit']]);
    expect(read('增幅为-2.5%。')).toEqual([['-2.5%', -2.5, null, 'percent']]);
  });
});
