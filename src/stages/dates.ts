/**
 * The dates stage: every sentence's dates, resolved against the article's
 * dateline day when it has one, else the issue date (SPEC §4 Date). It also
 * fills each article's `dateline`.
 */
import { isoDay, parseIsoDay, type Ymd } from '../dates/calendar.js';
import { resolveDateline } from '../dates/dateline.js';
import { NO_CONTEXT, readDates, type DateContext } from '../dates/mentions.js';
import type { Article, DateMention, Doc, Line } from '../doc.js';
import { articleOf, viewSpan } from '../doc.js';
import type { Stage } from '../stage.js';

/**
 * Each article with its dateline day filled in when its first body line
 * carries one. Every article is rebuilt by `articleOf` (as `articles.ts` built
 * it), into a list built by `push`: articles and their list keep one shape
 * whether or not a dateline was found (a spread copy of some of them, or a
 * list made by `map`, would give the later stages a second one).
 */
function withDatelines(doc: Doc, issue: Ymd | null): Article[] {
  const firstBody = new Map<string, Line>();
  for (const l of doc.lines) if (l.role === 'body' && !firstBody.has(l.articleId)) firstBody.set(l.articleId, l);
  const out: Article[] = [];
  for (const a of doc.articles) {
    const line = a.dateline ? undefined : firstBody.get(a.id);
    const day = line ? resolveDateline(doc.norm.slice(line.start, line.end), a.lang, issue) : null;
    // a wire dateline was read by the articles stage
    const dateline = a.dateline || (day ? isoDay(day) : null);
    out.push(articleOf({ ...a, dateline }));
  }
  return out;
}

/** Each article's reference day: its dateline day, else the issue date. */
function referenceDays(articles: Article[], issue: Ymd | null): Map<string, Ymd | null> {
  return new Map(articles.map((a) => [a.id, a.dateline ? parseIsoDay(a.dateline) : issue]));
}

/**
 * Index loops, and the reference days made by a function of their own (no
 * closure over `issue`): this runs once per issue, and TurboFan compiles it
 * whole, iterator protocol and captured variables included, on every issue
 * until it is optimized.
 */
export function extractDates(doc: Doc): { articles: Article[]; dates: DateMention[] } {
  const issue = doc.issueDate ? parseIsoDay(doc.issueDate) : null;
  const articles = withDatelines(doc, issue);
  const reference = referenceDays(articles, issue);
  const dates: DateMention[] = [];
  // What the previous sentence of the same article spoke of, for `同年`, `次年`, `节后`.
  let previous: { articleId: string; context: DateContext } = { articleId: '', context: NO_CONTEXT };
  for (let i = 0; i < doc.sentences.length; i++) {
    const sentence = doc.sentences[i]!;
    const ref = reference.get(sentence.articleId) ?? issue;
    const read = readDates(sentence.view, sentence.lang, ref, previous.articleId === sentence.articleId ? previous.context : NO_CONTEXT, sentence.tokens);
    // Only the previous sentence counts: a year two sentences back is no longer the one spoken of.
    previous = { articleId: sentence.articleId, context: read.dates.length ? read.context : NO_CONTEXT };
    for (let j = 0; j < read.dates.length; j++) {
      const d = read.dates[j]!;
      const { start, end } = viewSpan(sentence, d.start, d.end);
      dates.push({
        id: '', article_id: sentence.articleId, start, end, text: doc.text.slice(start, end), lang: sentence.lang,
        value: d.value, value_end: d.valueEnd, granularity: d.granularity, relative: d.relative, modifier: d.modifier,
      });
    }
  }
  dates.sort((a, b) => a.start - b.start || a.end - b.end);
  dates.forEach((d, i) => { d.id = `d${i + 1}`; });
  return { articles, dates };
}

export const datesStage: Stage = {
  name: 'dates',
  run: (doc) => ({ ...doc, ...extractDates(doc) }),
};
