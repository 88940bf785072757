import type { Token } from '../doc.js';
import { firstStartingFrom } from '../facts/context.js';
import { zhFactVocabulary as v } from './fact-vocabulary.js';

/** What the metric finders read: a sentence view and its tokens. */
export interface MetricSentence {
  view: string;
  tokens: Token[];
}

const EDGE_PUNCTUATION = /^[\s()（）[\]<>《》,、:：“‘"—-]+|[\s()（）[\]<>《》,、:：“‘"—-]+$/gu;
/** Quote marks inside a metric (`“地下金融”的规模`) are punctuation, not words of it. */
const QUOTES = /[“”‘’"「」『』]/gu;
/** A word of punctuation only (quote marks, dashes): a metric does not open with one. */
const PUNCTUATION = /^[\p{P}\p{S}]+$/u;
const CLOSE_BRACKET = /^[)）]$/u;
/** A bracketed aside between a metric and its verb (`人均薪酬(包括高管)达到`). */
const ASIDE_END = /[(（][^()（）]{0,20}[)）]$/u;
const ASIDE_START = /^[(（][^()（）]{0,20}[)）]/u;
const HAN = /\p{Script=Han}/gu;
const DIGIT = /[0-9]/u;

/** End-anchored word lists are tested on the last few characters only (a `…$` alternation would try every position of a clause). */
export const TAIL = 16;
export const endsWith = (re: RegExp, text: string) => re.test(text.slice(-TAIL));

/** The length of the pattern's match in `text`, or 0: one function for every caller (a match rare at one, such as a bullet, read there first late would deoptimize it). */
function matchLength(re: RegExp, text: string): number {
  return re.exec(text)?.[0].length ?? 0;
}

export function stripEnd(text: string, re: RegExp): string {
  let out = text;
  for (let m = re.exec(out.slice(-TAIL)); m && m[0]; m = re.exec(out.slice(-TAIL))) out = out.slice(0, out.length - m[0].length);
  return out;
}

/** Whether `text` holds `min` Chinese characters or more (counted only that far, no list of them made). */
function hasHan(text: string, min: number): boolean {
  let n = 0;
  HAN.lastIndex = 0;
  while (n < min && HAN.exec(text)) n++;
  HAN.lastIndex = 0;
  return n >= min;
}

/** The metric without edge punctuation, or '' when it cannot be one (too short or long, a mis-cut). */
export function cleanMetric(text: string): string {
  if (text.length > 2 * v.metricMaxLength) return '';
  const metric = text.replace(EDGE_PUNCTUATION, '').replace(QUOTES, '');
  if (metric.length > v.metricMaxLength || !hasHan(metric, v.minMetricLength)) return '';
  return v.metricReject.test(metric) || v.notMetrics.has(metric) ? '' : metric;
}

function tokensIn(s: MetricSentence, start: number, end: number): Token[] {
  const inside: Token[] = [];
  for (let k = firstStartingFrom(s.tokens, start); k < s.tokens.length && s.tokens[k]!.end <= end; k++) inside.push(s.tokens[k]!);
  return inside;
}

/**
 * The end of the metric before a number: link and change words (`达到`,
 * `增长了`), a comparison base (`较2006年`), a bracketed aside (`(包括高管)`),
 * adverbs (`却仍然高达`) and a dangling `的` are cut off the end, again and
 * again — only at word boundaries (`慈善会` keeps its `会`, `人均` its `均`),
 * or inside a word jieba made up of unknown characters.
 */
function metricEnd(s: MetricSentence, start: number, to: number, words = tokensIn(s, start, to)): number {
  const bounds = new Set([start, to]);
  for (const t of words) {
    // A word jieba glued from characters it does not know (`不良贷款/率为`, `程度/已达`) may be cut inside.
    // One add for both kinds of word: a second, first run late, would deoptimize.
    for (let k = v.unknownWordTag.test(t.tag) ? t.start + 1 : t.end; k <= t.end; k++) bounds.add(k);
  }
  let end = to;
  for (let next = cutBefore(s, words, bounds, start, end); next !== undefined; next = cutBefore(s, words, bounds, start, end)) end = next;
  return end;
}

