import type { Doc, Sentence } from '../doc.js';
import { firstStartingFrom, viewIndex, viewIndexFrom } from './context.js';
import { itemOwner, type ItemWords } from './items.js';
import { codeSet, matchesOf } from '../matches.js';
import { inOrganization, isSource, isSourceOrganization, placeEnd, placeName } from './places.js';
import { opensClause, type PopulationWords } from './population.js';
import { populationsNamed, type ArticleContext, type Named } from './article-context.js';

/** The words that name a fact's subject (language data). */
export interface SubjectWords {
  /** Jieba tags of place names (`ns`). */
  placeTags: Set<string>;
  /** Words that stand for the article's place (`该县`, `我市`, `全市`), with the level they name (`县`, `市`), or '' for any. */
  placePronouns: Map<string, string>;
  /** Words that stand for the article's company (`该公司`, `the company`). */
  companyPronouns: RegExp;
  /** A speaker's `我们` in a quote, and what follows the speaker's organization after the quote (`金凤实验室副主任徐辉表示`). */
  speaker?: { pronouns: RegExp; after: RegExp };
  /** Right after a name that is one example of a list (`等`, `and other`). */
  examplesAfter: RegExp;
  /** Right before a name that is one item of a list (`华宝兴业和交银施罗德4家公司`). */
  examplesBefore?: RegExp;
  /** The text of a clause up to a count of listed examples (`南方、嘉实等9家`): the count has no subject of its own. */
  examplesCounted?: RegExp;
  /** Names that are a subject as written though not tagged as places (`全国`, `我国`). */
  subjectWords: Set<string>;
  /** Words jieba tags as places that are not (`入市`). */
  notPlaces: Set<string>;
  /** Administrative levels written after a place name (`秀山` + `县`). */
  levels: Set<string>;
  /** Single characters that make a place the first word of another name (`广阳` + `湾`). */
  nameSuffixes: Set<string>;
  /** Around a name that is the source of the figures, not their subject (`据统计局`, `民政部：`, `X表示`). */
  sourceBefore: RegExp;
  sourceAfter: RegExp;
  /** Around a place that is a dateline's (`本报北京1月8日讯`, `发自深圳`). */
  dateline?: { before: RegExp; after: RegExp };
  /** Around a name that is the scope of a rank or comparison (`居全国第8位`, `高于全国`). */
  scopeBefore: RegExp;
  scopeAfter: RegExp;
  /** Right after a place that names an event (`汶川特大地震`), not a subject. */
  eventAfter?: RegExp;
  /** Items of a total that name their own owner (`其中民政部门498.8亿元`). */
  items?: ItemWords;
  /** A population the figures are about (`房地产开发企业`, `乡镇企业`): the clause's topic, named as written. */
  populations?: PopulationWords;
}

/** Places (jieba tag `ns`, two characters or more), organizations and pronoun-like references of a sentence, in order. */
function namedIn(doc: Doc, s: Sentence, words: SubjectWords, context: ArticleContext): Named[] {
  const out: Named[] = [];
  const inSentence = new Map<string, string>();
  for (let k = 0; k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    const level = words.placePronouns.get(t.word);
    let name: string;
    if (level === undefined) {
      const end = placeEnd(s, k, words);
      if (end < 0) continue;
      name = placeName(s, k, end);
      inSentence.set(name.at(-1)!, name);
      k = end;
    } else {
      // `北京市……全市国内生产总值`: a pronoun stands for the place of its level named before it in the sentence.
      name = (level && inSentence.get(level)) || context.placeAt(level);
      if (!name) continue;
    }
    const last = s.tokens[k]!;
    // `华夏、博时等8家`: a place that is one item of a list is not the subject either.
    const example = words.examplesAfter.test(s.view.slice(last.end, last.end + 4));
    if (!example && !isSource(s, t.start, last.end, words) && !inOrganization(doc, s.map[t.start]!)) out.push({ start: s.map[t.start]!, end: s.map[last.end - 1]! + 1, name, topic: true });
  }
  for (let k = firstStartingFrom(doc.organizations, s.start); k < doc.organizations.length && doc.organizations[k]!.end <= s.end; k++) {
    const o = doc.organizations[k]!;
    // `中国银行重庆市分行等10家金融机构`: the names before 等 are examples of the counted, not its subject.
    const example = words.examplesAfter.test(doc.norm.slice(o.end, o.end + 4)) || !!words.examplesBefore?.test(doc.norm.slice(Math.max(0, o.start - 2), o.start));
    if (example || isSourceOrganization(doc, o, words)) continue;
    // `市政府` stands for the city, as `全市` does.
    const level = words.placePronouns.get(o.canonical);
    const name = level === undefined ? o.canonical : (level && inSentence.get(level)) || context.placeAt(level);
    const actor = level === undefined && !!words.populations && opensClause(doc, s, viewIndex(s, o.start), words.populations);
    out.push({ start: o.start, end: o.end, name, topic: true, actor });
  }
  for (const p of populationsNamed(doc, s, words, context)) out.push(p);
  pronounsNamed(doc, s, words, context, out);
  return out.filter((n) => n.name).sort((a, b) => a.end - b.end);
}

/**
 * The company pronouns (`该公司`) and a speaker's `我们` of a sentence, added
 * to `out`. A function of its own, always called: the few sentences that have
 * one, met after `namedIn` is optimized, deoptimize only this.
 */
function pronounsNamed(doc: Doc, s: Sentence, words: SubjectWords, context: ArticleContext, out: Named[]): void {
  for (const m of matchesOf(words.companyPronouns, s.view)) out.push({ start: s.map[m.index]!, end: s.map[m.index + m[0].length - 1]! + 1, name: context.company(), topic: true });
  if (words.speaker) for (const m of matchesOf(words.speaker.pronouns, s.view)) out.push({ start: s.map[m.index]!, end: s.map[m.index + m[0].length - 1]! + 1, name: speakerAfter(doc, s, words), topic: true });
}

