import { expect, it } from 'vitest';
import { codePointOffsets } from '../src/output/code-points.js';

it('maps UTF-16 offsets to code points past astral characters', () => {
  const text = 'a𠀀b𝟘c';
  const cp = codePointOffsets(text);
  expect([0, 1, 3, 4, 6, 7].map(cp)).toEqual([0, 1, 2, 3, 4, 5]);
  expect([...text].slice(cp(3), cp(6)).join('')).toBe('b𝟘');
});

it('is the identity for text without astral characters', () => {
  const cp = codePointOffsets('重庆日报');
  expect([0, 2, 4].map(cp)).toEqual([0, 2, 4]);
});
