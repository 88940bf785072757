import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { SegmenterName } from '../../src/segmenter.js';

const require = createRequire(import.meta.url);

/** A backend's plain `cut`, its default dictionary loaded first (the load is timed too). */
const CUTTERS: Record<SegmenterName, () => (text: string) => string[]> = {
  'nodejieba': () => {
    const jieba = require('nodejieba') as { load(): void; cut(text: string): string[] };
    jieba.load();
    return (text) => jieba.cut(text);
  },
  'node-rs-jieba': () => {
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const jieba = Jieba.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
    return (text) => jieba.cut(text, true);
  },
};

/** Milliseconds to load `backend` and cut every `.txt` file of `dir` (read beforehand). */
export function rawSegmentationMs(backend: SegmenterName, dir: string): number {
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  const t0 = performance.now();
  const cut = CUTTERS[backend]();
  for (const text of texts) cut(text);
  return performance.now() - t0;
}
