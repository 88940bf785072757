/**
 * The dates stage: per sentence, the language's parsers propose candidates,
 * refiners settle them, and each is resolved against its reference day — the
 * article's dateline when it has one, else the issue date (SPEC §4 Date).
 */
import { isoDay, parseIsoDay, type Ymd } from '../dates/calendar.js';
import { resolveDateline } from '../dates/dateline.js';
import type { DateCandidate } from '../dates/expr.js';
import { resolveCandidate } from '../dates/resolve.js';
import type { Article, DateMention, Doc, Lang } from '../doc.js';
import { viewSpan } from '../doc.js';
import { enSpeaksOfFuture, findEnDates } from '../en/dates.js';
import type { Stage } from '../stage.js';
import { findZhDates, zhSpeaksOfFuture } from '../zh/dates.js';

const finders: Record<Lang, { find(view: string): DateCandidate[]; future(view: string, c: DateCandidate): boolean }> = {
  zh: { find: findZhDates, future: zhSpeaksOfFuture },
  en: { find: findEnDates, future: enSpeaksOfFuture },
};

/** Each article with its dateline day filled in when its first body line carries one. */
function withDatelines(doc: Doc, issue: Ymd | null): Article[] {
  return doc.articles.map((article) => {
    const line = doc.lines.find((l) => l.articleId === article.id && l.role === 'body');
    const day = line ? resolveDateline(doc.norm.slice(line.start, line.end), article.lang, issue) : null;
    return { ...article, dateline: day ? isoDay(day) : null };
  });
}

export function extractDates(doc: Doc): { articles: Article[]; dates: DateMention[] } {
  const issue = doc.issueDate ? parseIsoDay(doc.issueDate) : null;
  const articles = withDatelines(doc, issue);
  const reference = new Map<string, Ymd | null>(articles.map((a) => [a.id, a.dateline ? parseIsoDay(a.dateline) : issue]));
  const dates: DateMention[] = [];
  for (const sentence of doc.sentences) {
    const ref = reference.get(sentence.articleId) ?? issue;
    const finder = finders[sentence.lang];
    for (const c of finder.find(sentence.view)) {
      const direction = finder.future(sentence.view, c) ? 'future' : 'past';
      const resolved = resolveCandidate(c, ref, direction);
      if (!resolved) continue;
      const { start, end } = viewSpan(sentence, c.start, c.end);
      dates.push({
        id: '', article_id: sentence.articleId, start, end, text: doc.text.slice(start, end), lang: sentence.lang,
        value: resolved.value, value_end: resolved.valueEnd, granularity: resolved.granularity,
        relative: resolved.relative, modifier: c.modifier,
      });
    }
  }
  dates.sort((a, b) => a.start - b.start || a.end - b.end);
  return { articles, dates: dates.map((d, i) => ({ ...d, id: `d${i + 1}` })) };
}

export const datesStage: Stage = {
  name: 'dates',
  run: (doc) => ({ ...doc, ...extractDates(doc) }),
};
