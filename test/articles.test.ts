import { describe, expect, it } from 'vitest';
import { docOf } from './helpers/doc.js';

const articles = (text: string) => docOf(text, 'articles').articles;

describe('articles', () => {
  it('opens an article at a headline followed by a 本报讯 lead and keeps the whole line as the title', () => {
    const text = '第一条新闻标题\n\n本报讯(记者 王五)3月1日，某地召开会议。\n\n会议指出，要抓好落实。\n\n第二条新闻 副标题在这里\n\n本报讯 5日，另一件事发生了。';
    const a = articles(text);
    expect(a.map((x) => x.title)).toEqual(['第一条新闻标题', '第二条新闻 副标题在这里']);
    expect(a[0]).toMatchObject({ start: 0, end: text.indexOf('第二条'), lang: 'zh' });
    expect(a[1]!.end).toBe(text.length);
  });

  it('reads a title block: headline, subtitle, then a standalone byline', () => {
    const a = articles('主标题\n副标题说明\n□本报记者 张三\n\n正文第一段，内容很长。');
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ title: '主标题', alt_titles: ['副标题说明'] });
  });

  it('treats short lines inside a feature as subheadings, not new articles', () => {
    const a = articles('特稿标题\n□记者 张三\n导语部分，内容如下。\n小标题一\n正文，又一段。\n小标题二\n正文，再一段。');
    expect(a.map((x) => x.title)).toEqual(['特稿标题']);
  });

  it('cuts out a photo-news item (headline, caption, photo credit) inserted in a feature, which then resumes', () => {
    const text = '特稿标题\n□记者 张三\n第一段，内容。\n图片新闻 标题\n图说文字，内容。\n通讯员 李四 摄\n第二段，内容。';
    const a = articles(text);
    expect(a.map((x) => x.title)).toEqual(['特稿标题', '图片新闻 标题']);
    expect(a[0]!.segments).toHaveLength(2);
    expect(a[0]!.segments[1]![0]).toBe(text.indexOf('第二段'));
    expect(a[1]!.segments).toEqual([[text.indexOf('图片新闻'), text.indexOf('第二段')]]);
  });

  it('starts an untitled article at a continuation marker', () => {
    const a = articles('标题\n本报讯 甲事。\n(上接1版)乙事继续。');
    expect(a.map((x) => x.title)).toEqual(['标题', '']);
  });

  it('keeps a short line broken by the layout inside a news item as body text', () => {
    const a = articles('标题\n本报讯 该项目落地。\n该项目将专注于高性能\n器械研发，前景广阔。');
    expect(a).toHaveLength(1);
  });

  it('reads full-width layout the same way and detects English articles', () => {
    expect(articles('Ｔｉｔｌｅ　ｌｉｎｅ\nBy John Smith\nThe company said on Monday that profits rose.')[0])
      .toMatchObject({ title: 'Ｔｉｔｌｅ　ｌｉｎｅ', lang: 'en' });
  });

  it('reads a Reuters head: headline with a full stop, optional byline, dateline on one line or two', () => {
    const one = articles('ROMANIA COMELF H1 PROFIT RISE BELOW TARGET.\nBUCHAREST 1996-08-30\nComelf said profit rose.\nIt said more.');
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({ title: 'ROMANIA COMELF H1 PROFIT RISE BELOW TARGET.', dateline: '1996-08-30', lang: 'en' });
    const two = articles('Douglas & Lomason shares rise on merger.\nFARMINGTON HILLS, Mich.\n1996-08-30\nShares were up.');
    expect(two.map((a) => [a.title, a.dateline])).toEqual([['Douglas & Lomason shares rise on merger.', '1996-08-30']]);
    const byline = articles('Cofinec plunges on H1 results.\nEmese Bartha\nBUDAPEST 1996-08-30\nShares plunged on Friday.');
    expect(byline.map((a) => a.title)).toEqual(['Cofinec plunges on H1 results.']);
  });

  it('reads an English page of several stories without datelines, separated by headlines', () => {
    const a = articles('Port traffic rises\n\nThe port handled more ships this year. Officials were pleased.\n\nNew bridge opens\n\nA new bridge opened on Monday.');
    expect(a.map((x) => x.title)).toEqual(['Port traffic rises', 'New bridge opens']);
  });

  it('takes the issue date from the latest wire dateline when nothing else gives one', () => {
    const doc = docOf('Pirelli looks to China.\nMILAN 1996-08-30\nPirelli said so.\n\nRuch bid.\nWARSAW 1996-08-31\nA bid was made.', 'issue-date', null);
    expect([doc.issueDate, doc.issueDateSource]).toEqual(['1996-08-31', 'text']);
  });

  it('opens one article per wire story and keeps sign-offs and short lines inside the story', () => {
    const text = 'Pirelli cables look to tap Chinese growth.\nMILAN 1996-08-30\nPirelli announced a venture.\n-- Milan Newsroom\n\n'
      + 'Polish group to bid for Ruch.\nWARSAW 1996-08-31\nA consortium plans a bid.\n\nGulf rig count steady.\nHOUSTON, Aug 30 (Reuters) - The rig count held.';
    const a = articles(text);
    expect(a.map((x) => [x.title, x.dateline])).toEqual([
      ['Pirelli cables look to tap Chinese growth.', '1996-08-30'],
      ['Polish group to bid for Ruch.', '1996-08-31'],
      ['Gulf rig count steady.', null],
    ]);
  });

  it('reads results and standings as table rows of the story, not as articles, and flags their sentences', () => {
    const text = 'SOCCER - SCOTTISH LEAGUE STANDINGS.\nLONDON 1996-08-31\nScottish league standings after\nSaturday\'s matches (played, won, points):\n'
      + 'Division one\nGreenock Morton 3 2 0 1 5 2 6\nDundee 3 1 2 0 3 2 5\nDivision two\nPohang 3 Ulsan 2 (halftime 1-0)\nThe season resumes next week.';
    const doc = docOf(text, 'sentences');
    expect(doc.articles.map((x) => x.title)).toEqual(['SOCCER - SCOTTISH LEAGUE STANDINGS.']);
    const tables = doc.sentences.filter((s) => s.table).map((s) => s.view);
    expect(tables).toEqual(['Division one', 'Greenock Morton 3 2 0 1 5 2 6', 'Dundee 3 1 2 0 3 2 5', 'Division two', 'Pohang 3 Ulsan 2 (halftime 1-0)']);
  });

  it('reads rows of names and results, every word capitalised and a number last, as table rows', () => {
    const text = 'ROWING - REGATTA RESULTS.\nOSLO 2001-06-10\nResults of the regatta on Sunday\n(crew, country, time):\n'
      + 'Kilmarnock Athletic 2 Ross County 1\n4. Anna Berg (Norway) 7:14.37\nTeams from 12 clubs took part 2 times.';
    const doc = docOf(text, 'sentences');
    expect(doc.sentences.filter((s) => s.table).map((s) => s.view)).toEqual(['Kilmarnock Athletic 2 Ross County 1', '4.', 'Anna Berg (Norway) 7:14.37']);
  });

  it('gives an empty text no article', () => {
    expect(articles('')).toEqual([]);
    expect(articles(' \n\n \u3000\n')).toEqual([]);
  });
});
