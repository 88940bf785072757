/**
 * What an article is about, read sentence by sentence for the subjects of its
 * facts (`subject.ts`): the places it names, its companies, the populations
 * that were the topic of a clause, and the subject carried from fact to fact.
 */
import type { Doc, Organization, Sentence } from '../doc.js';
import { firstStartingFrom, lastStartingBy } from './context.js';
import { isDateline, isSourceOrganization, placesOf, type Place } from './places.js';
import { populationsIn, type Population, type PopulationWords } from './population.js';
import type { SubjectWords } from './subject.js';

/**
 * A subject named in the text: where it starts and ends (original offsets),
 * its name, whether it is the topic of its clause, and whether it is an actor
 * that opens its clause (an organization or population, not a place).
 */
export interface Named {
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
 * bare head that stands for none is left out. `known`: the populations named
 * so far, to which each topic's name is added (the context's own list when
 * it reads the sentence; a copy of it by default).
 */
export function populationsNamed(doc: Doc, s: Sentence, words: SubjectWords, context: ArticleContext, known = [...context.populations]): Named[] {
  if (!words.populations) return [];
  const found = context.populationsIn(doc, s, words.populations);
  if (found.length === 0) return [];
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

/** The first name of the highest count, or ''. */
function mostCounted(counts: Map<string, number>): string {
  let most = '';
  let max = 0;
  for (const [name, n] of counts) {
    if (n <= max) continue;
    most = name;
    max = n;
  }
  return most;
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
  /** The company named last in the sentences read. */
  private latestCompany: Organization | null = null;
  /** Where the sentence read last starts. */
  private previousStart = 0;
  private mostNamedPlace = '';
  /** The populations that were the topic of a clause so far (`上海基金行业`), in order. */
  populations: string[] = [];
  /** The subject of the last fact, carried to facts whose sentence names none. */
  carried = '';
  /** The names of the sentence being read, found once for all its facts (the context only changes when a sentence is read). */
  private names: { sentence: Sentence; named: Named[] } | null = null;
  /**
   * The places of each sentence of the article, found once (they depend on the
   * sentence and the words only), by where the sentence starts: a number key
   * costs less than an object's, which is given an identity hash first.
   */
  private places = new Map<number, Place[]>();
  private placeWords: SubjectWords;
  /** The article's organizations, in order (the facts stage's list: one kind of list, whatever the organizations stage made). */
  private organizations: Organization[];
  /** The populations of the sentence read last, and the dates they were found with (a fact's sentence asks twice). */
  private populationsFound: { sentence: Sentence; dates: Doc['dates']; words: PopulationWords; found: Population[] } | null = null;

  /** The article's sentences and document, kept to count its places when first asked (`counted`). */
  private sentences: Sentence[];
  private doc: Doc;
  private isCounted = false;

  /** `sentences` and `organizations`: those of the article. */
  constructor(doc: Doc, sentences: Sentence[], organizations: Organization[], words: SubjectWords) {
    this.doc = doc;
    this.sentences = sentences;
    this.placeWords = words;
    this.organizations = organizations;
  }

  /**
   * The places counted, on the first question that needs them (a quarter of
   * the articles read make no fact, and none asks). The most named place,
   * else `全国` when the article names it, else the most named organization,
   * is what it is about. A place is counted with its other forms (`深圳`,
   * `深圳市`) and written in the form the body uses most (the full one on a
   * tie); titles and datelines (`本报北京1月8日讯`) are not the body.
   */
  private counted(): this {
    if (this.isCounted) return this;
    this.isCounted = true;
    const { doc, placeWords: words } = this;
    const body = new Map<string, number>();
    const scope = new Map<string, number>();
    for (const s of this.sentences) {
      const line = doc.lines[lastStartingBy(doc.lines, s.start)];
      const weight = line && line.role !== 'body' && line.role !== 'bullet' ? 0 : 1;
      for (const { name, start, end } of this.placesIn(s, words)) {
        const counts = words.subjectWords.has(name) ? scope : this.counts;
        counts.set(name, (counts.get(name) ?? 0) + 1);
        if (weight && !isDateline(s, start, end, words)) body.set(name, (body.get(name) ?? 0) + 1);
      }
    }
    this.chooseMostNamed(doc, body, scope, words);
    return this;
  }

  /**
   * The most named place (counted with its other forms), else the most named
   * scope word, else the most named organization (then counted as the places
   * are: `named` knows it). A method of its own, called once per article: a
   * rarely taken branch costs, when first taken, the re-optimization of this
   * method only.
   */
  private chooseMostNamed(doc: Doc, body: Map<string, number>, scope: Map<string, number>, words: SubjectWords): void {
    const related = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
    let place = '';
    let most = 0; // the count of the place's family, kept rather than counted again for every name
    for (const name of this.counts.keys()) {
      let count = 0; // the family's count, summed without listing it (every name of the article against every other)
      if (name) for (const [n, c] of this.counts) if (related(n, name)) count += c;
      if (count > most) {
        place = name;
        most = count;
      }
    }
    // No place (none is counted then: the forms are none).
    const forms = [...this.counts.keys()].filter((n) => related(n, place)).sort((a, b) => (body.get(b) ?? 0) - (body.get(a) ?? 0) || b.length - a.length);
    // The scope words and organizations are read for every article, and only locals are set in the branches:
    // an article with no place, met first after this method is optimized, would cost it a recompile.
    const organizations = new Map<string, number>();
    for (const o of this.organizations) if (!isSourceOrganization(doc, o, words)) organizations.set(o.canonical, (organizations.get(o.canonical) ?? 0) + 1);
    const scoped = scope.size > 0;
    const unplaced = mostCounted(scoped ? scope : organizations);
    this.mostNamedPlace = place ? forms[0]! : unplaced;
    this.counts = place || scoped ? this.counts : organizations;
  }

  /** The place names of a sentence (`placesOf`), found once per sentence of the article. */
  placesIn(s: Sentence, words: SubjectWords): Place[] {
    if (words !== this.placeWords) return placesOf(s, words);
    let places = this.places.get(s.start);
    if (!places) this.places.set(s.start, places = placesOf(s, words));
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

  /** The names kept for sentence `s` on the first of its facts (`keepNames`), or null. */
  namesOf(s: Sentence): Named[] | null {
    return this.names?.sentence === s ? this.names.named : null;
  }

  /** Keep the names of sentence `s` for its other facts (no closure made per fact to find them). */
  keepNames(s: Sentence, named: Named[]): Named[] {
    this.names = { sentence: s, named };
    return named;
  }

  /** Record the places and companies of a sentence once its facts are made. */
  read(doc: Doc, s: Sentence, words: SubjectWords): void {
    this.previousStart = s.start;
    for (const { name } of this.placesIn(s, words)) if (!words.subjectWords.has(name)) this.latestByLevel.set(name.at(-1)!, name);
    // The topics' names are added to the populations by `populationsNamed` (a push here, first run late, would deoptimize this method).
    populationsNamed(doc, s, words, this, this.populations);
    // The organizations inside the sentence: all of its article.
    const orgs = this.organizations;
    let company = this.latestCompany;
    for (let k = firstStartingFrom(orgs, s.start); k < orgs.length && orgs[k]!.end <= s.end; k++) {
      const o = orgs[k]!;
      if (o.type === 'company') company = o;
    }
    this.latestCompany = company;
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
    return this.latestCompany?.canonical ?? '';
  }

  /** Whether a name is one the article is counted by (a place, `山西` but not `山西煤企`). */
  named(name: string): boolean {
    return this.counted().counts.has(name);
  }

  mostNamed(): string {
    return this.counted().mostNamedPlace;
  }
}
