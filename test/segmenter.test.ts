import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { RUST_JIEBA_TOP_FREQUENCY, SEGMENTERS, segmenterNamed } from '../src/segmenter.js';

const SENTENCE = '重庆市科技局投入750亿元，新质生产力加快发展，高新技术企业达到6000家。';

describe.each(SEGMENTERS)('segmenter %s', (name) => {
  const tokens = segmenterNamed(name).tag(SENTENCE);

  it('covers the text with tokens whose offsets point at their words', () => {
    for (const t of tokens) expect(SENTENCE.slice(t.start, t.end)).toBe(t.word);
    expect(tokens.map((t) => t.word).join('')).toBe(SENTENCE);
    expect(tokens.every((t, k) => k === 0 || t.start === tokens[k - 1]!.end)).toBe(true);
  });

  it('keeps the user dictionary words whole, with their tags', () => {
    const tagOf = (w: string) => tokens.find((t) => t.word === w)?.tag;
    expect(tagOf('新质生产力')).toBe('n');
    expect(tagOf('高新技术企业')).toBe('n');
  });

  it('tags a place name and a measure word as the rules expect', () => {
    expect(tokens.find((t) => t.word === '重庆市')?.tag).toBe('ns');
    expect(tokens.find((t) => t.word === '家')?.tag).toBe('q');
  });
});

it("gives user words @node-rs/jieba's highest dictionary frequency", () => {
  const dict = readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'), 'utf8');
  let top = 0;
  for (const line of dict.split('\n')) top = Math.max(top, Number(line.split(' ')[1]) || 0);
  expect(RUST_JIEBA_TOP_FREQUENCY).toBe(top);
}, 20_000);
