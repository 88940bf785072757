import { articleOf, type Article, type Doc, type Line, type LineRole } from '../doc.js';
import { langOf, type Letters } from '../lang.js';
import { layoutRules as rules } from '../layout/layout-rules.js';
import { pageLines, type PageLine } from '../layout/lines.js';
import type { Stage } from '../stage.js';

/**
 * How an article began: under a standalone byline (`□…记者 X`: a feature,
 * whose later short lines are subheadings), with a lead byline (`本报讯…`,
 * `新华社…电`: a news item), under a wire headline and dateline (a wire story:
 * its later short lines are subheadings, table captions or sign-offs; the
 * next story has its own dateline), or neither.
 */
type ArticleKind = 'feature' | 'news' | 'wire' | 'plain';

interface Draft {
  kind: ArticleKind;
  titleLines: number[];
  hasBody: boolean;
  /** ISO day of a wire dateline (`BUCHAREST 1996-08-30`) under the headline. */
  dateline: string | null;
}

/** How many body lines a photo-news item may have between its headline and its credit. */
const INSERT_MAX_LINES = 8;

/**
 * Read the layout: give every line an article and a role. Headline blocks
 * (short unpunctuated lines) open an article when a byline follows, when no
 * article is open, or when they have a headline's form inside a news item; in
 * a feature they are subheadings, except a photo-news item (headline, caption,
 * photo credit) inserted in it, after which the feature resumes. A wire
 * story's headline (known by the dateline under it) always opens an article;
 * its dateline day becomes the article's dateline.
 */
export function readLayout(lines: PageLine[]): { articleOf: number[]; roles: LineRole[]; drafts: Draft[] } {
  const articleOf: number[] = new Array(lines.length).fill(0);
  const roles: LineRole[] = new Array(lines.length).fill('body');
  const drafts: Draft[] = [];
  let cur = -1;

  const assign = (from: number, to: number, role: LineRole) => {
    for (let k = from; k < to; k++) {
      articleOf[k] = cur;
      roles[k] = role;
    }
    if (role === 'body' || role === 'bullet') drafts[cur]!.hasBody = true;
  };
  const open = (kind: ArticleKind, from: number, to: number) => {
    drafts.push({ kind, titleLines: range(from, to), hasBody: false, dateline: null });
    cur = drafts.length - 1;
    assign(from, to, 'title');
  };
  const ensureOpen = () => {
    if (cur < 0) open('plain', 0, 0);
  };
  /** Index of the photo credit that closes a run of body lines starting at `from`, or -1. */
  const photoCreditAfter = (from: number) => {
    for (let k = from; k < lines.length && k < from + INSERT_MAX_LINES; k++) {
      if (lines[k]!.cue === 'credit') return rules.photoCredit.test(lines[k]!.text) && k > from ? k : -1;
      if (lines[k]!.cue !== 'body') return -1;
    }
    return -1;
  };

  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    switch (line.cue) {
      case 'short': {
        let j = i;
        while (j < lines.length && lines[j]!.cue === 'short') j++;
        const nextCue = lines[j]?.cue;
        const credit = photoCreditAfter(j);
        if (cur < 0 || nextCue === 'byline' || nextCue === 'lead') open('plain', i, j);
        else if (drafts[cur]!.kind === 'feature' && credit >= 0) {
          const feature = cur;
          open('plain', i, j);
          assign(j, credit, 'body');
          assign(credit, credit + 1, 'credit');
          cur = feature;
          j = credit + 1;
        } else if (drafts[cur]!.kind === 'feature' || drafts[cur]!.kind === 'wire') assign(i, j, 'heading');
        else if (rules.titleForm.test(line.text)) open('plain', i, j);
        else assign(i, j, 'body'); // a short line broken by the layout: it continues below
        i = j;
        break;
      }
      case 'headline': {
        // under a dateline it heads a wire story; a page's first line alone heads a plain article
        const next = lines[i + 1]?.cue;
        open(next === 'dateline' || next === 'byline' || next === 'lead' ? 'wire' : 'plain', i, i + 1);
        i++;
        break;
      }
      case 'dateline':
        ensureOpen();
        drafts[cur]!.dateline ??= line.dateline ?? null;
        assign(i, i + 1, 'dateline');
        i++;
        break;
      case 'table':
        ensureOpen();
        assign(i, i + 1, 'table');
        i++;
        break;
      case 'continuation':
        open('news', i, i);
        assign(i, i + 1, 'body');
        i++;
        break;
      case 'byline':
      case 'lead': {
        const kind = line.cue === 'byline' ? 'feature' : 'news';
        if (cur >= 0 && !drafts[cur]!.hasBody) {
          if (drafts[cur]!.kind !== 'wire') drafts[cur]!.kind = kind;
        }
        else open(kind, i, i);
        assign(i, i + 1, line.cue === 'byline' ? 'byline' : 'body');
        i++;
        break;
      }
      default:
        ensureOpen();
        assign(i, i + 1, line.cue === 'credit' ? 'credit' : line.cue === 'bullet' ? 'bullet' : 'body');
        i++;
    }
  }
  return { articleOf, roles, drafts };
}

