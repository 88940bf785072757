/**
 * The segmentation thread (src/segment-thread.ts): started first by
 * bin/extract.js, it builds the dictionary while the CLI loads, then tags for
 * the CLI's thread. Its tokens must be the ones of a dictionary in the
 * calling thread; whether it is started is guessed from the arguments.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { taggerThrough, type TaggerLink } from '../src/run/tagger-link.js';
import { threadToStartAhead } from '../src/segment-ahead.js';
import { startSegmentThread } from '../src/segment-thread.js';
import { segmenterNamed, tagThrough } from '../src/segmenter.js';
import { gb18030Bytes } from './helpers/encodings.js';
import { tempDir } from './helpers/temp.js';

const SAMPLE = 'corpus/2024-02-29-chongqing-daily.txt';
const sampleText = readFileSync(SAMPLE, 'utf8');

describe('the segmentation thread', () => {
  const thread = startSegmentThread('node-rs-jieba');
  afterAll(() => {
    tagThrough(undefined);
    return thread.stop();
  });
  const lines = sampleText.split('\n').filter((l) => l.trim());
  const small = ['', 'Acme Corp 2.45%\r\n', '重庆', '𠀀重庆𠀀'];

  it('gives the tokens of a dictionary in the calling thread, in one call or one text at a time', () => {
    const segmenter = segmenterNamed('node-rs-jieba');
    const [here, smallHere] = [segmenter.tagAll(lines), segmenter.tagAll(small)];
    expect(taggerThrough(thread.link)(lines)).toEqual(here);
    tagThrough(taggerThrough(thread.link)); // the segmenter of this thread now tags through the thread
    expect(segmenter.tagAll(lines)).toEqual(here);
    expect(lines.slice(0, 20).map((l) => segmenter.tag(l))).toEqual(here.slice(0, 20));
    expect(segmenter.tagAll(small)).toEqual(smallHere);
    tagThrough(undefined);
  }, 60_000);

  it('answers each link it is given (one per thread of a run) with the same tokens', () => {
    const here = segmenterNamed('node-rs-jieba').tagAll(lines);
    const [first, second] = [thread.connect(), thread.connect()].map((c) => taggerThrough(c.link as TaggerLink));
    expect(second!(lines.slice(5))).toEqual(here.slice(5));
    expect(first!(lines)).toEqual(here);
    expect(taggerThrough(thread.link)(lines.slice(0, 3))).toEqual(here.slice(0, 3));
  }, 60_000);
});

describe('whether bin/extract.js starts the thread', () => {
  const ahead = (args: string[]) => threadToStartAhead(args) === 'node-rs-jieba';
  const dir = tempDir('segment-ahead');
  const file = (name: string, content: string | Uint8Array) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  const zh = file('zh.txt', sampleText);
  const gb = file('gb.txt', gb18030Bytes(sampleText));
  const en = file('en.txt', readFileSync('bench/en/conll-dev-001.txt'));
  const curly = file('curly.txt', 'Acme Corp said \u201csales rose\u201d 5 percent.\n');
  const nodejieba = file('nodejieba.config.json', JSON.stringify({ segmenter: 'nodejieba' }));
  const folder = (name: string, files: Record<string, string>) => {
    mkdirSync(join(dir, name));
    for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, name, f), text);
    return join(dir, name);
  };
  const enDir = folder('en-only', { 'a.txt': 'Acme Corp said sales rose 5 percent.\n', 'notes.md': '重庆' });
  const zhDir = folder('zh-two', { 'a.txt': sampleText, 'b.txt': 'Acme Corp said sales rose 5 percent.\n' });
  const manyDir = folder('zh-many', Object.fromEntries(Array.from({ length: 9 }, (_, k) => [`${k}.txt`, '重庆市投入750亿元。'])));
  const nestedDir = folder('zh-nested', { 'a.txt': sampleText });
  mkdirSync(join(nestedDir, 'more'));

  it('for a small run on Chinese input, in UTF-8 or GB18030, with the default segmenter', () => {
    expect(ahead([zh, '--out', join(dir, 'out')])).toBe(true);
    expect(ahead([gb])).toBe(true);
    expect(ahead([en, zh])).toBe(true);
    expect(ahead([zhDir, '--jobs', '1'])).toBe(true);
  });

  it('for the backend the config names', () => {
    expect(threadToStartAhead([zh, '--config', nodejieba])).toBe('nodejieba');
    expect(threadToStartAhead([zh, `--config=${nodejieba}`])).toBe('nodejieba');
    expect(threadToStartAhead([zh, '--config', join(dir, 'no-such.json')])).toBeUndefined();
  });

  it('not for English input', () => {
    expect(threadToStartAhead([en])).toBeUndefined();
    expect(threadToStartAhead([curly])).toBeUndefined();
    expect(threadToStartAhead([enDir])).toBeUndefined();
    expect(threadToStartAhead([join(dir, 'no-such.txt')])).toBeUndefined();
  });

  it('not for a large run: many files, a folder of folders, or more bytes than one thread takes', () => {
    expect(ahead([manyDir])).toBe(false);
    expect(ahead([nestedDir])).toBe(false);
    const large = file('large.txt', sampleText.repeat(Math.ceil(300_000 / Buffer.byteLength(sampleText))));
    expect(ahead([large])).toBe(availableParallelism() === 1);
  });

  it('a pool worker instead when the run will have one: more bytes than one thread takes, or --jobs above one, not set to one by --jobs or the config', () => {
    const large = file('large.txt', sampleText.repeat(Math.ceil(300_000 / Buffer.byteLength(sampleText))));
    const oneThread = file('one.config.json', JSON.stringify({ concurrency: 1 }));
    const worker = (args: string[]) => threadToStartAhead(args) === 'pool worker';
    expect(worker([large])).toBe(availableParallelism() > 1);
    expect(worker([manyDir, '--jobs', '2'])).toBe(true);
    expect(worker([manyDir, '--jobs=2'])).toBe(true);
    expect(worker([en, '--jobs', '2'])).toBe(true);
    expect(worker([manyDir])).toBe(false);
    expect(worker([zh])).toBe(false);
    expect(worker([large, '--jobs', '1'])).toBe(false);
    expect(worker([large, '--config', oneThread])).toBe(false);
  });
});
