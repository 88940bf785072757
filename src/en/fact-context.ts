import type { DateMention, Doc, Sentence } from '../doc.js';
import { firstStartingFrom } from '../facts/context.js';
import { isReportingPeriod } from '../facts/period.js';
import { enFactWords } from './facts.js';

/**
 * The period of an English figure: the nearest reporting period of its
 * sentence, before the number or after it (`rose 5% in 2023`) — but a date
 * after the number past `after`/`from`/`than` belongs to another figure
 * (`rose 0.2 percent … after dropping 0.4 percent in June`), and a date
 * before it is not the period of a current figure (`this year … currently quoted at`).
 */
export function enPeriodIn(doc: Doc, s: Sentence, at: number, end: number): DateMention | null {
  let best: DateMention | null = null;
  const distance = (d: DateMention) => (d.end <= at ? at - d.end : d.start - end);
  for (let k = firstStartingFrom(doc.dates, s.start); k < doc.dates.length && doc.dates[k]!.end <= s.end; k++) {
    const d = doc.dates[k]!;
    if (!isReportingPeriod(doc, d, enFactWords.periodWords)) continue;
    if (d.start >= end && enFactWords.periodBreak.test(doc.norm.slice(end, d.start))) continue;
    if (d.end <= at && enFactWords.presentWords.test(doc.norm.slice(d.end, at))) continue;
    // On a tie the date after the number is its own (`to 4,100 in 1995`, not the `in 1994` before `to`).
    if (!best || distance(d) < distance(best) || (distance(d) === distance(best) && d.start >= end)) best = d;
  }
  return best;
}

/** The country of the article's dateline city (`WASHINGTON 1996-08-30` → United States), or ''. */
export function datelineCountry(doc: Doc, articleId: string): string {
  for (const line of doc.lines) {
    if (line.articleId !== articleId || line.role !== 'dateline') continue;
    const city = doc.norm.slice(line.start, line.end).replace(/[\d\s,.-]+$/u, '').split(',')[0]!.trim().toUpperCase();
    const country = enFactWords.datelineCountries.get(city);
    if (country) return country;
  }
  return '';
}

/** The same period a year before (`year-earlier earnings`: `1996-01/1996-06` → `1995-01/1995-06`). */
export function yearBefore(period: string): string {
  return period.replace(/\b\d{4}\b/g, (y) => String(Number(y) - 1));
}

/** The half year an article or sentence names (`Cofinec plunges on H1 results`), in the issue's year, or ''. */
export function halfYearOf(doc: Doc, texts: string[]): string {
  const year = doc.issueDate?.slice(0, 4);
  if (!year) return '';
  const { first, second } = enFactWords.halfYears;
  if (texts.some((t) => first.test(t))) return `${year}-01/${year}-06`;
  return texts.some((t) => second.test(t)) ? `${year}-07/${year}-12` : '';
}

/** The title line of an article, or ''. */
export function articleTitle(doc: Doc, articleId: string): string {
  const line = doc.lines.find((l) => l.articleId === articleId && l.role === 'title');
  return line ? doc.norm.slice(line.start, line.end) : '';
}

/** The first reporting period of a sentence: the main clause's (`fell … in July from $633.6 billion in June` → July), carried to the next ones. */
export function firstPeriodIn(doc: Doc, s: Sentence): DateMention | null {
  for (let k = firstStartingFrom(doc.dates, s.start); k < doc.dates.length && doc.dates[k]!.end <= s.end; k++) {
    if (isReportingPeriod(doc, doc.dates[k]!, enFactWords.periodWords)) return doc.dates[k]!;
  }
  return null;
}
