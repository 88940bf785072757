import fc from 'fast-check';
import { expect, it } from 'vitest';
import { originalText } from '../src/original-text.js';

it('reads the characters at the mapped offsets, runs and jumps alike', () => {
  expect(originalText('abcdefgh', [1, 2, 3, 6, 7])).toBe('bcdgh');
  expect(originalText('abc\ndef', [0, 1, 2, 3, 4])).toBe('abc\nd');
  expect(originalText('abc', [])).toBe('');
  expect(originalText('abcd', [2, 2, 0])).toBe('cca');
  fc.assert(fc.property(fc.string({ minLength: 1 }).chain((t) => fc.tuple(fc.constant(t), fc.array(fc.nat(t.length - 1)))), ([text, map]) =>
    originalText(text, map) === map.map((o) => text[o]).join('')), { seed: 11 });
});
