import type { FactKind, Quantity } from '../doc.js';
import { firstStartingFrom, maskQuantities } from '../facts/context.js';
import { matchesOf } from '../matches.js';
import { zhFactVocabulary as v } from './fact-vocabulary.js';
import { actionAfter, clausePhrase, cleanMetric, sentenceTopic, endsWith, metricAfter, metricBefore, shareBefore, stripEnd, TAIL, type MetricSentence } from './fact-metric.js';

/** A quantity of the sentence, its span in the sentence view. */
export type ViewQuantity = Pick<Quantity, 'id' | 'unit' | 'unit_text' | 'dimension' | 'value' | 'text'> & { start: number; end: number };

/** What the sentence says a quantity measures; status, period and subject are added by the stage. */
export interface FactDraft {
  quantityId: string;
  metric: string;
  kind: FactKind;
  /** A fall (`下降5%`): the fact's value gets a minus sign. */
  fall: boolean;
}

/** A Chinese fact draft; every draft states `item`, so all drafts have one shape. */
export interface ZhFactDraft extends FactDraft {
  /** An item of a total (`其中民政部门498.8亿元`): it may name its own subject. */
  item: boolean;
}

/** Dimensions whose quantities are not statistics (ages, durations). */
const NO_FACT_DIMENSIONS = new Set(['age', 'duration']);
/** Every separator of a list (`A、B和C`), compiled once. */
const LIST_SEPARATORS = new RegExp(v.listSeparator.source, 'gu');
const INDEFINITE = /^一/u;

/** The offsets of the pattern's matches, in a list built by `push` (one kind of list for `pieceAround`, unlike `map`'s). */
function breaks(text: string, re: RegExp): number[] {
  const out: number[] = [];
  for (const m of matchesOf(re, text)) out.push(m.index);
  return out;
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

/** A rate after a change verb opening its clause (after lead words: `今年全市`) and the verb's object (`削减污染负荷40%`): its direction, else null. */
function openingChange(s: MetricSentence, cs: number, q: ViewQuantity): 'up' | 'down' | null {
  if (q.unit !== 'percent' && q.unit !== 'percentage_point') return null;
  let k = firstStartingFrom(s.tokens, cs);
  while (k < s.tokens.length && (v.leadWords.has(s.tokens[k]!.word) || v.leadTags.has(s.tokens[k]!.tag))) k++;
  const [verb, ...object] = s.tokens.slice(k, firstStartingFrom(s.tokens, q.start));
  if (!verb || !v.verbTag.test(verb.tag) || !object.length || !object.every((t) => v.nounTags.test(t.tag))) return null;
  return v.changeDownEnd.test(verb.word) ? 'down' : v.changeUpEnd.test(verb.word) ? 'up' : null;
}

function kindOf(q: ViewQuantity, metric: string, change: boolean, share = false): FactKind {
  if (q.unit === 'rank') return 'rank';
  const rate = q.unit === 'percent' || q.unit === 'percentage_point';
  // A metric that is a rate of change (`增幅`) makes a change of a rate, not of an amount (`增幅…，去年完成209.9亿元`).
  if (change || (rate && v.changeMetric.test(metric))) return 'change';
  if (share) return 'ratio';
  return rate || v.ratio.test(metric) ? 'ratio' : 'level';
}

/** Not a statistic: an indefinite `一个`, a vague `数十亿`, a quoted name `“21条”`, an age, a duration, a bare number, an offer's threshold. */
function isStatistic(q: ViewQuantity, view: string): boolean {
  if (NO_FACT_DIMENSIONS.has(q.dimension)) return false;
  if (v.vaguePrefix.test(q.text) && !(q.dimension !== 'none' && v.roundAmount.test(q.text))) return false;
  // A bare number is no statistic; an elliptical amount (`400亿`, `70万`: a multiplier, no unit) is one.
  if (q.dimension === 'none' && !q.unit_text) return false;
  if (q.value === 1 && INDEFINITE.test(q.text)) return false;
  // `预交2万元可享受开盘额外9.8折`: the threshold of an offer.
  if (v.conditionAfter.test(view.slice(q.end, q.end + TAIL))) return false;
  // Bounds tested, not read past: a read out of the view would deoptimize.
  return !(q.start > 0 && q.end < view.length && v.quoteOpen.test(view[q.start - 1]!) && v.quoteClose.test(view[q.end]!));
}

/**
 * A small count in Chinese numerals is narrative (`两位客人`, `分两期`, `两次全面调查`,
 * `五个特点`) unless it counts a concrete thing written right after it
 * (`拿下两个地王`, `三款产品`): not a person, a time, an occasion or an idea.
 */
function isNarrative(q: ViewQuantity, noun: string, s: MetricSentence): boolean {
  if (q.value >= 10 || !v.narrativeCount.test(q.text)) return false;
  if (!noun || v.narrativeUnits.has(q.unit_text) || v.abstractNouns.has(noun)) return true;
  const head = s.tokens.find((t) => t.start === q.end);
  return head !== undefined && v.narrativeNounTags.test(head.tag);
}

/** The facts of one Chinese sentence (its view, tokens and the quantities in it, in order). */
export function zhSentenceFacts(s: MetricSentence, quantities: ViewQuantity[]): ZhFactDraft[] {
  const drafts: ZhFactDraft[] = [];
  const statistics = quantities.filter((q) => isStatistic(q, s.view));
  if (statistics.length === 0) return drafts; // no view masked nor scanned for breaks (numbers that are ages, durations, bare numbers)
  const masked = maskQuantities(s.view, quantities);
  const groupCuts = breaks(masked, v.groupBreak);
  const clauseCuts = breaks(masked, v.clauseBreak);
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
    const clause = pieceAround(clauseCuts, q.start, s.view.length);
    let previousEnd = 0; // the end of the last statistic ending by this one (a loop: a filtered list per number costs more)
    for (const o of statistics) if (o.end <= q.start) previousEnd = o.end;
    const from = Math.max(clause[0], previousEnd);
    const item = inItemList(s.view, clause[0], q.start, clauseCuts, quantities);
    for (const d of clauseFacts(s, q, clause, from, clauseCuts, statistics, drafts, item)) drafts.push(d); // a loop: a spread call costs more than the push
  }
  return drafts;
}

