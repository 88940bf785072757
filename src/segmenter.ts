import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Token } from './doc.js';
import { dataFileUrl } from './data-dir.js';
import { loadRustJieba } from './rust-jieba.js';
import { DEFAULT_SEGMENTER, type SegmenterName } from './segmenter-names.js';

/** Chinese word segmentation with part-of-speech tags, offsets into the input string. */
export interface Segmenter {
  tag(text: string): Token[];
  /** The tokens of each text, in order (one round trip when tagging is done by another thread). */
  tagAll(texts: readonly string[]): Token[][];
}

export { DEFAULT_SEGMENTER, SEGMENTERS, type SegmenterName } from './segmenter-names.js';

const require = createRequire(import.meta.url);
const USER_DICT = 'zh/userdict.txt';

/** A backend's words and tags for one text, before offsets. */
export type Tagged = { word: string; tag: string }[];
/** A backend: the tokens of each text. */
export type Tagger = (texts: readonly string[]) => Token[][];

/**
 * cppjieba parses its keyword extractor's IDF table (6 MB, ~0.25 s of CPU)
 * at load, though tagging never reads it: a one-word table stands in.
 */
const UNUSED_IDF = 'zh/jieba-idf.txt';

/** nodejieba (cppjieba): the user dictionary's words get the median weight of its dictionary. */
function loadNodejieba(): Tagger {
  const jieba = require('nodejieba') as { load(o: { userDict: string; idfDict: string }): void; tag(text: string): Tagged };
  jieba.load({ userDict: fileURLToPath(dataFileUrl(USER_DICT)), idfDict: fileURLToPath(dataFileUrl(UNUSED_IDF)) });
  return (texts) => texts.map((t) => tokensOf(t, jieba.tag(t)));
}

const LOADERS: Record<SegmenterName, () => Tagger> = { 'nodejieba': loadNodejieba, 'node-rs-jieba': () => loadRustJieba(USER_DICT) };
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

/** The backend's tokens of each text, its dictionary loaded in this thread on first use. */
export function taggedHere(name: SegmenterName, texts: readonly string[]): Token[][] {
  return taggerFor(name)(texts);
}

/** Set in a thread that tags through the segmentation thread, which holds the run's one dictionary (see src/segment-thread.ts). */
let tagElsewhere: Tagger | undefined;

/** Send this thread's tagging to `tagger` (see src/run/tagger-link.ts) instead of loading a dictionary; undefined: tag here again. */
export function tagThrough(tagger: Tagger | undefined): void {
  tagElsewhere = tagger;
}

function segmenterOf(tagAll: (texts: readonly string[]) => Token[][]): Segmenter {
  return { tag: (text) => tagAll([text])[0]!, tagAll };
}

/**
 * A segmenter of the named backend. Its dictionary is loaded once per process
 * (in the thread that tags, see `tagThrough`), on the first Chinese text: an
 * English-only run never pays for it.
 */
export function segmenterNamed(name: SegmenterName): Segmenter {
  return segmenterOf((texts) => (tagElsewhere ? tagElsewhere(texts) : taggedHere(name, texts)));
}

/** The default segmenter, its dictionary loaded now (tests and scripts time their work after this). */
export function jiebaSegmenter(): Segmenter {
  taggerFor(DEFAULT_SEGMENTER);
  return segmenterOf((texts) => taggedHere(DEFAULT_SEGMENTER, texts));
}
