import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Token } from './doc.js';
import { dataFileUrl } from './data-file.js';

/** Chinese word segmentation with part-of-speech tags, offsets into the input string. */
export interface Segmenter {
  tag(text: string): Token[];
}

const require = createRequire(import.meta.url);
const USER_DICT = fileURLToPath(dataFileUrl('zh/userdict.txt'));

interface Jieba {
  load(options: { userDict: string }): void;
  tag(text: string): { word: string; tag: string }[];
}

let jieba: Jieba | null = null;

/** nodejieba loaded once per process with the project's user dictionary. */
export function jiebaSegmenter(): Segmenter {
  if (!jieba) {
    jieba = require('nodejieba') as Jieba;
    jieba.load({ userDict: USER_DICT });
  }
  const j = jieba;
  return {
    tag(text: string): Token[] {
      const tokens: Token[] = [];
      let at = 0;
      for (const { word, tag } of j.tag(text)) {
        const start = text.indexOf(word, at);
        if (start < 0) continue; // jieba dropped or altered characters; keep offsets honest
        tokens.push({ word, tag, start, end: start + word.length });
        at = start + word.length;
      }
      return tokens;
    },
  };
}