/** `A和B分别达到X、Y` → A:X, B:Y; `分别增长X、Y` → the sentence's last levels, in order. */
function distribute(s: MetricSentence, groupStart: number, at: number, after: number, group: ViewQuantity[], levels: ZhFactDraft[]): ZhFactDraft[] {
  const head = metricBefore(s, groupStart, at).metric;
  let named = head ? head.split(v.listSeparator).map(cleanMetric).filter(Boolean) : [];
  if (named.length !== group.length) named = listedMetrics(s, groupStart, at);
  const verb = stripEnd(s.view.slice(after, group[0]!.start), v.linkEnd);
  const fall = endsWith(v.changeDownEnd, verb);
  const change = fall || endsWith(v.changeUpEnd, verb);
  const metrics = named.length === group.length ? named : levels.length === group.length ? levels.map((d) => d.metric) : [];
  return metrics.map((metric, k) => ({ quantityId: group[k]!.id, metric, kind: kindOf(group[k]!, metric, change), fall, item: false }));
}

/** The metric of each conjunct of `A和B` in [from, to), read one by one (the whole may be too long for one metric). */
function listedMetrics(s: MetricSentence, from: number, to: number): string[] {
  const cuts = matchesOf(LIST_SEPARATORS, s.view.slice(from, to));
  const bounds = [from, ...cuts.flatMap((m) => [from + m.index, from + m.index + m[0].length]), to];
  const out: string[] = [];
  for (let k = 0; k < bounds.length; k += 2) out.push(metricBefore(s, bounds[k]!, bounds[k + 1]!).metric);
  return out.every(Boolean) ? out : [];
}

/**
 * The heading of a list (`十大贸易伙伴及贸易额分别是：日本，608亿美元；…`): the
 * metric before the last colon before `at`, when list items (cut by `，；`) follow it.
 */
function listHeading(s: MetricSentence, at: number): string {
  const colon = Math.max(s.view.lastIndexOf('：', at), s.view.lastIndexOf(':', at));
  if (colon <= 0 || !v.listItemBreak.test(s.view.slice(colon, at))) return '';
  return metricBefore(s, 0, colon).metric;
}

/**
 * A clause in a list of items (`其中民政部门498.8亿元，慈善会187.9亿元`,
 * `其中：棉衣被29655.5万件`): after an item-list opener, with a figure in every
 * clause from it to the number. Each item names its own metric, not the total's.
 */
