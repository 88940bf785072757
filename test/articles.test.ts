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

  it('gives an empty text no article', () => {
    expect(articles('')).toEqual([]);
    expect(articles(' \n\n \u3000\n')).toEqual([]);
  });
});
