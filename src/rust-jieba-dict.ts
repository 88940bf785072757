/**
 * The dictionary @node-rs/jieba (jieba-rs) is loaded with, so that it cuts
 * and tags as nodejieba (cppjieba) does (see rust-jieba.ts): cppjieba's
 * dictionary (jieba-rs's dict.txt with DICT_PATCH), the project's user
 * dictionary, and the tags of the words jieba-rs cannot look up (WEAK_WORDS).
 * Both data files are made by `npx tsx scripts/jieba-rs-data.ts`; a test
 * checks they are current.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';
import type { Tagged } from './segmenter.js';
import { loadDataList } from './data-dir.js';

const require = createRequire(import.meta.url);

/** How cppjieba's dictionary differs from jieba-rs's dict.txt: `- line` is not in it, `+ line` is only in it. */
export const DICT_PATCH = 'zh/jieba-rs-dict-patch.txt';

/**
 * Dictionary words the route cuts smaller even when alone (两国 → 两|国,
 * 打好), with their tags: the HMM may join them again, and then they take
 * their dictionary tag, which no route call can tell.
 */
export const WEAK_WORDS = 'zh/jieba-weak-words.txt';

/**
 * The median frequency of the dictionary (3), checked by a test. cppjieba
 * gives a user word without a frequency the median weight of its dictionary
 * and leaves the total that every weight divides by to the dictionary;
 * jieba-rs adds user frequencies to its total, so only a low one keeps the
 * choice between a rare word and its characters (德和永道, not 德|和|永道).
 */
export const RUST_JIEBA_USER_FREQUENCY = 3;

/** Separates the texts of one native call: no word holds it, and a cut passes it alone. */
export const SEPARATOR = '\u0003';

export const rustJiebaDictPath = (): string => require.resolve('@node-rs/jieba/dict.txt');

/** `dict` without the given lines, which are searched in file order (each after the one before). */
export function withoutLines(dict: Buffer, lines: readonly string[]): Buffer {
  const kept: Buffer[] = [];
  let from = 0;
  for (const line of lines) {
    const at = lineStart(dict, line, from);
    if (at === undefined) continue;
    kept.push(dict.subarray(from, at));
    from = at + Buffer.byteLength(line) + 1;
  }
  kept.push(dict.subarray(from));
  return Buffer.concat(kept);
}

function lineStart(dict: Buffer, line: string, from: number): number | undefined {
  for (let at = dict.indexOf(`${line}\n`, from); at >= 0; at = dict.indexOf(`${line}\n`, at + 1)) {
    if (at === 0 || dict[at - 1] === 0x0a) return at;
  }
  return undefined;
}

/** The lines of DICT_PATCH: jieba-rs's dict.txt against cppjieba's dictionary, each in its file's order. */
export function dictPatchLines(rustDict: string, cppDict: string): string[] {
  const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
  const rust = new Set(lines(rustDict));
  const cpp = new Set(lines(cppDict));
  return [...[...rust].filter((l) => !cpp.has(l)).map((l) => `- ${l}`), ...[...cpp].filter((l) => !rust.has(l)).map((l) => `+ ${l}`)];
}

/** The `word tag` lines of WEAK_WORDS, from a dictionary's text and the route of a jieba-rs loaded with it. */
export function weakWordLines(dict: string, route: (text: string) => Tagged): string[] {
  const entries = dict.split('\n').map((l) => l.trim().split(/\s+/)).filter(([word]) => word && /^[\u4E00-\u9FD5]{2,}$/.test(word));
  const lines: string[] = [];
  const CHUNK = 20_000;
  for (let i = 0; i < entries.length; i += CHUNK) {
    const chunk = entries.slice(i, i + CHUNK);
    splitAt(route(chunk.map(([word]) => word).join(SEPARATOR)), (t) => t.word).forEach((tagged, k) => {
      const [word, , tag] = chunk[k]!;
      if (tagged.length !== 1) lines.push(`${word} ${tag ?? 'x'}`);
    });
  }
  return lines;
}

/** A native call's output split at its SEPARATOR words. */
export function splitAt<T>(items: T[], word: (item: T) => string): T[][] {
  const parts: T[][] = [[]];
  for (const item of items) {
    if (word(item) === SEPARATOR) parts.push([]);
    else parts[parts.length - 1]!.push(item);
  }
  return parts;
}

/** jieba-rs with cppjieba's dictionary; the user dictionary's lines too when given. */
export function loadCppjiebaDict(userLines: readonly string[] = []): Jieba {
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const patch = loadDataList(DICT_PATCH);
  const dropped = patch.filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
  const added = patch.filter((l) => l.startsWith('+ ')).map((l) => l.slice(2));
  const jieba = Jieba.withDict(withoutLines(readFileSync(rustJiebaDictPath()), dropped));
  jieba.loadDict(Buffer.from([...added, ...userLines].join('\n')));
  return jieba;
}

/** The user dictionary's `word tag` lines as jieba-rs reads them (`word freq tag`). */
export function userDictLines(userDict: string): { word: string; tag: string | undefined; line: string }[] {
  return loadDataList(userDict).map((l) => l.split(/\s+/)).map(([word, tag]) => ({
    word: word!, tag, line: `${word} ${RUST_JIEBA_USER_FREQUENCY}${tag ? ` ${tag}` : ''}`,
  }));
}

/** Weak words' tags: WEAK_WORDS and the user words the route cuts smaller. */
export function weakTagsOf(jieba: Jieba, user: ReturnType<typeof userDictLines>): Map<string, string> {
  const tags = new Map(loadDataList(WEAK_WORDS).map((l) => l.split(' ') as [string, string]));
  const routes = splitAt(jieba.cut(user.map((u) => u.word).join(SEPARATOR), false), (w) => w);
  user.forEach(({ word, tag }, k) => { if (routes[k]!.length > 1) tags.set(word, tag ?? 'x'); });
  return tags;
}