/** The patterns whose match is cut off the end of a metric, tried in this order. */
const END_CUTS = [v.trailing, v.comparisonEnd, ASIDE_END];

/** Where the metric ending at `end` is cut next (the first cut that falls on a word boundary), or undefined. */
function cutBefore(s: MetricSentence, words: Token[], bounds: Set<number>, start: number, end: number): number | undefined {
  const tail = s.view.slice(Math.max(start, end - TAIL), end);
  for (const re of END_CUTS) {
    const cut = end - matchLength(re, tail);
    if (cut < end && bounds.has(cut)) return cut;
  }
  let last: Token | undefined;
  for (let k = words.length - 1; k >= 0 && !last; k--) if (words[k]!.end === end) last = words[k];
  return last && v.trailingTags.test(last.tag) && last.start < end && bounds.has(last.start) ? last.start : undefined;
}

/**
 * A word a metric does not open with: a lead word, pronoun, time word or
 * adverb, punctuation. An adverb of two characters right before a noun is a
 * modifier jieba mis-tagged (`共同/d 基金规模`), kept.
 */
function isLead(t: Token, next: Token | undefined): boolean {
  if (v.leadWords.has(t.word) || PUNCTUATION.test(t.word)) return true;
  if (!v.leadTags.has(t.tag)) return false;
  return !(t.word.length > 1 && v.adverbTag.test(t.tag) && next && v.metricEndTags.test(next.tag));
}

/** A time word (`去年`, `上半年`; not jieba's `潜在/t`). */
const isTimeWord = (t: Token) => v.timeTag.test(t.tag) && v.timeWord.test(t.word);

/** The last token that passes `test`, read from the end (only as far as the first that passes). */
function lastOf(tokens: Token[], test: (t: Token) => boolean): Token | undefined {
  for (let k = tokens.length - 1; k >= 0; k--) if (test(tokens[k]!)) return tokens[k];
  return undefined;
}

/** The words kept from [start, end): after the last predicate verb or number, without leading pronouns, adverbs and time words. */
function metricWords(s: MetricSentence, start: number, end: number): { start: number; words: Token[] } {
  const inside = tokensIn(s, start, end);
  // A metric holds no digits nor time words: it starts after the last predicate verb, number or time word (`行业2007年固定薪酬` → `固定薪酬`).
  const predicate = lastOf(inside, (t) => (v.predicates.has(t.word) || DIGIT.test(t.word) || isTimeWord(t)) && t.end < end);
  // Nor does it span a bracket: `４８县（市）及境外客商` → `境外客商`.
  const bracket = lastOf(inside, (t) => CLOSE_BRACKET.test(t.word));
  let at = Math.max(predicate ? predicate.end : start, bracket ? bracket.end : start);
  inside.forEach((t, k) => {
    if (t.start !== at || !isLead(t, inside[k + 1])) return;
    at = t.end;
  });
  return { start: at, words: inside.filter((t) => t.start >= at) };
}

/** A place alone (`英国虽名列第二`) is whose figure it is, not what it measures. */
const placeOnly = (words: Token[]) => words.length > 0 && words.every((t) => v.placeTags.has(t.tag));

/** A noun phrase in [start, end) as a metric, or '' (a lone verb such as `占地` or `提供` reads as one too: `lone`). */
function nounPhrase(s: MetricSentence, start: number, end: number): { metric: string; lone: boolean } {
  const { start: at, words } = metricWords(s, start, end);
  const last = words.at(-1);
  const lone = words.length === 1 && v.verbTag.test(last?.tag ?? '');
  if (placeOnly(words)) return { metric: '', lone: false };
  // A lone predicate (`去年完成209.9亿元`) says what happened, not what was measured.
  if (lone && v.predicates.has(last!.word)) return { metric: '', lone: false };
  // What is left of a glued unknown word cut by `metricEnd` (`发行数为` → `数`) ends the phrase: it must read as a metric's end.
  const cutWord = s.view.slice(last?.end ?? at, end);
  if (cutWord ? !v.metricEndWord.test(cutWord) : last && !lone && !v.metricEndTags.test(last.tag) && !v.metricEndWord.test(last.word)) return { metric: '', lone: false };
  // Too long a phrase keeps its head, after its last `的` (`间接接收其他部门转入的社会捐款` → `社会捐款`).
  const of = end - at > v.metricMaxLength ? lastOf(words, (t) => t.word === '的') : undefined;
  return { metric: cleanMetric(s.view.slice(of ? of.end : at, end)), lone };
}

