import type { Doc, Organization, Sentence } from '../doc.js';
import { firstStartingFrom, lastStartingBy, viewIndex } from './context.js';
import { itemOwner, type ItemWords } from './items.js';
import { matchesOf } from '../matches.js';
import { inOrganization, isDateline, isSource, isSourceOrganization, placeAt, placesOf, type Place } from './places.js';
import { opensClause, populationsIn, type Population, type PopulationWords } from './population.js';

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

/**
 * A subject named in the text: where it starts and ends (original offsets),
 * its name, whether it is the topic of its clause, and whether it is an actor
 * that opens its clause (an organization or population, not a place).
 */
interface Named {
  start: number;
  end: number;
  name: string;
  topic: boolean;
  actor?: boolean;
}

/**
 * The populations of a sentence, each written as the longer name it stands
 * for: `基金行业` after `上海基金行业` is it, and a bare head (`行业`) stands for
 * the latest population of its kind (the same last character: `基金业`). A
 * bare head that stands for none is left out.
 */
function populationsNamed(doc: Doc, s: Sentence, words: SubjectWords, context: ArticleContext): Named[] {
  if (!words.populations) return [];
  const found = context.populationsIn(doc, s, words.populations);
  if (found.length === 0) return [];
  const known = [...context.populations];
  const out: Named[] = [];
  const places = context.placesIn(s, words);
  for (const p of found) {
    // `山西的煤企重组`: a population after its place and `的` is named with it (`山西煤企`).
    const place = p.bare || p.company ? undefined : places.find((n) => n.end === p.start - 1 && s.view[n.end] === '的');
    const longer = [...known].reverse().find((n) => n.length > p.name.length && (p.bare ? n.at(-1) === p.name.at(-1) : n.endsWith(p.name)));
    const name = p.company ? context.recentCompany(doc, s.map[p.start]!) : place ? place.name + p.name : longer ?? (p.bare ? '' : p.name);
    if (p.topic && name) known.push(name);
    out.push({ start: s.map[p.start]!, end: s.map[p.end - 1]! + 1, name, topic: p.topic, actor: p.topic });
  }
  return out;
}

