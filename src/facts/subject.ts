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
}

/** A subject named in the text: where it ends (an original offset) and its name. */
interface Named {
  end: number;
  name: string;
}

/** Places (jieba tag `ns`, two characters or more), organizations and pronoun-like references of a sentence, in order. */
function namedIn(doc: Doc, s: Sentence, words: SubjectWords, context: ArticleContext): Named[] {
  const out: Named[] = [];
  for (const t of s.tokens) {
    const end = s.map[t.end - 1]! + 1;
    const level = words.placePronouns.get(t.word);
    if (level !== undefined) out.push({ end, name: context.placeAt(level) });
    else if (words.placeTags.has(t.tag) && t.word.length > 1) out.push({ end, name: t.word });
  }
  for (let k = firstStartingFrom(doc.organizations, s.start); k < doc.organizations.length && doc.organizations[k]!.end <= s.end; k++) {
    const o = doc.organizations[k]!;
    // `中国银行重庆市分行等10家金融机构`: the names before 等 are examples of the counted, not its subject.
    if (!words.examplesAfter.test(doc.norm.slice(o.end, o.end + 4))) out.push({ end: o.end, name: o.canonical });
  }
  for (const m of s.view.matchAll(words.companyPronouns)) out.push({ end: s.map[m.index + m[0].length - 1]! + 1, name: context.company() });
  return out.filter((n) => n.name).sort((a, b) => a.end - b.end);
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

  /** `sentences`: those of the article. */
  constructor(sentences: Sentence[], words: SubjectWords) {
    for (const s of sentences) {
      for (const t of s.tokens) {
        if (words.placeTags.has(t.tag) && t.word.length > 1) this.counts.set(t.word, (this.counts.get(t.word) ?? 0) + 1);
      }
    }
    for (const [name, n] of this.counts) if (n > (this.counts.get(this.mostNamedPlace) ?? 0)) this.mostNamedPlace = name;
  }

  /** Record the places and companies of a sentence once its facts are made. */
  read(doc: Doc, s: Sentence, words: SubjectWords): void {
    for (const t of s.tokens) if (words.placeTags.has(t.tag) && t.word.length > 1) this.latestByLevel.set(t.word.at(-1)!, t.word);
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