/**
 * `A占B的37%`, `A是B的10%`: a share. The metric is the topic A, or the base B
 * when A is a place or empty (`美国一国就占了全球企业兼并总额的58.1%`).
 */
function shareMetric(s: MetricSentence, start: number, end: number): MetricBefore | null {
  if (!endsWith(v.shareEnd, s.view.slice(start, end))) return null;
  const link = lastOf(tokensIn(s, start, end), (t) => v.shareLinks.has(t.word));
  if (!link) return null;
  const base = stripEnd(s.view.slice(link.end, end), v.shareEnd);
  const topic = metricEnd(s, start, link.start);
  const first = metricWords(s, start, topic).words[0];
  const topicMetric = first && v.placeTags.has(first.tag) ? '' : nounPhrase(s, start, topic).metric;
  return { metric: topicMetric || nounPhrase(s, link.end, link.end + base.length).metric, share: true, lone: false, bare: !first };
}

/** A metric found before a number, and whether it names a share (`占…的`). */
export interface MetricBefore {
  metric: string;
  share: boolean;
  /** The metric is a lone verb (`提供`): a noun after the number says better what was measured. */
  lone: boolean;
  /** Nothing but link words, adverbs, conjunctions and pronouns before the number (`或有约2000余亿…`), or a share with no topic (`占总资金来源的46.7%`). */
  bare: boolean;
}

/**
 * Where a metric before a number in [from, to) may start: no further back than a metric is long, after
 * bullets, a lede's byline and an aside right after the number before (`４８县（市）及境外客商３００家`).
 */
function metricOpening(s: MetricSentence, from: number, to: number): number {
  let start = Math.max(from, to - 3 * v.metricMaxLength);
  start += matchLength(v.leadingBullets, s.view.slice(start, to));
  start += matchLength(v.ledePrefix, s.view.slice(start, to));
  return start + matchLength(ASIDE_START, s.view.slice(start, to));
}

/** `metricBefore` when it is a share, else null (the rest of it not read). */
export const shareBefore = (s: MetricSentence, from: number, to: number) => shareMetric(s, metricOpening(s, from, to), to);

/**
 * The metric written before a number in [from, to): bullets, link words
 * (`达到`, `超过`, `居全国`), everything up to the last predicate verb
 * (`该县已完成`) and leading pronouns, adverbs and time words are dropped.
 */
export function metricBefore(s: MetricSentence, from: number, to: number): MetricBefore {
  const start = metricOpening(s, from, to);
  const share = shareMetric(s, start, to);
  if (share !== null) return share;
  const words = tokensIn(s, start, to); // for its end and whether it is bare
  const end = metricEnd(s, start, to, words);
  const none = { metric: '', share: false, lone: false, bare: false };
  if (endsWith(v.listEnd, s.view.slice(start, end))) return none;
  const phrase = nounPhrase(s, start, end);
  // `新增的100亿元规模`: a verb with `的` modifies what follows the number; it is not what was measured.
  if (phrase.lone && s.view[to - 1] === '的') return none;
  const bare = words.every((t) => v.links.has(t.word) || v.bareTags.test(t.tag));
  return { metric: phrase.metric, share: false, lone: phrase.lone, bare };
}

/**
 * The clause before a number as written, trimmed like a metric but without
 * asking it to end in a noun (`职工人均生产粮豆`): the best phrase there is.
 * A clause that ends in a verb or a function word (`即围绕`) names no thing,
 * unless it is an item of a list, which names nothing else (`其中：棉衣被29655.5万件`,
 * jieba's `棉衣/被`).
 */
export function clausePhrase(s: MetricSentence, from: number, to: number, item = false): string {
  const first = Math.max(from, to - 3 * v.metricMaxLength);
  const start = first + matchLength(ASIDE_START, s.view.slice(first, to));
  const end = metricEnd(s, start, to);
  const { start: at, words } = metricWords(s, start, end);
  if (!words.length || placeOnly(words) || (!item && v.notPhraseEndTags.test(words.at(-1)!.tag))) return '';
  return cleanMetric(s.view.slice(at, end));
}

