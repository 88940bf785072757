import { describe, expect, it } from 'vitest';
import { foldFullWidth } from '../src/stages/normalize.js';

describe('foldFullWidth', () => {
  it('folds full-width digits, letters and punctuation to ASCII one for one', () => {
    expect(foldFullWidth('１２月３１日，ＧＤＰ增长５％')).toBe('12月31日,GDP增长5%');
  });
  it('folds the ideographic space to a space and keeps the length', () => {
    const text = '本报讯\u3000记者　张三（北京）';
    const folded = foldFullWidth(text);
    expect(folded).toBe('本报讯 记者 张三(北京)');
    expect(folded.length).toBe(text.length);
  });
  it('leaves characters NFKC would change alone (circled digits, CJK punctuation)', () => {
    expect(foldFullWidth('①、“〇”。')).toBe('①、“〇”。');
  });
});