/** Places (jieba tag `ns`, two characters or more), organizations and pronoun-like references of a sentence, in order. */
function namedIn(doc: Doc, s: Sentence, words: SubjectWords, context: ArticleContext): Named[] {
  const out: Named[] = [];
  const inSentence = new Map<string, string>();
  for (let k = 0; k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    const level = words.placePronouns.get(t.word);
    // `北京市……全市国内生产总值`: a pronoun stands for the place of its level named before it in the sentence.
    const place = level === undefined ? placeAt(s, k, words) : { name: (level && inSentence.get(level)) || context.placeAt(level), last: k };
    if (level === undefined && place.name) inSentence.set(place.name.at(-1)!, place.name);
    const last = s.tokens[place.last]!;
    // `华夏、博时等8家`: a place that is one item of a list is not the subject either.
    const example = words.examplesAfter.test(s.view.slice(last.end, last.end + 4));
    if (place.name && !example && !isSource(s, t.start, last.end, words) && !inOrganization(doc, s.map[t.start]!)) out.push({ start: s.map[t.start]!, end: s.map[last.end - 1]! + 1, name: place.name, topic: true });
    k = place.last;
  }
  for (let k = firstStartingFrom(doc.organizations, s.start); k < doc.organizations.length && doc.organizations[k]!.end <= s.end; k++) {
    const o = doc.organizations[k]!;
    // `中国银行重庆市分行等10家金融机构`: the names before 等 are examples of the counted, not its subject.
    const example = words.examplesAfter.test(doc.norm.slice(o.end, o.end + 4)) || !!words.examplesBefore?.test(doc.norm.slice(Math.max(0, o.start - 2), o.start));
    const source = isSourceOrganization(doc, o, words);
    // `市政府` stands for the city, as `全市` does.
    const level = words.placePronouns.get(o.canonical);
    const name = level === undefined ? o.canonical : (level && inSentence.get(level)) || context.placeAt(level);
    const actor = level === undefined && !!words.populations && opensClause(doc, s, viewIndex(s, o.start), words.populations);
    if (!example && !source) out.push({ start: o.start, end: o.end, name, topic: true, actor });
  }
  out.push(...populationsNamed(doc, s, words, context));
  for (const m of matchesOf(words.companyPronouns, s.view)) out.push({ start: s.map[m.index]!, end: s.map[m.index + m[0].length - 1]! + 1, name: context.company(), topic: true });
  if (words.speaker) for (const m of matchesOf(words.speaker.pronouns, s.view)) out.push({ start: s.map[m.index]!, end: s.map[m.index + m[0].length - 1]! + 1, name: speakerAfter(doc, s, words), topic: true });
  return out.filter((n) => n.name).sort((a, b) => a.end - b.end);
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

/**
 * What the article is about, for pronoun-like references: the places named
 * so far (the latest of the right level for `该县`), the article's most named
 * place, its latest company.
 */
export class ArticleContext {
  /** The latest place named, by its last character (`县`, `市`), and the latest of all under ''. */
  private latestByLevel = new Map<string, string>();
  private counts = new Map<string, number>();
  private companies: Organization[] = [];
  /** Where the sentence read last starts. */
  private previousStart = 0;
  private mostNamedPlace = '';
  /** The populations that were the topic of a clause so far (`上海基金行业`), in order. */
  populations: string[] = [];
  /** The subject of the last fact, carried to facts whose sentence names none. */
  carried = '';
  /** The names of the sentence being read, found once for all its facts (the context only changes when a sentence is read). */
  private names: { sentence: Sentence; named: Named[] } | null = null;
  /** The places of each sentence of the article, found once (they depend on the sentence and the words only). */
  private places = new Map<Sentence, Place[]>();
  private placeWords: SubjectWords;
  /** The populations of the sentence read last, and the dates they were found with (a fact's sentence asks twice). */
  private populationsFound: { sentence: Sentence; dates: Doc['dates']; words: PopulationWords; found: Population[] } | null = null;

  /**
   * `sentences` and `organizations`: those of the article. The most named
   * place, else `全国` when the article names it, else the most named
   * organization, is what it is about. A place is counted with its other
   * forms (`深圳`, `深圳市`) and written in the form the body uses most (the
   * full one on a tie); titles and datelines (`本报北京1月8日讯`) are not the body.
   */
  constructor(doc: Doc, sentences: Sentence[], organizations: Organization[], words: SubjectWords) {
    this.placeWords = words;
    const body = new Map<string, number>();
    const scope = new Map<string, number>();
    for (const s of sentences) {
      const line = doc.lines[lastStartingBy(doc.lines, s.start)];
      const weight = line && line.role !== 'body' && line.role !== 'bullet' ? 0 : 1;
      for (const { name, start, end } of this.placesIn(s, words)) {
        const counts = words.subjectWords.has(name) ? scope : this.counts;
        counts.set(name, (counts.get(name) ?? 0) + 1);
        if (weight && !isDateline(s, start, end, words)) body.set(name, (body.get(name) ?? 0) + 1);
      }
    }
    const family = (name: string) => (name ? [...this.counts.keys()].filter((n) => n.startsWith(name) || name.startsWith(n)) : []);
    const total = (name: string) => family(name).reduce((sum, n) => sum + this.counts.get(n)!, 0);
    for (const name of this.counts.keys()) if (total(name) > total(this.mostNamedPlace)) this.mostNamedPlace = name;
    if (this.mostNamedPlace) {
      const forms = family(this.mostNamedPlace).sort((a, b) => (body.get(b) ?? 0) - (body.get(a) ?? 0) || b.length - a.length);
      this.mostNamedPlace = forms[0]!;
    } else if (scope.size) {
      this.mostNamedPlace = [...scope].sort((a, b) => b[1] - a[1])[0]![0];
    } else {
      for (const o of organizations) if (!isSourceOrganization(doc, o, words)) this.counts.set(o.canonical, (this.counts.get(o.canonical) ?? 0) + 1);
      for (const [name, n] of this.counts) if (n > (this.counts.get(this.mostNamedPlace) ?? 0)) this.mostNamedPlace = name;
    }
  }

  /** The place names of a sentence (`placesOf`), found once per sentence of the article. */
  placesIn(s: Sentence, words: SubjectWords): Place[] {
    if (words !== this.placeWords) return placesOf(s, words);
    let places = this.places.get(s);
    if (!places) this.places.set(s, places = placesOf(s, words));
    return places;
  }

  /** The populations of a sentence (`populationsIn`), found once for its facts and its reading when the dates are the same. */
  populationsIn(doc: Doc, s: Sentence, words: PopulationWords): Population[] {
    const last = this.populationsFound;
    if (last?.sentence === s && last.dates === doc.dates && last.words === words) return last.found;
    const found = populationsIn(doc, s, words);
    this.populationsFound = { sentence: s, dates: doc.dates, words, found };
    return found;
  }

  /** The names `find` gives for sentence `s`, computed on the first of its facts. */
  namesOf(s: Sentence, find: () => Named[]): Named[] {
    if (this.names?.sentence !== s) this.names = { sentence: s, named: find() };
    return this.names.named;
  }

  /** Record the places and companies of a sentence once its facts are made. */
  read(doc: Doc, s: Sentence, words: SubjectWords): void {
    this.previousStart = s.start;
    for (const { name } of this.placesIn(s, words)) if (!words.subjectWords.has(name)) this.latestByLevel.set(name.at(-1)!, name);
    for (const p of populationsNamed(doc, s, words, this)) if (p.topic && p.name) this.populations.push(p.name);
    for (let k = firstStartingFrom(doc.organizations, s.start); k < doc.organizations.length && doc.organizations[k]!.end <= s.end; k++) {
      if (doc.organizations[k]!.type === 'company') this.companies.push(doc.organizations[k]!);
    }
  }

  /** The place a pronoun of this level (`县`) stands for: the latest such place, else the article's most named place. */
  placeAt(level: string): string {
    return (level && this.latestByLevel.get(level)) || this.mostNamed();
  }

  /** The company named last before `at` in this sentence or the one before (as written: `鑫景特玻`), or ''. */
  recentCompany(doc: Doc, at: number): string {
    const from = firstStartingFrom(doc.organizations, this.previousStart);
    const named = doc.organizations.slice(from, lastStartingBy(doc.organizations, at) + 1).filter((o) => o.type === 'company' && o.end <= at);
    return named.at(-1)?.text ?? '';
  }

  company(): string {
    return this.companies.at(-1)?.canonical ?? '';
  }

  /** Whether a name is one the article is counted by (a place, `山西` but not `山西煤企`). */
  named(name: string): boolean {
    return this.counts.has(name);
  }

  mostNamed(): string {
    return this.mostNamedPlace;
  }
}

/** Clause breaks for `clauseStartAt`. */
const CLAUSE_BREAKS = new Set(',，。；;：:');

/** Where the clause holding the view index `k` starts (a view index); a break inside brackets (`绿城集团(企业专区,旗下楼盘)`) is none. */
function clauseStartAt(s: Sentence, k: number): number {
  const text = s.view.slice(0, k).replace(/[(（][^()（）]*[)）]/gu, (aside) => '_'.repeat(aside.length));
  let i = text.length;
  while (i > 0 && !CLAUSE_BREAKS.has(text[i - 1]!)) i--;
  return i;
}

/** The view span [start, number) of the number's clause up to the number at `at` (an original offset). */
function clauseSpan(s: Sentence, at: number): [number, number] {
  const number = s.map.findIndex((o) => o >= at);
  return [clauseStartAt(s, number), number];
}

/** The view text of the number's clause up to the number at `at`. */
function clauseBefore(s: Sentence, at: number): string {
  return s.view.slice(...clauseSpan(s, at));
}

/** Whether the text right before the original offset `at` makes what follows a scope (`占全球企业兼并总额的58.1%`). */
function isScopeAt(s: Sentence, at: number, words: SubjectWords): boolean {
  const k = s.map.indexOf(at);
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
  const number = s.map.findIndex((o) => o >= at);
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
  const all = context.namesOf(s, () => namedIn(doc, s, words, context));
  // `30多家基金公司人均总薪酬高达92万元`: what opens the metric is whose it is (a count's noun after it is what it counts).
  const metricAt = metricStart(s, at, metric);
  const opening = metricAt < 0 || isScopeAt(s, metricAt, words) ? undefined
    : all.filter((n) => n.start === metricAt && n.end < metricAt + metric.length).sort((a, b) => b.end - a.end)[0];
  const before = all.filter((n) => n.end <= at);
  // `社会资金占房企资金53.1%`: with no topic, the population after a share link owns the whole.
  const shareOwner = before.find((n) => !n.topic && isScopeAt(s, n.start, words));
  const named = opening?.name ?? nearestTopic(s, at, before)?.name ?? shareOwner?.name;
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
