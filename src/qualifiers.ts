/**
 * Qualifier words (SPEC §4 `qualifier`), from `data/qualifiers.json`: words before
 * a number (约, 超过, more than) and after it (以上, 左右, or more) stay outside the
 * span; inner words (300余亩) are inside it. Validated once at load.
 */
import { loadDataJson } from './data-file.js';
import { z } from 'zod';
import type { Dimension, Lang, Qualifier, Token } from './doc.js';
import { lowerCodeAt } from './matches.js';
import { tokenHolding } from './zh/tokens.js';

const QUALIFIERS = ['exact', 'approx', 'over', 'under', 'at_least', 'at_most'] as const satisfies readonly Qualifier[];
const qualifier = z.enum(QUALIFIERS);
const entry = z.union([qualifier, z.object({
  qualifier, notFor: z.array(z.string()).optional(), notAfter: z.array(z.string().length(1)).optional(),
  onlyBefore: z.array(z.string().length(1)).optional(),
}).strict()]);
const side = z.object({
  before: z.record(z.string().min(1), entry),
  inner: z.record(z.string().min(1), qualifier),
  after: z.record(z.string().min(1), qualifier),
  trailing: z.record(z.string().min(1), qualifier).optional(),
  trailingFollowers: z.array(z.string().min(1)).optional(),
  coordinators: z.array(z.string().min(1)),
  listCues: z.array(z.string().min(1)),
}).strict();
const schema = z.object({ $comment: z.string().optional(), zh: side, en: side }).strict();

const table = loadDataJson('qualifiers.json', schema);

interface Word { text: string; qualifier: Qualifier; notFor: string[]; notAfter: string[]; onlyBefore: string[] }

function words(record: Record<string, z.infer<typeof entry>>): Word[] {
  return Object.entries(record)
    .map(([text, e]) => (typeof e === 'string'
      ? { text, qualifier: e, notFor: [], notAfter: [], onlyBefore: [] }
      : { text, qualifier: e.qualifier, notFor: e.notFor ?? [], notAfter: e.notAfter ?? [], onlyBefore: e.onlyBefore ?? [] }))
    .sort((a, b) => b.text.length - a.text.length);
}

/** Words indexed by one end's (lower-cased) code unit, longest first, so a lookup touches only candidates. */
function indexBy(list: Word[], end: 'first' | 'last'): Map<number, Word[]> {
  const m = new Map<number, Word[]>();
  for (const w of list) {
    const k = lowerCodeAt(w.text, end === 'first' ? 0 : w.text.length - 1);
    m.set(k, [...(m.get(k) ?? []), w]);
  }
  return m;
}

/** By language in maps, not records read as `record[lang]` (see `units.ts`: a keyed read is re-optimized when the second language comes). */
const lists: ReadonlyMap<Lang, { before: Map<number, Word[]>; after: Map<number, Word[]>; inner: Record<string, Qualifier> }> = new Map((['zh', 'en'] as const).map((lang) => [lang, {
  before: indexBy(words(table[lang].before), 'last'), after: indexBy(words(table[lang].after), 'first'), inner: table[lang].inner,
}]));

const LETTER = /[A-Za-z]/;
/** zh words may be followed by 了 or 有 (突破了1000万元, 大约有600亿, 大致就有6000亿元), longest first; en words are separated by spaces. */
const ZH_GAP = ['就有', '也有', '了', '有'];
/** How far back a before-word's gap is read. */
const HEAD = 24;

/** The length of the ZH_GAP word that ends at `start`, or 0 (a loop, not a `find` callback: no closure over the view per number). */
function zhGapBefore(view: string, start: number): number {
  for (let k = 0; k < ZH_GAP.length; k++) if (view.endsWith(ZH_GAP[k]!, start)) return ZH_GAP[k]!.length;
  return 0;
}

/** The length of the gap between a before-word and the number at `start`. */
function gapBefore(lang: Lang, view: string, start: number): number {
  if (lang === 'zh') return zhGapBefore(view, start);
  let gap = 0;
  while (gap < HEAD && gap < start && /\s/.test(view[start - gap - 1]!)) gap++;
  return gap;
}

