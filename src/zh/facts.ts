import type { FactKind, Quantity, Token } from '../doc.js';
import { firstStartingFrom, maskQuantities } from '../facts/context.js';
import { zhFactVocabulary as v } from './fact-vocabulary.js';

/** A quantity of the sentence, its span in the sentence view. */
export type ViewQuantity = Pick<Quantity, 'id' | 'unit' | 'dimension' | 'value' | 'text'> & { start: number; end: number };

/** What the sentence says a quantity measures; status, period and subject are added by the stage. */
export interface FactDraft {
  quantityId: string;
  metric: string;
  kind: FactKind;
  /** A fall (`下降5%`): the fact's value gets a minus sign. */
  fall: boolean;
}

/** Dimensions whose quantities are not statistics (ages, durations, bare numbers). */
const NO_FACT_DIMENSIONS = new Set(['none', 'age', 'duration']);
const INDEFINITE = /^一/u;
const EDGE_PUNCTUATION = /^[\s()（）[\]<>《》,、:：]+|[\s()（）[\]<>《》,、:：“‘]+$/gu;
const HAN = /\p{Script=Han}/gu;

interface Sentence {
  view: string;
  tokens: Token[];
}

function breaks(text: string, re: RegExp): number[] {
  return [...text.matchAll(re)].map((m) => m.index);
}

/** [start, end) of the piece between breaks that contains `at`. */
function pieceAround(cuts: number[], at: number, length: number): [number, number] {
  let start = 0;
  let end = length;
  for (const c of cuts) {
    if (c < at) start = c + 1;
    else {
      end = c;
      break;
    }
  }
  return [start, end];
}

/**
 * End-anchored word lists are tested on the last few characters only: a `…$`
 * alternation run over a long clause would try every position.
 */
const TAIL = 16;
const endsWith = (re: RegExp, text: string) => re.test(text.slice(-TAIL));

function stripEnd(text: string, re: RegExp): string {
  let out = text;
  for (let m = re.exec(out.slice(-TAIL)); m && m[0]; m = re.exec(out.slice(-TAIL))) out = out.slice(0, out.length - m[0].length);
  return out;
}

/** The metric without edge punctuation, or '' when it cannot be one (too short or long, a mis-cut). */
function cleanMetric(text: string): string {
  if (text.length > 2 * v.metricMaxLength) return '';
  const metric = text.replace(EDGE_PUNCTUATION, '');
  const han = metric.match(HAN)?.length ?? 0;
  if (han < v.minMetricLength || metric.length > v.metricMaxLength) return '';
  return v.metricReject.test(metric) || v.notMetrics.has(metric) ? '' : metric;
}

/**
 * The metric written before a number in [from, to): bullets, link words
 * (`达到`, `超过`, `居全国`), everything up to the last predicate verb
 * (`该县已完成`) and leading pronouns, adverbs and time words are dropped.
 */
export function metricBefore(s: Sentence, from: number, to: number): string {
  // A metric is short: a clause start further back than this could only give one too long to keep.
  let start = Math.max(from, to - 3 * v.metricMaxLength);
  while (start < to && v.leadingBullets.test(s.view[start]!)) start++;
  start += v.ledePrefix.exec(s.view.slice(start, to))?.[0].length ?? 0;
  const end = start + stripEnd(s.view.slice(start, to), v.trailing).length;
  if (endsWith(v.listEnd, s.view.slice(start, end))) return '';
  const inside: Token[] = [];
  for (let k = firstStartingFrom(s.tokens, start); k < s.tokens.length && s.tokens[k]!.end <= end; k++) inside.push(s.tokens[k]!);
  const predicate = inside.filter((t) => v.predicates.has(t.word) && t.end < end).at(-1);
  if (predicate) start = predicate.end;
  for (const t of inside) {
    if (t.start < start) continue;
    if (t.start > start || !(v.leadWords.has(t.word) || v.leadTags.has(t.tag))) break;
    start = t.end;
  }
  const words = inside.filter((t) => t.start >= start);
  const last = words.at(-1);
  const lone = words.length === 1 && v.verbTag.test(last?.tag ?? '');
  if (last && !lone && !v.metricEndTags.test(last.tag)) return '';
  return cleanMetric(s.view.slice(start, end));
}

/** The noun a count is of, written right after it: `4个重庆科创实验室，` → `重庆科创实验室`. */
export function metricAfter(s: Sentence, from: number, to: number): { metric: string; generic: boolean } {
  const skip = /^(?:以上|以下|左右|余|多)+/u.exec(s.view.slice(from, to))?.[0].length ?? 0;
  let at = from + skip;
  let end = at;
  const first = firstStartingFrom(s.tokens, at);
  for (let k = first; k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    if (t.start > at || t.end > to || v.nounCut.has(t.word)) break;
    if (v.nounTags.test(t.tag)) end = t.end;
    else if (end === from + skip || !v.nounInnerTags.test(t.tag)) break;
    at = t.end;
  }
  const noun = s.view.slice(from + skip, end);
  const head = s.tokens[first]?.start === from + skip ? s.tokens[first] : undefined;
  const generic = v.genericHeads.has(noun) || (head !== undefined && head.end <= end && v.genericHeads.has(head.word));
  return generic ? { metric: '', generic: true } : { metric: cleanMetric(noun), generic: false };
}

