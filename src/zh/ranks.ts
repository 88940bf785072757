/**
 * Chinese ranks (SPEC §4: 第…位/名 → rank), from `data/zh/ranks.json`: 第8位,
 * 第三名, and a bare 第二 after a ranking verb (居全国第二). Any other 第N is an
 * ordinal (第十四届) and not a quantity.
 */
import { loadDataJson } from '../data-file.js';
import { z } from 'zod';

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

/** The rank span around the number at [start, end), or null when it is not a rank. */
export function rankAt(view: string, start: number, end: number): RankHit | null {
  const p = ranks.prefix;
  if (!view.startsWith(p, start - p.length)) return null;
  const from = start - p.length;
  const suffix = ranks.suffixes.find((s) => view.startsWith(s, end));
  if (suffix) return { start: from, end: end + suffix.length, unitText: `${p}…${suffix}` };
  // A bare 第N ranks only when it ends the phrase (居全国第二。), not when a noun follows (列入第四产业).
  const next = view[end];
  if (next !== undefined && !CLAUSE_BREAK.test(next) && !RANK_END.test(next)) return null;
  const window = view.slice(Math.max(0, from - ranks.verbWindow), from);
  const clause = window.split(CLAUSE_BREAK).pop() ?? '';
  return ranks.verbs.some((v) => clause.includes(v)) ? { start: from, end, unitText: `${p}…` } : null;
}

/** True when the number is written right after the ordinal prefix (第N). */
export function afterOrdinalPrefix(view: string, start: number): boolean {
  return view.startsWith(ranks.prefix, start - ranks.prefix.length);
}