export interface QualifierHit { qualifier: Qualifier; start: number; end: number }

/** The qualifier word written right before `start` (its position included), if any. */
export function qualifierBefore(lang: Lang, view: string, start: number, dimension: Dimension): QualifierHit | null {
  const gap = gapBefore(lang, view, start);
  const end = start - gap;
  const candidates = end > 0 && (lang === 'zh' || gap > 0) ? lists.get(lang)!.before.get(lowerCodeAt(view, end - 1)) : undefined;
  if (candidates === undefined) return null;
  for (let k = 0; k < candidates.length; k++) {
    const w = candidates[k]!;
    const at = end - w.text.length;
    if (at < 0 || (lang === 'en' ? view.slice(at, end).toLowerCase() !== w.text : !view.startsWith(w.text, at))) continue;
    if (lang === 'en' && at > 0 && LETTER.test(view[at - 1]!)) continue;
    if (at > 0 && w.notAfter.includes(view[at - 1]!)) continue;
    if (w.onlyBefore.length > 0 && !w.onlyBefore.includes(view[start]!)) continue;
    if (w.notFor.includes(dimension)) return null;
    return { qualifier: w.qualifier, start: at, end };
  }
  return null;
}

/** The qualifier word written right after `end` (以上, 左右, or more), if any. */
export function qualifierAfter(lang: Lang, view: string, end: number): QualifierHit | null {
  const from = lang === 'en' ? end + (/^\s*/.exec(view.slice(end, end + 8))?.[0].length ?? 0) : end;
  const candidates = from < view.length ? lists.get(lang)!.after.get(lowerCodeAt(view, from)) : undefined;
  if (candidates === undefined) return null;
  for (let k = 0; k < candidates.length; k++) {
    const w = candidates[k]!;
    if (lang === 'en' ? view.slice(from, from + w.text.length).toLowerCase() !== w.text : !view.startsWith(w.text, from)) continue;
    if (lang === 'en' && LETTER.test(view[from + w.text.length] ?? '')) continue;
    return { qualifier: w.qualifier, start: from, end: from + w.text.length };
  }
  return null;
}

const TRAILING: ReadonlyMap<Lang, { words: [string, Qualifier][]; followers: ReadonlySet<string> }> = new Map((['zh', 'en'] as const).map((lang) => [lang, {
  words: Object.entries(table[lang].trailing ?? {}), followers: new Set(table[lang].trailingFollowers ?? []),
}]));

/**
 * The qualifier of a trailing word right after a unit or multiplier (一年多,
 * ５米多深, ３万多), when the word ends its token of `tokens` (the sentence's
 * jieba tokens: 多 alone, 万多), or only a follower comes after it in the
 * token (两年多来); not 多么, 多种, 多家, which are other words.
 */
export function qualifierTrailing(lang: Lang, view: string, end: number, tokens: readonly Token[]): Qualifier | null {
  const { words, followers } = TRAILING.get(lang)!;
  const k = tokens.length > 0 && end < view.length ? tokenHolding(tokens, end) : -1;
  if (k < 0) return null;
  const tokenEnd = tokens[k]!.end;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]![0];
    if (!view.startsWith(word, end)) continue;
    const rest = view.slice(end + word.length, tokenEnd);
    if (rest === '' || followers.has(rest)) return words[w]![1];
  }
  return null;
}

/** The qualifier of an inner word between a number and its unit (余, 多, 来), if it is one. */
export function innerQualifier(lang: Lang, word: string): Qualifier | null {
  return lists.get(lang)!.inner[word] ?? null;
}

export const INNER_WORDS: Record<Lang, string[]> = { zh: Object.keys(table.zh.inner), en: Object.keys(table.en.inner) };

/** Words joining coordinated numbers, which share a qualifier (分别突破8500家和6万家). */
export const COORDINATORS: ReadonlyMap<Lang, string[]> = new Map([['zh', table.zh.coordinators], ['en', table.en.coordinators]]);

/** Words announcing a list of values (分别为3、4个): the numbers after them are not a range. */
export const LIST_CUES: ReadonlyMap<Lang, string[]> = new Map([['zh', table.zh.listCues], ['en', table.en.listCues]]);
