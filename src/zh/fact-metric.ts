import type { Token } from '../doc.js';
import { firstStartingFrom } from '../facts/context.js';
import { zhFactVocabulary as v } from './fact-vocabulary.js';

/** What the metric finders read: a sentence view and its tokens. */
export interface MetricSentence {
  view: string;
  tokens: Token[];
}

const EDGE_PUNCTUATION = /^[\s()（）[\]<>《》,、:：—-]+|[\s()（）[\]<>《》,、:：“‘—-]+$/gu;
const HAN = /\p{Script=Han}/gu;
const DIGIT = /[0-9]/u;

/**
 * End-anchored word lists are tested on the last few characters only: a `…$`
 * alternation run over a long clause would try every position.
 */
export const TAIL = 16;
export const endsWith = (re: RegExp, text: string) => re.test(text.slice(-TAIL));

export function stripEnd(text: string, re: RegExp): string {
  let out = text;
  for (let m = re.exec(out.slice(-TAIL)); m && m[0]; m = re.exec(out.slice(-TAIL))) out = out.slice(0, out.length - m[0].length);
  return out;
}

/** The metric without edge punctuation, or '' when it cannot be one (too short or long, a mis-cut). */
export function cleanMetric(text: string): string {
  if (text.length > 2 * v.metricMaxLength) return '';
  const metric = text.replace(EDGE_PUNCTUATION, '');
  const han = metric.match(HAN)?.length ?? 0;
  if (han < v.minMetricLength || metric.length > v.metricMaxLength) return '';
  return v.metricReject.test(metric) || v.notMetrics.has(metric) ? '' : metric;
}

function tokensIn(s: MetricSentence, start: number, end: number): Token[] {
  const inside: Token[] = [];
  for (let k = firstStartingFrom(s.tokens, start); k < s.tokens.length && s.tokens[k]!.end <= end; k++) inside.push(s.tokens[k]!);
  return inside;
}

/**
 * The end of the metric before a number: link and change words (`达到`,
 * `增长了`), a comparison base (`较2006年`), adverbs (`却仍然高达`) and a
 * dangling `的` are cut off the end,
 * again and again.
 */
function metricEnd(s: MetricSentence, start: number, to: number): number {
  let end = to;
  for (;;) {
    const cut = start + stripEnd(stripEnd(s.view.slice(start, end), v.trailing), v.comparisonEnd).length;
    const last = tokensIn(s, start, cut).at(-1);
    const next = last && last.end === cut && v.trailingTags.test(last.tag) ? last.start : cut;
    if (next === end) return end;
    end = next;
  }
}

/** The words kept from [start, end): after the last predicate verb or number, without leading pronouns, adverbs and time words. */
function metricWords(s: MetricSentence, start: number, end: number): { start: number; words: Token[] } {
  const inside = tokensIn(s, start, end);
  // A metric holds no digits: it starts after the last predicate verb or number (`行业2007年固定薪酬` → `固定薪酬`).
  const predicate = inside.filter((t) => (v.predicates.has(t.word) || DIGIT.test(t.word)) && t.end < end).at(-1);
  let at = predicate ? predicate.end : start;
  for (const t of inside) {
    if (t.start < at) continue;
    if (t.start > at || !(v.leadWords.has(t.word) || v.leadTags.has(t.tag))) break;
    at = t.end;
  }
  return { start: at, words: inside.filter((t) => t.start >= at) };
}

/** A noun phrase in [start, end) as a metric, or '' (a lone verb such as `占地` or `提供` reads as one too: `lone`). */
function nounPhrase(s: MetricSentence, start: number, end: number): { metric: string; lone: boolean } {
  const { start: at, words } = metricWords(s, start, end);
  const last = words.at(-1);
  const lone = words.length === 1 && v.verbTag.test(last?.tag ?? '');
  // A lone predicate (`去年完成209.9亿元`) says what happened, not what was measured.
  if (lone && v.predicates.has(last!.word)) return { metric: '', lone: false };
  if (last && !lone && !v.metricEndTags.test(last.tag) && !v.metricEndWord.test(last.word)) return { metric: '', lone: false };
  return { metric: cleanMetric(s.view.slice(at, end)), lone };
}

/**
 * `A占B的37%`, `A是B的10%`: a share. The metric is the topic A, or the base B
 * when A is a place or empty (`美国一国就占了全球企业兼并总额的58.1%`).
 */
