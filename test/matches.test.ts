import { describe, expect, it } from 'vitest';
import { codePointEnd, endsWithAny, literalEnds, lowerCodeAt, matchesOf, startsWithAny, wordAt, wordsOf } from '../src/matches.js';

describe('matchesOf', () => {
  it('finds what matchAll finds, empty matches and astral characters included', () => {
    const text = '𠀀a年𠀀bb年,;𠀀';
    for (const flags of ['g', 'gu']) {
      for (const source of ['(?:[ab]|年)*', '[,;]', '𠀀|b', '(?=年)']) {
        const expected = [...text.matchAll(new RegExp(source, flags))].map((m) => [m.index, m[0]]);
        expect(matchesOf(new RegExp(source, flags), text).map((m) => [m.index, m[0]]), `/${source}/${flags}`).toEqual(expected);
      }
    }
  });

  it('starts from the start whatever the lastIndex, and leaves it at 0', () => {
    const pattern = /b/g;
    pattern.lastIndex = 5;
    expect(matchesOf(pattern, 'abcb').map((m) => m.index)).toEqual([1, 3]);
    expect(pattern.lastIndex).toBe(0);
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => matchesOf(/b/, 'abc')).toThrow(TypeError);
  });
});

describe('literalEnds', () => {
  const ends = (re: RegExp) => { const e = literalEnds(re); return e && [...e].map((c) => String.fromCharCode(c)).sort().join(''); };

  it('gives the last characters of an end-anchored alternation of words', () => {
    expect(ends(/(?:企业|基金公司|产业园)$/u)).toBe('业司园');
  });

  it('is null for any other pattern, which may end anywhere', () => {
    for (const re of [/^.+[^就创]业$/u, /(?:企业|行.)$/, /(?:企业|行业)/, /(?:ab|cd)$/i, /(?:a(?:b|c))$/]) expect(ends(re), String(re)).toBeNull();
  });

  it('never leaves out a text the pattern matches', () => {
    const re = /(?:企业|农场|开发商)$/u;
    for (const text of ['国有企业', '大农场', '房地产开发商', '企业家']) {
      if (re.test(text)) expect(literalEnds(re)!.has(text.charCodeAt(text.length - 1)), text).toBe(true);
    }
  });
});

describe('endsWithAny, startsWithAny, wordAt, lowerCodeAt', () => {
  it('test the words at an offset, as some() with startsWith does', () => {
    expect(endsWithAny('前一周', 1, wordsOf(['前', '新']))).toBe(true);
    expect(endsWithAny('前一周', 0, wordsOf(['前']))).toBe(false);
    expect(startsWithAny('天目一号', 3, wordsOf(['号', '届']))).toBe(true);
    expect(startsWithAny('天目一号', 2, wordsOf(['号']))).toBe(false);
  });

  it('find what some() and find() with startsWith find, at every offset, for words sharing first or last characters', () => {
    const list = ['第', '第一', '一期', '期', '一号', 'No.', '.'];
    const words = wordsOf(list);
    for (const text of ['第一期工程No.5', '一号线', '.期第']) {
      for (let i = -1; i <= text.length + 1; i++) {
        expect(startsWithAny(text, i, words), `${text} ${i}`).toBe(i >= 0 && list.some((w) => text.startsWith(w, i)));
        expect(wordAt(text, i, words), `${text} ${i}`).toBe(i >= 0 ? list.find((w) => text.startsWith(w, i)) : undefined);
        expect(endsWithAny(text, i, words), `${text} ${i}`).toBe(list.some((w) => i >= w.length && text.startsWith(w, i - w.length)));
      }
    }
  });

  it('gives two characters one key exactly when toLowerCase makes them one string', () => {
    const text = 'AaKkKÉé年Ｋｋ中ΣσİiI';
    for (let i = 0; i < text.length; i++) {
      for (let j = 0; j < text.length; j++) {
        const same = text[i]!.toLowerCase() === text[j]!.toLowerCase();
        expect(lowerCodeAt(text, i) === lowerCodeAt(text, j), `${text[i]} ${text[j]}`).toBe(same);
      }
    }
    expect(lowerCodeAt(text, 0)).toBe('a'.charCodeAt(0));
  });
});

describe('codePointEnd', () => {
  it('steps over a whole surrogate pair, else one code unit', () => {
    const text = 'a𠀀b\ud840';
    expect(codePointEnd(text, 0)).toBe(1);
    expect(codePointEnd(text, 1)).toBe(3); // 𠀀 is two code units
    expect(codePointEnd(text, 3)).toBe(4);
    expect(codePointEnd(text, 4)).toBe(5); // a lone high surrogate at the end is one
  });
});
