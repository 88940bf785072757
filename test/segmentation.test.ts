/**
 * When a run tags through one segmentation thread (src/segmentation.ts):
 * nodejieba's dictionary is never loaded twice, jieba-rs's is loaded by each
 * thread. And a nodejieba thread gives the tokens nodejieba gives here.
 */
import { readFileSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { taggerThrough } from '../src/run/tagger-link.js';
import { startSegmentThread } from '../src/segment-thread.js';
import { wantsSegmentationThread } from '../src/segmentation.js';
import { segmenterNamed } from '../src/segmenter.js';

const [ZH, EN] = [0, 1];

it('nodejieba: on two threads or more whenever an input may be Chinese', () => {
  const wants = (threads: number, lanes: number[]) => wantsSegmentationThread('nodejieba', threads, lanes);
  expect(wants(2, [ZH, EN, EN])).toBe(true);
  expect(wants(2, [ZH, ZH])).toBe(true);
  expect(wants(1, [ZH])).toBe(false);
  expect(wants(3, [EN, EN])).toBe(false);
});

it('jieba-rs: never (each thread loads its own)', () => {
  expect(wantsSegmentationThread('node-rs-jieba', 2, [ZH, ZH, ZH])).toBe(false);
});

const thread = startSegmentThread('nodejieba');
afterAll(() => thread.stop());

it('a nodejieba segmentation thread gives the tokens of nodejieba in the calling thread', () => {
  const lines = readFileSync('corpus/2024-02-29-chongqing-daily.txt', 'utf8').split('\n').filter((l) => l.trim()).slice(0, 40);
  const texts = [...lines, '', 'Acme Corp 2.45%\r\n', '中国\r\n人民  银行'];
  expect(taggerThrough(thread.link)(texts)).toEqual(segmenterNamed('nodejieba').tagAll(texts));
}, 60_000);
