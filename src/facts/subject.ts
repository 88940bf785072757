import type { Doc, Organization, Sentence } from '../doc.js';
import { firstStartingFrom } from './context.js';

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
  /** Around a name that is the scope of a rank or comparison (`居全国第8位`, `高于全国`). */
  scopeBefore: RegExp;
  scopeAfter: RegExp;
}

/** A place named at token `k` (`秀山县` read from `秀山`/`县`), or '' (not a place, or the first word of a longer name: `广阳湾`). */
function placeAt(s: Sentence, k: number, words: SubjectWords): { name: string; last: number } {
  const t = s.tokens[k]!;
  if (words.subjectWords.has(t.word)) return { name: t.word, last: k };
  if (!words.placeTags.has(t.tag) || t.word.length < 2 || words.notPlaces.has(t.word)) return { name: '', last: k };
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

/** A subject named in the text: where it ends (an original offset) and its name. */
interface Named {
  end: number;
  name: string;
}

/** Places (jieba tag `ns`, two characters or more), organizations and pronoun-like references of a sentence, in order. */
function namedIn(doc: Doc, s: Sentence, words: SubjectWords, context: ArticleContext): Named[] {
  const out: Named[] = [];
  for (let k = 0; k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    const level = words.placePronouns.get(t.word);
    const place = level === undefined ? placeAt(s, k, words) : { name: context.placeAt(level), last: k };
    const last = s.tokens[place.last]!;
    if (place.name && !isSource(s, t.start, last.end, words)) out.push({ end: s.map[last.end - 1]! + 1, name: place.name });
    k = place.last;
  }
  for (let k = firstStartingFrom(doc.organizations, s.start); k < doc.organizations.length && doc.organizations[k]!.end <= s.end; k++) {
    const o = doc.organizations[k]!;
    // `中国银行重庆市分行等10家金融机构`: the names before 等 are examples of the counted, not its subject.
    const example = words.examplesAfter.test(doc.norm.slice(o.end, o.end + 4));
    const source = words.sourceBefore.test(doc.norm.slice(Math.max(0, o.start - 4), o.start)) || words.sourceAfter.test(doc.norm.slice(o.end, o.end + 4));
    if (!example && !source) out.push({ end: o.end, name: o.canonical });
  }
  for (const m of s.view.matchAll(words.companyPronouns)) out.push({ end: s.map[m.index + m[0].length - 1]! + 1, name: context.company() });
  return out.filter((n) => n.name).sort((a, b) => a.end - b.end);
}

/** The place names of a sentence, in order. */
function placesOf(s: Sentence, words: SubjectWords): string[] {
  const out: string[] = [];
  for (let k = 0; k < s.tokens.length; k++) {
    const place = placeAt(s, k, words);
    if (place.name && !words.subjectWords.has(place.name)) out.push(place.name);
    k = place.last;
  }
  return out;
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

  /** `sentences` and `organizations`: those of the article. The most named place, else the most named organization, is what it is about. */
  constructor(sentences: Sentence[], organizations: Organization[], words: SubjectWords) {
    for (const s of sentences) {
      for (const name of placesOf(s, words)) this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    }
    if (this.counts.size === 0) for (const o of organizations) this.counts.set(o.canonical, (this.counts.get(o.canonical) ?? 0) + 1);
    for (const [name, n] of this.counts) if (n > (this.counts.get(this.mostNamedPlace) ?? 0)) this.mostNamedPlace = name;
  }

  /** Record the places and companies of a sentence once its facts are made. */
  read(doc: Doc, s: Sentence, words: SubjectWords): void {
    for (const name of placesOf(s, words)) this.latestByLevel.set(name.at(-1)!, name);
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
  return named ?? (context.carried || context.mostNamed());
}
