import { describe, expect, it } from 'vitest';
import { NameIndex, NameIndexes } from '../src/zh/org-name-index.js';

describe('NameIndex', () => {
  it('finds the leftmost longest names, without overlaps, as a global regex of the list would', () => {
    const index = new NameIndex(['中国', '中国银行', '银行业协会', '国务院']);
    expect(index.find('中国银行业协会和国务院')).toEqual([
      { start: 0, end: 4, name: '中国银行' },
      { start: 8, end: 11, name: '国务院' },
    ]);
    const regex = /中国银行|银行业协会|国务院|中国/g;
    expect(index.find('中国银行业协会和国务院').map((h) => h.name)).toEqual('中国银行业协会和国务院'.match(regex));
  });

  it('tells apart names whose second characters share a lookup bucket (U+4E00 and U+5E00)', () => {
    const index = new NameIndex(['中一局', '中帀局']);
    expect(index.find('中帀局与中一局').map((h) => h.name)).toEqual(['中帀局', '中一局']);
  });

  it('matches ASCII letters without case and gives the name as listed', () => {
    expect(new NameIndex(['IBM公司']).find('ibm公司')).toEqual([{ start: 0, end: 5, name: 'IBM公司' }]);
    expect(new NameIndex(['cba联赛', 'NBA']).find('CBA联赛和nBa')).toEqual([
      { start: 0, end: 5, name: 'cba联赛' },
      { start: 6, end: 9, name: 'NBA' },
    ]);
  });

  it('refuses a name shorter than two characters', () => {
    expect(() => new NameIndex(['中'])).toThrow(/shorter than two/);
  });
});

describe('NameIndexes', () => {
  it('gives each list its own hits in one scan: two lists may overlap', () => {
    const [a, b] = new NameIndexes([new NameIndex(['人民银行']), new NameIndex(['银行'])]).find('人民银行');
    expect(a).toEqual([{ start: 0, end: 4, name: '人民银行' }]);
    expect(b).toEqual([{ start: 2, end: 4, name: '银行' }]);
  });

  it('refuses more lists than its table of first pairs tells apart', () => {
    expect(() => new NameIndexes(Array.from({ length: 9 }, () => new NameIndex(['银行'])))).toThrow(/at most 8 lists/);
  });
});
