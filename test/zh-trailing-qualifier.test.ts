/**
 * A trailing 多/余 after the unit or multiplier (一年多, 5米多深, 3万多) is the
 * qualifier `over`, outside the span, when it is a word of its own in the
 * sentence's jieba tokens. Made-up sentences; each fails without the rule.
 */
import { describe, expect, it } from 'vitest';
import { extractZhQuantities } from '../src/zh/quantities.js';
import { jiebaSegmenter } from '../src/segmenter.js';
import { extractText } from './helpers/contract.js';

const read = (view: string) =>
  extractZhQuantities(view, view, jiebaSegmenter().tag(view)).map((q) => [view.slice(q.start, q.end), q.value, q.qualifier] as const);

describe('trailing 多/余', () => {
  it('sets over when 多/余 after the unit or multiplier is its own word, the span and value unchanged', () => {
    expect(read('经过一年多的努力，工程完工。')).toEqual([['一年', 1, 'over']]);
    expect(read('他跳进5米多深的河里。')).toEqual([['5米', 5, 'over']]);
    expect(read('全市3万多职工领到补贴。')).toEqual([['3万', 30000, 'over']]);
    expect(read('建厂两年多来，产值翻番。')).toEqual([['两年', 2, 'over']]);
    expect(read('约一年多以后再议。')).toEqual([['一年', 1, 'over']]);
  });

  it('leaves a 多 that starts another word', () => {
    expect(read('3年多么漫长。')).toEqual([['3年', 3, 'exact']]);
  });

  it('reaches the output: the quantities stage gives the extractor the sentence tokens', () => {
    const q = extractText('经过一年多的努力，工程完工。').quantities.map((r) => [r.text, r.qualifier]);
    expect(q).toEqual([['一年', 'over']]);
  });
});
