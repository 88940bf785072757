import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { SEGMENTERS, segmenterNamed } from '../src/segmenter.js';
import { dataFileUrl, readDataFile } from '../src/data-file.js';
import { HMM_EMIT, HMM_MODEL, parseHmmModel } from '../src/jieba-hmm.js';
import { DICT_PATCH, RUST_JIEBA_USER_FREQUENCY, WEAK_WORDS, dictPatchLines, loadCppjiebaDict, rustJiebaDictPath, weakWordLines, withoutLines } from '../src/rust-jieba-dict.js';

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

const cut = (name: (typeof SEGMENTERS)[number], texts: string[]) => segmenterNamed(name).tagAll(texts).map((ts) => ts.map((t) => `${t.word}/${t.tag}`).join(' '));

describe('node-rs-jieba cuts as nodejieba', () => {
  it.each([
    ['a run of single characters goes on across punctuation, which leaves the rest single', '金凤科创园、提质发展大学科技园和环大学创新生态圈', '提/v 质/ng'],
    ['a dictionary word that lost to its characters goes to the HMM, and keeps its tag', '连拿苏州两个地王,两国建交', '地王/n'],
    ['a rare word is not lost to a total raised by user words', '德和永道投资咨询公司一投资经理告诉记者', '德和永道/x'],
    ['digits and letters are cut and tagged by cppjieba\'s rules', '今年1-2月增长2.45%,5G和4+5,A股', '2.45/eng'],
    ['the dictionary is nodejieba\'s (张力 is in it, 吉林 is not)', '张力在吉林', '张力/nr'],
    ['spaces and line breaks are single tokens', '中国\r\n人民  银行\t\u3000好', '\r/x \n/x'],
  ])('%s', (_, text, expected) => {
    const [rust] = cut('node-rs-jieba', [text]);
    expect(rust).toBe(cut('nodejieba', [text])[0]);
    expect(rust).toContain(expected);
  });

  it('on every line of the sample issue, in one call', () => {
    const lines = readFileSync(new URL('../corpus/2024-02-29-chongqing-daily.txt', import.meta.url), 'utf8').split('\n').filter((l) => l.trim());
    expect(cut('node-rs-jieba', lines)).toEqual(cut('nodejieba', lines));
  });
});

describe('the data that makes node-rs-jieba cut as nodejieba', () => {
  const require = createRequire(import.meta.url);
  const rustDict = readFileSync(rustJiebaDictPath());
  const cppjiebaFile = (name: string) => readFileSync(require.resolve('nodejieba').replace(/index\.js$/, `submodules/cppjieba/dict/${name}`), 'utf8');
  const cppDict = cppjiebaFile('jieba.dict.utf8');
  const dataLines = (path: string) => readDataFile(path).split('\n').filter((l) => l && !l.startsWith('#'));

  it(`${DICT_PATCH} turns @node-rs/jieba's dictionary into nodejieba's`, () => {
    const patch = dataLines(DICT_PATCH);
    expect(patch).toEqual(dictPatchLines(rustDict.toString('utf8'), cppDict));
    const patched = withoutLines(rustDict, patch.filter((l) => l.startsWith('- ')).map((l) => l.slice(2))).toString('utf8').split('\n').filter(Boolean);
    const added = patch.filter((l) => l.startsWith('+ ')).map((l) => l.slice(2));
    expect(new Set([...patched, ...added])).toEqual(new Set(cppDict.split('\n').map((l) => l.trim()).filter(Boolean)));
  }, 30_000);

  it(`${WEAK_WORDS} is current`, () => {
    const jieba = loadCppjiebaDict();
    expect(dataLines(WEAK_WORDS)).toEqual(weakWordLines(cppDict, (text) => jieba.tag(text, false)));
  }, 60_000);

  it('user words get the median frequency of the dictionary, as cppjieba gives them', () => {
    const freqs = cppDict.split('\n').filter(Boolean).map((l) => Number(l.split(' ')[1])).sort((a, b) => a - b);
    expect(RUST_JIEBA_USER_FREQUENCY).toBe(freqs[freqs.length >> 1]);
  }, 20_000);

  it(`${HMM_MODEL} and ${HMM_EMIT} hold nodejieba's HMM`, () => {
    const { start, trans, chars, emit } = parseHmmModel(cppjiebaFile('hmm_model.utf8'));
    expect(JSON.parse(readDataFile(HMM_MODEL))).toMatchObject({ start, trans, chars });
    expect(readFileSync(dataFileUrl(HMM_EMIT)).equals(Buffer.from(emit.buffer))).toBe(true);
  });
});
