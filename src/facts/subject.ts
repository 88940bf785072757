import type { Doc, Organization, Sentence } from '../doc.js';
import { firstStartingFrom, lastStartingBy } from './context.js';

const DIGITS = /[0-9０-９]/u;

/** The words that name a fact's subject (language data). */
export interface SubjectWords {
  /** Jieba tags of place names (`ns`). */
  placeTags: Set<string>;
  /** Words that stand for the article's place (`该县`, `我市`, `全市`), with the level they name (`县`, `市`), or '' for any. */
  placePronouns: Map<string, string>;
  /** Words that stand for the article's company (`该公司`, `the company`). */
  companyPronouns: RegExp;
  /** Right after a name that is one example of a list (`等`, `and other`). */
  examplesAfter: RegExp;
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
  /** A population the figures are about (`房地产开发企业`, `乡镇企业`): the clause's topic, named as written. */
  populations?: PopulationWords;
}

/** How a population is read as the topic of a clause (language data). */
export interface PopulationWords {
  /** The head word a population ends in (`企业`, `行业`, `农场`). */
  head: RegExp;
  /** Tags of the words inside a population (`国有`, `外商`, `投资`). */
  innerTags: RegExp;
  /** Tags of a word allowed right before a population's head, after an inner word (`开发`). */
  innerVerbTags: RegExp;
  /** What may stand between the clause start and the topic once dates are removed (`截至`, `三是`). */
  lead: RegExp;
  /** Right after a name that is not the topic (`的`, `与`, `、`): a possessor or one item of a list. */
  notAfter: RegExp;
  /** Clause breaks. */
  clauseBreak: RegExp;
  minLength: number;
}

/** A place named at token `k` (`秀山县` read from `秀山`/`县`), or '' (not a place, or the first word of a longer name: `广阳湾`). */
function placeAt(s: Sentence, k: number, words: SubjectWords): { name: string; last: number } {
  const t = s.tokens[k]!;
  if (words.subjectWords.has(t.word)) return { name: t.word, last: k };
  if (!words.placeTags.has(t.tag) || t.word.length < 2 || words.notPlaces.has(t.word)) return { name: '', last: k };
  // `汶川特大地震`: the place names an event, it is not where the figures are.
  if (words.eventAfter?.test(s.view.slice(t.end, t.end + 6))) return { name: '', last: k };
  const next = s.tokens[k + 1];
  if (next && next.start === t.end && next.word.length === 1) {
    if (words.levels.has(next.word)) return { name: t.word + next.word, last: k + 1 };
    if (/^n/u.test(next.tag) || words.nameSuffixes.has(next.word)) return { name: '', last: k };
  }
  return { name: t.word, last: k };
}

/** Whether the name in the view span [start, end) is a source of the figures (`根据统计局发布`) or a rank's scope (`居全国第8位`), not their subject. */
function isSource(s: Sentence, start: number, end: number, words: SubjectWords): boolean {
  const before = s.view.slice(Math.max(0, start - 4), start);
  const after = s.view.slice(end, end + 4);
  return words.sourceBefore.test(before) || words.sourceAfter.test(after) || words.scopeBefore.test(before) || words.scopeAfter.test(after);
}

/** The view text of [from, to) with the dates of the document left out. */
function withoutDates(doc: Doc, s: Sentence, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) if (!inDate(doc, s, i)) out += s.view[i];
  return out;
}

/** `at`, or the end of a date that starts there (`统计局5日发表`: the source's verb follows the date). */
function pastDate(doc: Doc, at: number): number {
  const k = firstStartingFrom(doc.dates, at);
  return k < doc.dates.length && doc.dates[k]!.start === at ? doc.dates[k]!.end : at;
}

/** Whether the view offset `i` lies in one of the document's dates. */
function inDate(doc: Doc, s: Sentence, i: number): boolean {
  const k = lastStartingBy(doc.dates, s.map[i]!);
  return k >= 0 && doc.dates[k]!.end > s.map[i]!;
}

/**
 * Whether token `k` is part of the population after it (its head at token
 * `head`): an inner word, not a date or a number (`1997年`, `469户`); a verb
 * only right before the head (`房地产开发企业`, not `一份来自上海基金行业`),
 * and not after a population (`千户企业实现工业`).
 */
function joinsPopulation(doc: Doc, s: Sentence, k: number, head: number, p: PopulationWords): boolean {
  const t = s.tokens[k]!;
  if (t.end !== s.tokens[k + 1]!.start || inDate(doc, s, t.start) || DIGITS.test(t.word)) return false;
  if (p.innerTags.test(t.tag)) return true;
  // After a population (`千户企业实现工业总产值`) the verb is its predicate.
  const before = s.tokens[k - 1];
  return k === head - 1 && p.innerVerbTags.test(t.tag) && before !== undefined && p.innerTags.test(before.tag) && !p.head.test(before.word);
}

/**
 * The populations a sentence is about: a noun phrase ending in a population
 * head (`房地产开发企业`) that opens its clause (after dates and lead words such
 * as `截至`) and is not followed by a possessive `的` or a list `、和`.
 */
function populationsIn(doc: Doc, s: Sentence, p: PopulationWords): { start: number; end: number; name: string }[] {
  const out: { start: number; end: number; name: string }[] = [];
  for (let k = 0; k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    if (!p.head.test(t.word) || p.notAfter.test(s.view.slice(t.end, t.end + 5))) continue;
    let first = k;
    while (first > 0 && joinsPopulation(doc, s, first - 1, k, p)) first--;
    const start = s.tokens[first]!.start;
    const clauseStart = Math.max(...[...s.view.slice(0, start).matchAll(p.clauseBreak)].map((m) => m.index + 1), 0);
    if (t.end - start >= p.minLength && p.lead.test(withoutDates(doc, s, clauseStart, start).trim())) out.push({ start, end: t.end, name: s.view.slice(start, t.end) });
  }
  return out;
}

