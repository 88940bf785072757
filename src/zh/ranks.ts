/**
 * Chinese ranks (SPEC §4: 第…位/名 → rank), from `data/zh/ranks.json`: 第8位,
 * 第三名, and a bare 第二 after a ranking verb (居全国第二). Any other 第N is an
 * ordinal (第十四届) and not a quantity.
 */
import { loadDataJson } from '../data-file.js';
import { z } from 'zod';
import { wordAt, wordsOf } from '../matches.js';
import { DIGIT_CHARS, SMALL_CHARS } from './numeral-table.js';

const schema = z.object({
  $comment: z.string().optional(),
  prefix: z.string().min(1),
  suffixes: z.array(z.string().min(1)),
  verbs: z.array(z.string().min(1)),
  verbWindow: z.number().int().positive(),
}).strict();

const ranks = loadDataJson('zh/ranks.json', schema);

/** A clause boundary: a verb before it does not rank the number after it. */
const CLAUSE_BREAK = /[，。；;,！？!?、：:]/;
/** What may follow a bare rank: the end of a sentence or phrase, 的, or a range (第二至第七名). */
const RANK_END = /[。的至到）)”"\s-]/;

export interface RankHit { start: number; end: number; unitText: string }

const RANK_NUMBER = `[0-9,.${DIGIT_CHARS}${SMALL_CHARS}]+`;
const RANK_CONNECTOR = '[至到~—-]';
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** 第3至5位: after the start of a rank range come a connector, the end (第 repeated or not) and a suffix. */
const RANGE_TAIL = new RegExp(`^\\s?${RANK_CONNECTOR}\\s?(?:${escape(ranks.prefix)})?${RANK_NUMBER}(${ranks.suffixes.map(escape).join('|')})`);
/** …and the end of such a range has the prefix at its start, not right before it. */
const RANGE_HEAD = new RegExp(`${escape(ranks.prefix)}${RANK_NUMBER}\\s?${RANK_CONNECTOR}\\s?$`);

const SUFFIXES = wordsOf(ranks.suffixes);

/** The rank span around the number at [start, end), or null when it is not a rank. */
export function rankAt(view: string, start: number, end: number): RankHit | null {
  const p = ranks.prefix;
  const suffix = wordAt(view, end, SUFFIXES);
  if (suffix && RANGE_HEAD.test(view.slice(Math.max(0, start - 16), start))) {
    return { start, end: end + suffix.length, unitText: `${p}…${suffix}` };
  }
  if (!view.startsWith(p, start - p.length)) return null;
  const from = start - p.length;
  if (suffix) return { start: from, end: end + suffix.length, unitText: `${p}…${suffix}` };
  const tail = RANGE_TAIL.exec(view.slice(end, end + 16));
  if (tail) return { start: from, end, unitText: `${p}…${tail[1]}` };
  // A bare 第N ranks only when it ends the phrase (居全国第二。), not when a noun follows (列入第四产业).
  const next = view[end];
  if (next !== undefined && !CLAUSE_BREAK.test(next) && !RANK_END.test(next)) return null;
  const window = view.slice(Math.max(0, from - ranks.verbWindow), from);
  return hasRankVerb(window.split(CLAUSE_BREAK).pop() ?? '') ? { start: from, end, unitText: `${p}…` } : null;
}

/** A ranking verb (居, 列, 排名) in the clause (a loop, not a `some` callback: `rankAt` keeps no closure context per number). */
function hasRankVerb(clause: string): boolean {
  for (let k = 0; k < ranks.verbs.length; k++) if (clause.includes(ranks.verbs[k]!)) return true;
  return false;
}

/** True when the number is written right after the ordinal prefix (第N). */
export function afterOrdinalPrefix(view: string, start: number): boolean {
  return view.startsWith(ranks.prefix, start - ranks.prefix.length);
}
