import { describe, expect, it } from 'vitest';
import { matchesOf } from '../src/matches.js';

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