/** A subject named in the text: where it ends (an original offset) and its name. */
interface Named {
  end: number;
  name: string;
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
    if (place.name && !isSource(s, t.start, last.end, words)) out.push({ end: s.map[last.end - 1]! + 1, name: place.name });
    k = place.last;
  }
  for (let k = firstStartingFrom(doc.organizations, s.start); k < doc.organizations.length && doc.organizations[k]!.end <= s.end; k++) {
    const o = doc.organizations[k]!;
    // `中国银行重庆市分行等10家金融机构`: the names before 等 are examples of the counted, not its subject.
    const example = words.examplesAfter.test(doc.norm.slice(o.end, o.end + 4));
    const source = isSourceOrganization(doc, o, words);
    // `市政府` stands for the city, as `全市` does.
    const level = words.placePronouns.get(o.canonical);
    const name = level === undefined ? o.canonical : (level && inSentence.get(level)) || context.placeAt(level);
    if (!example && !source) out.push({ end: o.end, name });
  }
  if (words.populations) for (const p of populationsIn(doc, s, words.populations)) out.push({ end: s.map[p.end - 1]! + 1, name: p.name });
  for (const m of s.view.matchAll(words.companyPronouns)) out.push({ end: s.map[m.index + m[0].length - 1]! + 1, name: context.company() });
  return out.filter((n) => n.name).sort((a, b) => a.end - b.end);
}

/** The place names of a sentence (`全国` included), with their view spans, in order. */
function placesOf(s: Sentence, words: SubjectWords): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  for (let k = 0; k < s.tokens.length; k++) {
    const place = placeAt(s, k, words);
    if (place.name) out.push({ name: place.name, start: s.tokens[k]!.start, end: s.tokens[place.last]!.end });
    k = place.last;
  }
  return out;
}

/** Whether the place in the view span [start, end) is a dateline's (`本报北京1月8日讯`, `发自深圳`): where the reporter was. */
function isDateline(s: Sentence, start: number, end: number, words: SubjectWords): boolean {
  return !!words.dateline && (words.dateline.before.test(s.view.slice(Math.max(0, start - 4), start)) || words.dateline.after.test(s.view.slice(end, end + 8)));
}

/** Whether an organization is the source of the figures (`据统计局`, `民政部：`, `统计局5日发表`), not their subject. */
function isSourceOrganization(doc: Doc, o: Organization, words: SubjectWords): boolean {
  return words.sourceBefore.test(doc.norm.slice(Math.max(0, o.start - 4), o.start)) || words.sourceAfter.test(doc.norm.slice(pastDate(doc, o.end)).slice(0, 4));
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
  private mostNamedPlace = '';
  /** The subject of the last fact, carried to facts whose sentence names none. */
  carried = '';

  /**
   * `sentences` and `organizations`: those of the article. The most named
   * place, else `全国` when the article names it, else the most named
   * organization, is what it is about. A place is counted with its other
   * forms (`深圳`, `深圳市`) and written in the form the body uses most (the
   * full one on a tie); titles and datelines (`本报北京1月8日讯`) are not the body.
   */
  constructor(doc: Doc, sentences: Sentence[], organizations: Organization[], words: SubjectWords) {
    const body = new Map<string, number>();
    const scope = new Map<string, number>();
    for (const s of sentences) {
      const line = doc.lines[lastStartingBy(doc.lines, s.start)];
      const weight = line && line.role !== 'body' && line.role !== 'bullet' ? 0 : 1;
      for (const { name, start, end } of placesOf(s, words)) {
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

  /** Record the places and companies of a sentence once its facts are made. */
  read(doc: Doc, s: Sentence, words: SubjectWords): void {
    for (const { name } of placesOf(s, words)) if (!words.subjectWords.has(name)) this.latestByLevel.set(name.at(-1)!, name);
    for (let k = firstStartingFrom(doc.organizations, s.start); k < doc.organizations.length && doc.organizations[k]!.end <= s.end; k++) {
      if (doc.organizations[k]!.type === 'company') this.companies.push(doc.organizations[k]!);
    }
  }

  /** The place a pronoun of this level (`县`) stands for: the latest such place, else the article's most named place. */
  placeAt(level: string): string {
    return (level && this.latestByLevel.get(level)) || this.mostNamed();
  }

  company(): string {
    return this.companies.at(-1)?.canonical ?? '';
  }

  mostNamed(): string {
    return this.mostNamedPlace;
  }
}

/**
 * The subject of a fact at `at` (an original offset): the place or
 * organization named nearest before the number in its sentence (a pronoun-like
 * `全市` resolved), else the subject carried from the article's last fact, else
 * the article's most named place.
 */
export function subjectOf(doc: Doc, s: Sentence, at: number, words: SubjectWords, context: ArticleContext): string {
  const named = namedIn(doc, s, words, context).filter((n) => n.end <= at).at(-1)?.name;
  if (named) return named;
  // A carried form of the article's place (`深圳市` once, `深圳` most often) is written as the article writes it most.
  const place = context.mostNamed();
  const sameplace = place && (context.carried.startsWith(place) || place.startsWith(context.carried));
  return (!sameplace && context.carried) || place;
}
