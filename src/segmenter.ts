import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Token } from './doc.js';
import { dataFileUrl, loadDataList } from './data-file.js';

/** Chinese word segmentation with part-of-speech tags, offsets into the input string. */
export interface Segmenter {
  tag(text: string): Token[];
  /** The tokens of each text, in order (one round trip when tagging is done by another thread). */
  tagAll(texts: readonly string[]): Token[][];
}

/** The segmenter backends, chosen by `segmenter` in pipeline.config.json. */
export const SEGMENTERS = ['nodejieba', 'node-rs-jieba'] as const;
export type SegmenterName = (typeof SEGMENTERS)[number];

const require = createRequire(import.meta.url);
const USER_DICT = 'zh/userdict.txt';

/** A backend's words and tags for one text, before offsets. */
export type Tagged = { word: string; tag: string }[];
type Tagger = (text: string) => Tagged;

/**
 * cppjieba parses its keyword extractor's IDF table (6 MB, ~0.25 s of CPU)
 * at load, though tagging never reads it: a one-word table stands in.
 */
const UNUSED_IDF = 'zh/jieba-idf.txt';

/** nodejieba (cppjieba): the user dictionary's words get the highest weight. */
function loadNodejieba(): Tagger {
  const jieba = require('nodejieba') as { load(o: { userDict: string; idfDict: string }): void; tag: Tagger };
  jieba.load({ userDict: fileURLToPath(dataFileUrl(USER_DICT)), idfDict: fileURLToPath(dataFileUrl(UNUSED_IDF)) });
  return (text) => jieba.tag(text);
}

/**
 * The highest frequency in @node-rs/jieba's dictionary (了, 883634), checked
 * by a test: cppjieba gives user words the highest weight of its dictionary,
 * and jieba-rs gets the same from this frequency.
 */
export const RUST_JIEBA_TOP_FREQUENCY = 883_634;

/**
 * @node-rs/jieba (jieba-rs). Its dictionary lines are `word freq tag`: the
 * user dictionary's `word tag` lines get the top frequency.
 */
function loadRustJieba(): Tagger {
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const jieba = Jieba.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
  const user = loadDataList(USER_DICT).map((l) => l.split(/\s+/)).map(([word, tag]) => `${word} ${RUST_JIEBA_TOP_FREQUENCY}${tag ? ` ${tag}` : ''}`).join('\n');
  jieba.loadDict(Buffer.from(user));
  return (text) => jieba.tag(text, true);
}

const LOADERS: Record<SegmenterName, () => Tagger> = { 'nodejieba': loadNodejieba, 'node-rs-jieba': loadRustJieba };
const loaded = new Map<SegmenterName, Tagger>();

/**
 * Tokens with offsets from running lengths; a word the backend altered or
 * dropped characters of is looked up ahead, so offsets stay honest.
 */
function tokensOf(text: string, tagged: Tagged): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (const { word, tag } of tagged) {
    const start = text.startsWith(word, at) ? at : text.indexOf(word, at);
    if (start < 0) continue;
    tokens.push({ word, tag, start, end: start + word.length });
    at = start + word.length;
  }
  return tokens;
}

function taggerFor(name: SegmenterName): Tagger {
  let tagger = loaded.get(name);
  if (!tagger) loaded.set(name, (tagger = LOADERS[name]()));
  return tagger;
}

/** The backend's output for each text, its dictionary loaded in this thread on first use. */
export function taggedHere(name: SegmenterName, texts: readonly string[]): Tagged[] {
  const tagger = taggerFor(name);
  return texts.map((t) => tagger(t));
}

/** Set in a worker thread of the local pool: the thread that holds the run's one dictionary tags for it. */
let tagElsewhere: ((texts: readonly string[]) => Tagged[]) | undefined;

/** Send this thread's tagging to `tagger` (see src/run/tagger-link.ts) instead of loading a dictionary. */
export function tagThrough(tagger: (texts: readonly string[]) => Tagged[]): void {
  tagElsewhere = tagger;
}

function segmenterOf(tagged: (texts: readonly string[]) => Tagged[]): Segmenter {
  const tagAll = (texts: readonly string[]) => tagged(texts).map((words, k) => tokensOf(texts[k]!, words));
  return { tag: (text) => tagAll([text])[0]!, tagAll };
}

/**
 * A segmenter of the named backend. Its dictionary is loaded once per process
 * (in the thread that tags, see `tagThrough`), on the first Chinese text: an
 * English-only run never pays for it.
 */
export function segmenterNamed(name: SegmenterName): Segmenter {
  return segmenterOf((texts) => (tagElsewhere ?? ((t) => taggedHere(name, t)))(texts));
}

/** nodejieba with the project's user dictionary, loaded now (tests and scripts time their work after this). */
export function jiebaSegmenter(): Segmenter {
  taggerFor('nodejieba');
  return segmenterOf((texts) => taggedHere('nodejieba', texts));
}