function kindOf(q: ViewQuantity, metric: string, change: boolean): FactKind {
  if (q.unit === 'rank') return 'rank';
  if (change) return 'change';
  return q.unit === 'percent' || q.unit === 'percentage_point' || v.ratio.test(metric) ? 'ratio' : 'level';
}

/** Not a statistic: an indefinite `一个`, a vague `数十亿`, a quoted name `“21条”`, an age, a bare number. */
function isStatistic(q: ViewQuantity, view: string): boolean {
  if (NO_FACT_DIMENSIONS.has(q.dimension) || v.vaguePrefix.test(q.text)) return false;
  if (q.value === 1 && INDEFINITE.test(q.text)) return false;
  if (q.dimension === 'count' && q.value < 10 && v.narrativeCount.test(q.text)) return false;
  return !(v.quoteOpen.test(view[q.start - 1] ?? '') && v.quoteClose.test(view[q.end] ?? ''));
}

/** The facts of one Chinese sentence (its view, tokens and the quantities in it, in order). */
export function zhSentenceFacts(s: Sentence, quantities: ViewQuantity[]): FactDraft[] {
  const drafts: FactDraft[] = [];
  const masked = maskQuantities(s.view, quantities);
  const groupCuts = breaks(masked, v.groupBreak);
  const clauseCuts = breaks(masked, v.clauseBreak);
  const statistics = quantities.filter((q) => isStatistic(q, s.view));
  const done = new Set<string>();
  for (const q of statistics) {
    if (done.has(q.id)) continue;
    const [gs, ge] = pieceAround(groupCuts, q.start, s.view.length);
    const group = statistics.filter((o) => o.start >= gs && o.end <= ge);
    const dist = v.distribution.exec(s.view.slice(gs, group[0]!.start));
    if (dist) {
      group.forEach((o) => done.add(o.id));
      const levels = drafts.filter((d) => d.kind !== 'change').slice(-group.length);
      drafts.push(...distribute(s, gs, gs + dist.index, gs + dist.index + dist[0].length, group, levels));
      continue;
    }
    done.add(q.id);
    drafts.push(...clauseFacts(s, q, pieceAround(clauseCuts, q.start, s.view.length), clauseCuts, drafts));
  }
  return drafts;
}

/** `A和B分别达到X、Y` → A:X, B:Y; `分别增长X、Y` → the sentence's last levels, in order. */
function distribute(s: Sentence, groupStart: number, at: number, after: number, group: ViewQuantity[], levels: FactDraft[]): FactDraft[] {
  const head = metricBefore(s, groupStart, at);
  const named = head ? head.split(v.listSeparator).map(cleanMetric).filter(Boolean) : [];
  const verb = stripEnd(s.view.slice(after, group[0]!.start), v.linkEnd);
  const fall = endsWith(v.changeDownEnd, verb);
  const change = fall || endsWith(v.changeUpEnd, verb);
  const metrics = named.length === group.length ? named : levels.length === group.length ? levels.map((d) => d.metric) : [];
  return metrics.map((metric, k) => ({ quantityId: group[k]!.id, metric, kind: kindOf(group[k]!, metric, change), fall }));
}

/** The facts of one quantity from its clause: metric after or before it, change words, `双双`. */
function clauseFacts(s: Sentence, q: ViewQuantity, [cs, ce]: [number, number], cuts: number[], drafts: FactDraft[]): FactDraft[] {
  const left = s.view.slice(cs, q.start);
  const verb = stripEnd(left, v.linkEnd);
  const fall = endsWith(v.changeDownEnd, verb);
  const change = fall || endsWith(v.changeUpEnd, verb) || v.changeAfter.test(s.view.slice(q.end, q.end + TAIL));
  const after = q.dimension === 'count' ? metricAfter(s, q.end, ce) : { metric: '', generic: false };
  if (after.generic) return [];
  let metric = after.metric || metricBefore(s, cs, q.start);
  if (!metric && (change || q.unit === 'rank')) metric = drafts.filter((d) => d.kind !== 'change').at(-1)?.metric ?? '';
  if (!metric) return [];
  const out: FactDraft[] = [{ quantityId: q.id, metric, kind: kindOf(q, metric, change), fall }];
  if (!after.metric && endsWith(v.bothBefore, left) && s.view[cs - 1] === '、') {
    const [ps] = pieceAround(cuts, cs - 1, s.view.length);
    const other = metricBefore(s, ps, cs - 1);
    if (other) out.unshift({ quantityId: q.id, metric: other, kind: kindOf(q, other, change), fall });
  }
  return out;
}