/**
 * The organization of the speaker of a quote (`“我们已实现……”金凤实验室副主任
 * 徐辉表示`): the first organization after the quote's end, in the sentence or
 * right after it, followed by a reporting verb; else ''.
 */
function speakerAfter(doc: Doc, s: Sentence, words: SubjectWords): string {
  const quoteEnd = s.map[s.view.lastIndexOf('”')] ?? s.end;
  for (let k = firstStartingFrom(doc.organizations, quoteEnd); k < doc.organizations.length && doc.organizations[k]!.start < s.end + 12; k++) {
    const o = doc.organizations[k]!;
    if (words.speaker!.after.test(doc.norm.slice(o.end, o.end + 16))) return o.text;
  }
  return '';
}

/** Clause breaks for `clauseStartAt`, by code unit (no string made for each character tested). */
const CLAUSE_BREAKS = codeSet(',，。；;：:');

/** Where the clause holding the view index `k` starts (a view index); a break inside brackets (`绿城集团(企业专区,旗下楼盘)`) is none. */
function clauseStartAt(s: Sentence, k: number): number {
  const before = s.view.slice(0, k);
  const text = before.includes('(') || before.includes('（') ? before.replace(/[(（][^()（）]*[)）]/gu, (aside) => '_'.repeat(aside.length)) : before;
  let i = text.length;
  while (i > 0 && !CLAUSE_BREAKS.has(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The view span [start, number) of the number's clause up to the number at `at` (an original offset). */
function clauseSpan(s: Sentence, at: number): [number, number] {
  const number = viewIndexFrom(s, at);
  return [clauseStartAt(s, number), number];
}

/** The view text of the number's clause up to the number at `at`. */
function clauseBefore(s: Sentence, at: number): string {
  return s.view.slice(...clauseSpan(s, at));
}

/** Whether the text right before the original offset `at` makes what follows a scope (`占全球企业兼并总额的58.1%`). */
function isScopeAt(s: Sentence, at: number, words: SubjectWords): boolean {
  const k = viewIndex(s, at);
  return words.scopeBefore.test(s.view.slice(Math.max(0, k - 4), k));
}

/**
 * The topic named nearest before the number at `at`; but an actor opening the
 * number's clause beats a name after it in that clause, where it acts
 * (`绿城集团以61亿元总价连拿苏州两个地王` → `绿城集团`).
 */
function nearestTopic(s: Sentence, at: number, before: Named[]): Named | undefined {
  const nearest = before.filter((n) => n.topic).at(-1);
  const clauseStart = s.map[clauseSpan(s, at)[0]] ?? s.start;
  if (!nearest || nearest.actor || nearest.start < clauseStart) return nearest;
  return before.find((n) => n.actor && n.start >= clauseStart && n.start < nearest.start) ?? nearest;
}

/** The owner an item of a total at `at` names when it is an agent (`其中民政部门498.8亿元` → `民政部门`), else ''. */
export function itemSubject(s: Sentence, at: number, words: SubjectWords): string {
  return words.items ? itemOwner(s, ...clauseSpan(s, at), words.items) : '';
}

/** Where the fact's metric starts (an original offset), written before the number (or right after it); else -1. */
function metricStart(s: Sentence, at: number, metric: string, side: 'before' | 'after' = 'before'): number {
  if (!metric) return -1;
  const number = viewIndexFrom(s, at);
  const k = side === 'before' ? s.view.lastIndexOf(metric, number - metric.length) : s.view.indexOf(metric, number);
  return k >= 0 ? s.map[k]! : -1;
}

/**
 * The subject of a fact at `at` (an original offset) measuring `metric`: what
 * opens the metric, else the topic named nearest before the number in its
 * sentence (place, organization, population; a pronoun-like `全市` resolved),
 * else a population after a share link; a count of listed examples has none;
 * else the subject carried in the paragraph, else what the article is about.
 */
export function subjectOf(doc: Doc, s: Sentence, at: number, words: SubjectWords, context: ArticleContext, metric = ''): string {
  const all = context.namesOf(s) ?? context.keepNames(s, namedIn(doc, s, words, context));
  // `30多家基金公司人均总薪酬高达92万元`: what opens the metric is whose it is (a count's noun after it is what it counts).
  const metricAt = metricStart(s, at, metric);
  const opening = metricAt < 0 || isScopeAt(s, metricAt, words) ? undefined
    : all.filter((n) => n.start === metricAt && n.end < metricAt + metric.length).sort((a, b) => b.end - a.end)[0];
  const before = all.filter((n) => n.end <= at);
  // `社会资金占房企资金53.1%`: with no topic, the population after a share link owns the whole.
  const named = opening?.name ?? nearestTopic(s, at, before)?.name ?? before.find((n) => !n.topic && isScopeAt(s, n.start, words))?.name;
  if (named) return named;
  // `南方、嘉实等9家基金公司`: a count of the examples listed before it is no one's, unless its noun names a place (`4个重庆科创实验室`).
  if (words.examplesCounted?.test(clauseBefore(s, at))) {
    const counted = metricStart(s, at, metric, 'after');
    return all.find((n) => n.start === counted && n.end < counted + metric.length)?.name ?? '';
  }
  // A carried form of the article's place (`深圳市` once, `深圳` most often) is written as the article writes it most.
  const place = context.mostNamed();
  const sameplace = place && context.named(context.carried) && (context.carried.startsWith(place) || place.startsWith(context.carried));
  return (!sameplace && context.carried) || place;
}