/** A word that may open the noun after a number when a noun follows: a verb after a count (`469户上网企业`), a direction-like name (`南方QDII产品`). */
function opensNoun(t: Token, count: boolean): boolean {
  return (count && v.verbTag.test(t.tag)) || (t.word.length > 1 && v.nounOpenTags.test(t.tag));
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
    if (t.start > at || t.end > to || v.nounCut.has(t.word) || v.predicates.has(t.word)) break;
    if (v.nounTags.test(t.tag)) end = t.end;
    else if (end === from + skip ? !opensNoun(t, count) : !v.nounInnerTags.test(t.tag)) break;
    at = t.end;
  }
  const noun = s.view.slice(from + skip, end);
  const head = first < s.tokens.length && s.tokens[first]!.start === from + skip ? s.tokens[first] : undefined;
  // `100亿元规模` is a scale, not what was measured; `1000亿元规模的基金` names it.
  const generic = v.genericHeads.has(noun) || v.scaleNouns.has(noun) || (head !== undefined && head.end <= end && v.genericHeads.has(head.word));
  return generic ? { metric: '', generic: true } : { metric: cleanMetric(noun), generic: false };
}

/**
 * What a count did, written after it to the clause end (`1139家完成治理任务`,
 * `18家因治理无望被责令关停`): the verb phrase is the best metric phrase there is.
 */
export function actionAfter(s: MetricSentence, from: number, to: number, verbFirst = false): string {
  // An aside right after the number qualifies its unit (`5202.9万人(次)`).
  const start = from + matchLength(ASIDE_START, s.view.slice(from, to));
  const words = tokensIn(s, start, to);
  if (!words.some((t) => v.verbTag.test(t.tag)) || (verbFirst && !v.verbTag.test(words[0]?.tag ?? ''))) return '';
  return cleanMetric(s.view.slice(start, to));
}

/**
 * The topic a sentence opened with, in an earlier clause with no figure of its
 * own, read back from the clause ending at `before`: the noun phrase opening
 * that clause, when an adverb, a link word or the clause end follows it
 * (`投资额都相对较小，一般在几千万左右，最多也不会超过1亿`, `“地下金融”的规模约相当于…`).
 * An aside clause (`即国内贷款与个人按揭贷款之和`) is passed over; `near` reads
 * only the clause right before (a topic the figure continues: `发现美国的企业兼并案最多，总共有7941件`).
 */
export function sentenceTopic(s: MetricSentence, before: number, cuts: number[], figures: { start: number; end: number }[], near = false): string {
  if (before < 0) return ''; // no clause before the sentence's first
  let end = before;
  for (const cut of [...cuts.filter((c) => c < before).reverse(), -1]) {
    const start = cut + 1;
    if (figures.some((f) => f.start < end && f.end > start)) return '';
    const aside = v.asideOpen.test(s.view.slice(start, end));
    const topic = aside ? '' : openingNoun(s, start, end, near);
    if (topic || (near && !aside)) return topic;
    end = cut;
  }
  return '';
}

/** The noun phrase opening [start, end); with `told`, only one something is said of (`企业兼并案最多`), not a bare name (a list item `欧盟，430亿美元`). */
function openingNoun(s: MetricSentence, start: number, end: number, told: boolean): string {
  const words = tokensIn(s, start, end);
  let k = 0;
  while (k < words.length && (isLead(words[k]!, words[k + 1]) || v.reportVerbs.has(words[k]!.word))) k++;
  let last = -1;
  for (let j = k; j < words.length; j++) {
    const t = words[j]!;
    if (v.topicTags.test(t.tag)) last = j;
    else if (last < 0 || !(v.nounInnerTags.test(t.tag) || PUNCTUATION.test(t.word))) break;
  }
  const next = words[last + 1];
  if (last < k || placeOnly(words.slice(k, last + 1)) || (told && !next)) return '';
  if (next && !(v.topicEndTags.test(next.tag) || v.links.has(next.word))) return '';
  return cleanMetric(s.view.slice(words[k]!.start, words[last]!.end));
}