function inItemList(view: string, clauseStart: number, at: number, cuts: number[], quantities: ViewQuantity[]): boolean {
  const opener = matchesOf(v.itemListOpen, view.slice(0, at)).at(-1);
  if (!opener) return false;
  let from = opener.index + opener[0].length;
  for (const c of cuts.filter((k) => k >= from && k < clauseStart)) {
    if (!quantities.some((q) => q.start >= from && q.end <= c)) return false;
    from = c + 1;
  }
  return true;
}

/** The metric of the sentence so far (a topic carried across commas): the last level's, else the last fact's. */
function carriedMetric(drafts: ZhFactDraft[]): string {
  return (drafts.filter((d) => d.kind !== 'change').at(-1) ?? drafts.at(-1))?.metric ?? '';
}

/**
 * The facts of one quantity from its clause [cs, ce), read from `from` (the
 * clause start or the end of the quantity before): the noun after a count,
 * the metric before the number, the noun after an amount, what a count did,
 * else the topic carried from earlier in the sentence; change words; `双双`.
 */
function clauseFacts(s: MetricSentence, q: ViewQuantity, [cs, ce]: [number, number], from: number, cuts: number[], figures: ViewQuantity[], drafts: ZhFactDraft[], item: boolean): ZhFactDraft[] {
  const left = s.view.slice(cs, q.start);
  const verb = stripEnd(left, v.linkEnd);
  const opener = openingChange(s, cs, q);
  const fall = endsWith(v.changeDownEnd, verb) || opener === 'down';
  const change = fall || opener === 'up' || endsWith(v.changeUpEnd, verb) || v.changeAfter.test(s.view.slice(q.end, q.end + TAIL));
  const count = q.dimension === 'count';
  const after = metricAfter(s, q.end, ce, count, q.unit !== 'percent' && q.unit !== 'percentage_point');
  if (after.generic && count) return [];
  if (count && isNarrative(q, after.metric, s)) return [];
  // `30多家基金公司人均总薪酬高达92万元`: the count is of the units the next figure is about, not a figure.
  const next = figures.find((o) => o.start >= q.end && o.end <= ce);
  if (count && after.metric && next && metricBefore(s, q.end, next.start).metric === after.metric) return [];
  // A share is read over its whole clause (`占６．７万户国有及国有控股企业的６０％`: a count inside).
  const before = (from > cs ? shareBefore(s, cs, q.start) : null) ?? metricBefore(s, from, q.start);
  const share = before.share || endsWith(v.shareLinkEnd, verb);
  // `使5202.9万人(次)困难群众受益`: what a cause did to a count of people is its metric.
  const caused = count && endsWith(v.causativeEnd, left) ? actionAfter(s, q.end, ce) : '';
  const clauseBreak = cs - 1; // the break before the clause (-1 in the sentence's first)
  // `占总资金来源的46.7%` after `银行信贷部分，即…，`: the share of the sentence's topic. Asked of every
  // number (of no clause, -1, when it is not such a share): a call first made late would deoptimize this function.
  const topic = sentenceTopic(s, before.share && before.bare ? clauseBreak : -1, cuts, figures);
  const measured = before.lone && v.measureVerbs.has(before.metric);
  const metric = caused || topic || (count || (before.lone && !measured) ? after.metric || before.metric : before.metric || after.metric)
    || (count || (before.bare && q.unit !== 'rank') ? actionAfter(s, q.end, ce, !count) : '') || clausePhrase(s, from, q.start, item)
    || sentenceTopic(s, clauseBreak, cuts, figures, true) || carriedMetric(drafts) || listHeading(s, q.start) || sentenceTopic(s, clauseBreak, cuts, figures);
  if (!metric) return [];
  // `利润和上交税金均增长15%以上`: one number for each metric listed before `均`.
  const both = endsWith(v.bothBefore, left) ? metric.split(v.listSeparator).map(cleanMetric) : [];
  if (both.length > 1 && both.every(Boolean)) return both.map((m) => ({ quantityId: q.id, metric: m, kind: kindOf(q, m, change, share), fall, item }));
  const out: ZhFactDraft[] = [{ quantityId: q.id, metric, kind: kindOf(q, metric, change, share), fall, item }];
  if (metric !== after.metric && endsWith(v.bothBefore, left) && s.view[clauseBreak] === '、') {
    const [ps] = pieceAround(cuts, clauseBreak, s.view.length);
    const other = metricBefore(s, ps, clauseBreak).metric;
    if (other) out.unshift({ quantityId: q.id, metric: other, kind: kindOf(q, other, change), fall, item });
  }
  return out;
}
