/**
 * Chinese date words are words of their sentence (jieba's tokens): a date
 * word that is a piece of another word, or a deictic date inside a title
 * 《…》, is no date. The sentences are made up; each case fails without the rule.
 */
import { describe, expect, it } from 'vitest';
import { docOf } from './helpers/doc.js';

const datesOf = (body: string, issue = '2024-03-06') =>
  docOf(`标题\n\n${body}\n`, 'dates', issue).dates.map((d) => [d.text, d.value] as const);

describe('Chinese date words inside other words', () => {
  it('drops date words that straddle the tokens of the sentence', () => {
    expect(datesOf('他常给光明日报写稿，然后天津的朋友来信。')).toEqual([]);
    expect(datesOf('她翻开这本日记，想起日本日立公司的工程师。')).toEqual([]);
    expect(datesOf('新厂投产后年产量可达十万吨，农村青年初中毕业后进厂。')).toEqual([]);
  });

  it('keeps dates whose ends fall on token boundaries, or whose token adds only a frame word', () => {
    expect(datesOf('本报北京3月5日电 代表团今天上午抵达，去年7月曾来访，今年上半年还将再来，从今天起开放。')).toEqual([
      ['3月5日', '2024-03-05'],
      ['今天上午', '2024-03-05'],
      ['去年7月', '2023-07'],
      ['今年上半年', '2024-01'],
      ['今天', '2024-03-05'],
    ]);
    expect(datesOf('新华社上海三月五日电 岁末年初，客流大增。')).toEqual([
      ['三月五日', '2024-03-05'],
      ['年初', '2024'],
    ]);
  });

  it('cuts a trailing modifier glued to the next word', () => {
    expect(datesOf('这本书１９９３年初版，再版于后来。')).toEqual([['１９９３年', '1993']]);
  });
});

describe('dates inside titles', () => {
  it('drops a date counted from the reference inside 《…》, keeps a stated year', () => {
    expect(datesOf('他写过《难忘的八月》和《明天会更好》两本书。')).toEqual([]);
    expect(datesOf('会议通过了《２０１０年远景规划》。')).toEqual([['２０１０年', '2010']]);
  });
});
