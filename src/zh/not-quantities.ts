/**
 * Chinese contexts in which a numeral is not a quantity (`data/zh/not-quantities.json`):
 * fixed words (进一步, 之一), identifier prefixes (编号, 星期), determiners before a lone 一
 * (前一周, 新一轮), name/ordinal suffixes (天目一号, 十四届) and the duration
 * frame some units need (两周后, not 四周 'all around'). Validated once at load.
 */
import { loadDataJson } from '../data-file.js';
import { z } from 'zod';
import { codeAt, endsWithAny, startsWithAny, wordsOf } from '../matches.js';

const schema = z.object({
  $comment: z.string().optional(),
  words: z.array(z.string().min(2)),
  prefixes: z.array(z.string().min(1)),
  determiners: z.array(z.string().min(1)),
  suffixes: z.array(z.string().min(1)),
  durationFrame: z.object({ units: z.array(z.string().min(1)), before: z.array(z.string().min(1)), after: z.array(z.string().min(1)) }).strict(),
}).strict();

const data = loadDataJson('zh/not-quantities.json', schema);
const PREFIXES = wordsOf(data.prefixes);
const DETERMINERS = wordsOf(data.determiners);
const SUFFIXES = wordsOf(data.suffixes);
const FRAMED_UNITS: ReadonlySet<string> = new Set(data.durationFrame.units);
const FRAME_BEFORE = wordsOf(data.durationFrame.before);
const FRAME_AFTER = wordsOf(data.durationFrame.after);

/** Words by their first two code units. */
type ByStart = Map<number, Map<number, string[]>>;

/**
 * Each word under each of its characters (by code unit), by the character's
 * offset in the word (code points, as listed), then by the word's first two
 * code units: a number's character (一 is in half the words) is looked up
 * where each word holding it would start. A character of two code units is
 * never the one code unit a number starts with, and is not listed.
 */
const byChar = new Map<number, { offset: number; byStart: ByStart }[]>();
for (const word of data.words) {
  [...word].forEach((ch, offset) => {
    if (ch.length > 1) return;
    const c = ch.charCodeAt(0);
    const offsets = byChar.get(c) ?? [];
    let entry = offsets.find((o) => o.offset === offset);
    if (!entry) offsets.push((entry = { offset, byStart: new Map() }));
    const bySecond = entry.byStart.get(word.charCodeAt(0)) ?? new Map<number, string[]>();
    bySecond.set(word.charCodeAt(1), [...(bySecond.get(word.charCodeAt(1)) ?? []), word]);
    entry.byStart.set(word.charCodeAt(0), bySecond);
    byChar.set(c, offsets);
  });
}

/** True when the character at `at` belongs to a fixed word such as 进一步 or 一带一路. */
export function insideFixedWord(view: string, at: number): boolean {
  const offsets = byChar.get(view.charCodeAt(at));
  if (!offsets) return false;
  for (let k = 0; k < offsets.length; k++) {
    const start = Math.max(0, at - offsets[k]!.offset); // as startsWith reads a negative position
    const words = offsets[k]!.byStart.get(view.charCodeAt(start))?.get(codeAt(view, start + 1));
    if (words) for (let j = 0; j < words.length; j++) if (view.startsWith(words[j]!, start)) return true;
  }
  return false;
}

export function hasIdentifierPrefix(view: string, start: number): boolean {
  return endsWithAny(view, start, PREFIXES);
}

/** 前一周, 新一轮, 某一项目: a lone 一 after a determiner means 'the/a', not one. */
export function afterDeterminer(view: string, start: number): boolean {
  return endsWithAny(view, start, DETERMINERS);
}

export function hasNameSuffix(view: string, end: number): boolean {
  return startsWithAny(view, end, SUFFIXES);
}

/**
 * 四周 'all around', 环湖一周 'a lap': a unit that counts time only in a
 * duration frame (两周后, 为期一周), after a Chinese numeral from `start` to
 * `end` (the unit `unitText` included), with no frame word around it.
 */
export function outsideDurationFrame(view: string, start: number, end: number, unitText: string): boolean {
  return FRAMED_UNITS.has(unitText) && !endsWithAny(view, start, FRAME_BEFORE) && !startsWithAny(view, end, FRAME_AFTER);
}