function range(from: number, to: number): number[] {
  const out: number[] = []; // pushed: `Array.from({ length })` makes holey arrays, a second kind besides the empty one
  for (let k = from; k < to; k++) out.push(k);
  return out;
}

/** Contiguous runs of lines of one article, as [start, end) spans reaching to the next run. */
function segmentsOf(lines: PageLine[], articleOf: number[], articles: number): [number, number][][] {
  const segments: [number, number][][] = [];
  for (let n = 0; n < articles; n++) segments.push([]); // not Array.from with a function, which costs more than the rest
  let k = 0;
  while (k < lines.length) {
    let m = k;
    while (m < lines.length && articleOf[m] === articleOf[k]) m++;
    const end = m < lines.length ? lines[m]!.start : lines[m - 1]!.end;
    segments[articleOf[k]!]!.push([lines[k]!.start, end]);
    k = m;
  }
  return segments;
}

/**
 * Each article's letters: its lines' added up (the text between its lines,
 * blanks and line breaks, has none), not counted again over its segments.
 */
function lettersOfArticles(lines: PageLine[], articleOf: number[], articles: number): Letters[] {
  const letters: Letters[] = [];
  for (let n = 0; n < articles; n++) letters.push({ han: 0, latin: 0 });
  for (let k = 0; k < lines.length; k++) {
    const sum = letters[articleOf[k]!]!;
    sum.han += lines[k]!.letters.han;
    sum.latin += lines[k]!.letters.latin;
  }
  return letters;
}

/** An article, with its id, read from its draft, its segments and its letters. */
function readArticle(doc: Doc, page: PageLine[], id: string, d: Draft, segs: [number, number][], letters: Letters): Article {
  const titles: string[] = []; // pushed, not `map`ped: V8's optimized `map` makes arrays of another kind (holey) than the interpreter's
  for (const k of d.titleLines) titles.push(doc.text.slice(page[k]!.start, page[k]!.end));
  const [first, ...rest] = titles;
  return articleOf({
    id, title: first ?? '', alt_titles: rest,
    start: segs[0]?.[0] ?? 0, end: segs[0]?.[1] ?? 0, lang: langOf(letters),
    segments: segs, dateline: d.dateline,
  });
}

export function splitArticles(doc: Doc): { articles: Article[]; lines: Line[] } {
  const page = pageLines(doc.norm);
  const { articleOf: articleOfLine, roles, drafts } = readLayout(page);
  const segments = segmentsOf(page, articleOfLine, drafts.length);
  const letters = lettersOfArticles(page, articleOfLine, drafts.length);
  // pushed, not `map`ped: V8's optimized `map` makes arrays of another kind (holey), a second shape for the stages reading them
  const ids: string[] = []; // one string per article, shared by its lines: not one made per line, and compared by reference
  for (let n = 0; n < drafts.length; n++) ids.push(`a${n + 1}`);
  const articles: Article[] = [];
  for (let n = 0; n < drafts.length; n++) articles.push(readArticle(doc, page, ids[n]!, drafts[n]!, segments[n]!, letters[n]!));
  const lines: Line[] = [];
  for (let k = 0; k < page.length; k++) lines.push({ start: page[k]!.start, end: page[k]!.end, role: roles[k]!, articleId: ids[articleOfLine[k]!]! });
  return { articles, lines };
}

export const articlesStage: Stage = {
  name: 'articles',
  run: (doc) => ({ ...doc, ...splitArticles(doc) }),
};