function shareMetric(s: MetricSentence, start: number, end: number): string | null {
  if (!endsWith(v.shareEnd, s.view.slice(start, end))) return null;
  const link = tokensIn(s, start, end).filter((t) => v.shareLinks.has(t.word)).at(-1);
  if (!link) return null;
  const base = stripEnd(s.view.slice(link.end, end), v.shareEnd);
  const topic = metricEnd(s, start, link.start);
  const first = metricWords(s, start, topic).words[0];
  const topicMetric = first && v.placeTags.has(first.tag) ? '' : nounPhrase(s, start, topic).metric;
  return topicMetric || nounPhrase(s, link.end, link.end + base.length).metric;
}

/** A metric found before a number, and whether it names a share (`占…的`). */
export interface MetricBefore {
  metric: string;
  share: boolean;
  /** The metric is a lone verb (`提供`): a noun after the number says better what was measured. */
  lone: boolean;
}

/**
 * The metric written before a number in [from, to): bullets, link words
 * (`达到`, `超过`, `居全国`), everything up to the last predicate verb
 * (`该县已完成`) and leading pronouns, adverbs and time words are dropped.
 */
export function metricBefore(s: MetricSentence, from: number, to: number): MetricBefore {
  // A metric is short: a clause start further back than this could only give one too long to keep.
  let start = Math.max(from, to - 3 * v.metricMaxLength);
  while (start < to && v.leadingBullets.test(s.view[start]!)) start++;
  start += v.ledePrefix.exec(s.view.slice(start, to))?.[0].length ?? 0;
  const share = shareMetric(s, start, to);
  if (share !== null) return { metric: share, share: true, lone: false };
  const end = metricEnd(s, start, to);
  if (endsWith(v.listEnd, s.view.slice(start, end))) return { metric: '', share: false, lone: false };
  return { ...nounPhrase(s, start, end), share: false };
}

/**
 * The clause before a number as written, trimmed like a metric but without
 * asking it to end in a noun (`职工人均生产粮豆`): the best phrase there is.
 */
export function clausePhrase(s: MetricSentence, from: number, to: number): string {
  const start = Math.max(from, to - 3 * v.metricMaxLength);
  const end = metricEnd(s, start, to);
  const { start: at, words } = metricWords(s, start, end);
  // A clause that ends in a verb or a function word (`即围绕`) names no thing.
  if (!words.length || v.notPhraseEndTags.test(words.at(-1)!.tag)) return '';
  return cleanMetric(s.view.slice(at, end));
}

/**
 * The noun a number is of, written right after it: `4个重庆科创实验室，` →
 * `重庆科创实验室`, `1500万元科研经费`. After a count the phrase may open with a
 * verb (`469户上网企业`).
 */
export function metricAfter(s: MetricSentence, from: number, to: number, count: boolean, amount: boolean): { metric: string; generic: boolean } {
  // `1个亿的南方QDII产品`: an amount may name its thing after `的`; a percentage so written is a share of it (`26.3%的增长幅度`).
  const written = v.afterNumber.exec(s.view.slice(from, to))?.[0] ?? '';
  const skip = amount || !written.endsWith('的') ? written.length : written.length - 1;
  let at = from + skip;
  let end = at;
  const first = firstStartingFrom(s.tokens, at);
  for (let k = first; k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    if (t.start > at || t.end > to || v.nounCut.has(t.word)) break;
    if (v.nounTags.test(t.tag)) end = t.end;
    else if (!v.nounInnerTags.test(t.tag) || (end === from + skip && !(count && v.verbTag.test(t.tag)))) break;
    at = t.end;
  }
  const noun = s.view.slice(from + skip, end);
  const head = s.tokens[first]?.start === from + skip ? s.tokens[first] : undefined;
  const generic = v.genericHeads.has(noun) || (head !== undefined && head.end <= end && v.genericHeads.has(head.word));
  return generic ? { metric: '', generic: true } : { metric: cleanMetric(noun), generic: false };
}

/**
 * What a count did, written after it to the clause end (`1139家完成治理任务`,
 * `18家因治理无望被责令关停`): the verb phrase is the best metric phrase there is.
 */
export function actionAfter(s: MetricSentence, from: number, to: number): string {
  const words = tokensIn(s, from, to);
  if (!words.some((t) => v.verbTag.test(t.tag))) return '';
  return cleanMetric(s.view.slice(from, to));
}
