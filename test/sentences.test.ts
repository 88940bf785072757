import { describe, expect, it } from 'vitest';
import { viewSpan } from '../src/doc.js';
import { docOf } from './helpers/doc.js';

const sentences = (text: string) => docOf(text, 'sentences').sentences;

describe('sentences', () => {
  it('splits at 。！？ keeping closing quotes with the sentence', () => {
    const s = sentences('标题\n本报讯 他说：“很好。”我们同意！真的吗？');
    expect(s.map((x) => x.view)).toEqual(['标题', '本报讯 他说:“很好。”', '我们同意!', '真的吗?']);
  });

  it('joins a print-layout line break inside a sentence and maps offsets back across it', () => {
    const text = '标题\n本报讯 前几天，国产大飞机亮相新\n\n加坡航展，引发热度。';
    const s = sentences(text).find((x) => x.view.includes('新加坡'))!;
    expect(s.view).toBe('本报讯 前几天,国产大飞机亮相新加坡航展,引发热度。');
    const at = s.view.indexOf('新加坡航展');
    const span = viewSpan(s, at, at + 5);
    expect(text.slice(span.start, span.end)).toBe('新\n\n加坡航展');
  });

  it('keeps bullets, headings and credits as their own sentences', () => {
    const s = sentences('特稿\n□记者 甲\n■研发人员超过24万人\n■技术合同900亿元\n记者甲整理\n正文，完。');
    expect(s.map((x) => x.view)).toEqual(['特稿', '□记者 甲', '■研发人员超过24万人', '■技术合同900亿元', '记者甲整理', '正文,完。']);
  });

  it('does not end an English sentence at an abbreviation', () => {
    const s = sentences('Title\nBy Jo Smith\nOn Jan. 5 the U.S. company said so. Profits rose.');
    expect(s.slice(2).map((x) => x.view)).toEqual(['On Jan. 5 the U.S. company said so.', 'Profits rose.']);
  });

  it('joins English lines with a space mapped to the line break', () => {
    const text = 'Title\nBy Jo Smith\nThe company\nsaid so.';
    const s = sentences(text).at(-1)!;
    expect(s.view).toBe('The company said so.');
    expect(text.slice(s.start, s.end)).toBe('The company\nsaid so.');
  });

  it('tags Chinese sentences with jieba tokens whose offsets point into the view', () => {
    const s = docOf('标题\n本报讯 新增高新技术企业3071家。', 'segment').sentences[1]!;
    for (const t of s.tokens) expect(s.view.slice(t.start, t.end)).toBe(t.word);
    expect(s.tokens.map((t) => t.word)).toContain('高新技术企业');
  });
});
