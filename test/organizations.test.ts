import { describe, expect, it } from 'vitest';
import { jiebaSegmenter } from '../src/segmenter.js';
import { keepLongest } from '../src/stages/organizations.js';
import { proposeEnglishOrganizations } from '../src/en/organizations.js';
import { proposeOrganizations } from '../src/zh/organizations.js';
import { docOf } from './helpers/doc.js';

describe('organizations stage', { timeout: 30_000 }, () => {
  it('resolves a declared alias in later sentences and numbers ids in document order', () => {
    const text = '科技日报讯 成都蓝海特种材料有限公司(以下简称蓝海特材)今天投产。\n\n据介绍，蓝海特材已申请专利。清华大学参与研发。\n';
    const doc = docOf(text, 'organizations');
    expect(doc.organizations.map((o) => [o.id, o.text, o.canonical])).toEqual([
      ['o1', '成都蓝海特种材料有限公司', '成都蓝海特种材料有限公司'],
      ['o2', '蓝海特材', '成都蓝海特种材料有限公司'],
      ['o3', '蓝海特材', '成都蓝海特种材料有限公司'],
      ['o4', '清华大学', '清华大学'],
    ]);
    for (const o of doc.organizations) expect(doc.text.slice(o.start, o.end)).toBe(o.text);
  });

  it('an alias declared for no organization is not resolved', () => {
    const doc = docOf('重庆垫江阀门铸造产业园(以下简称铸造产业园)开工。铸造产业园占地300亩。\n', 'organizations');
    expect(doc.organizations).toEqual([]);
  });

  it('keeps a name broken by a print-layout line break in one span', () => {
    const text = '该项目由成都蓝海特种材\n料有限公司研制，已经投产，产品销往各地\n市场。\n';
    const doc = docOf(text, 'organizations');
    expect(doc.organizations.map((o) => o.text)).toEqual(['成都蓝海特种材\n料有限公司']);
  });

  it('keepLongest prefers the longest of overlapping candidates', () => {
    const kept = keepLongest([{ start: 0, end: 4 }, { start: 0, end: 15 }, { start: 15, end: 18 }, { start: 10, end: 16 }]);
    expect(kept).toEqual([{ start: 0, end: 15 }, { start: 15, end: 18 }]);
  });
});

// Speed is measured by `npm run bench`; here a hang (backtracking) hits the test timeout.
describe('organization proposers on a 1 MB line', { timeout: 60_000 }, () => {
  it('Chinese rules read it to its end', () => {
    const sentence = '中国建设银行四川省分行、成都蓝海特种材料有限公司(以下简称蓝海特材)和市科技局负责人表示，统揽全局。';
    const view = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const unit = jiebaSegmenter().tag(sentence);
    const tokens = Array.from({ length: view.length / sentence.length }, (_, k) =>
      unit.map((t) => ({ ...t, start: t.start + k * sentence.length, end: t.end + k * sentence.length }))).flat();
    const found = keepLongest(proposeOrganizations(view, tokens));
    expect(found.length).toBeGreaterThan(1000);
  });

  it('English rules read it to its end', () => {
    const sentence = 'Shares of Homegate Hospitality Inc and the Bank of England rose, Reuters said. ';
    const view = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const found = proposeEnglishOrganizations(view);
    expect(found.some((o) => o.start > view.length - sentence.length)).toBe(true);
  });
});
