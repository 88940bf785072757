/**
 * Chinese contexts in which a numeral is not a quantity (`data/zh/not-quantities.json`):
 * fixed words (进一步, 之一), identifier prefixes (编号, 星期), determiners before a lone 一
 * (前一周, 新一轮) and name/ordinal suffixes
 * (天目一号, 十四届). Validated once at load.
 */
import { loadDataJson } from '../data-file.js';
import { z } from 'zod';
import { endsWithAny, startsWithAny } from '../matches.js';

const schema = z.object({
  $comment: z.string().optional(),
  words: z.array(z.string().min(2)),
  prefixes: z.array(z.string().min(1)),
  determiners: z.array(z.string().min(1)),
  suffixes: z.array(z.string().min(1)),
}).strict();

const data = loadDataJson('zh/not-quantities.json', schema);

/** Each word indexed by each of its characters, with the character's offset in the word. */
const byChar = new Map<string, { word: string; offset: number }[]>();
for (const word of data.words) {
  [...word].forEach((c, offset) => byChar.set(c, [...(byChar.get(c) ?? []), { word, offset }]));
}

/** True when the character at `at` belongs to a fixed word such as 进一步 or 一带一路. */
export function insideFixedWord(view: string, at: number): boolean {
  const words = byChar.get(view[at]!);
  if (words) for (const { word, offset } of words) if (view.startsWith(word, at - offset)) return true;
  return false;
}

export function hasIdentifierPrefix(view: string, start: number): boolean {
  return endsWithAny(view, start, data.prefixes);
}

/** 前一周, 新一轮, 某一项目: a lone 一 after a determiner means 'the/a', not one. */
export function afterDeterminer(view: string, start: number): boolean {
  return endsWithAny(view, start, data.determiners);
}

export function hasNameSuffix(view: string, end: number): boolean {
  return startsWithAny(view, end, data.suffixes);
}
