import type { DateMention, Doc } from '../doc.js';
import { firstStartingFrom, lastStartingBy, periodOf } from './context.js';

/** The words around a date that decide whether it is a fact's period (language data). */
export interface PeriodWords {
  /** Right before a date that is the base of a comparison (`比1996年增长`): never the period. */
  baseBefore: RegExp;
  /** Right after a date that starts a span rather than being its period (`开始`, `以来`, `since`). */
  startAfter: RegExp;
  /** Right before a month closing a running total (`截至1997年11月末`). */
  runningBefore: RegExp;
  /** Right after a date that names a reference level, not a period (`稳定在1997年的水平`). */
  baseAfter?: RegExp;
  /** Right after a single day that dates the event of its clause (`9月22日，绿城集团以61亿元…`). */
  eventDayAfter?: RegExp;
  /** Between a comparison-base date and the number it dates (`比上半年26.3%的增长幅度`). */
  datesNumber?: RegExp;
}

const MONTH_END = /^[末底]/u;
/** How far before a date its comparison word is looked for. */
const BASE_WINDOW = 16;

/** A single day (not a range of days): it dates an event, not a period. */
function isSingleDay(d: DateMention): boolean {
  return d.granularity === 'day' && !d.value_end;
}

/**
 * A date that can be a fact's period: a dated period (a range of days such as
 * a week counts; a single day only when it opens the clause of an event:
 * `9月22日，`) that is neither a comparison base (`比1996年`, `稳定在1997年的水平`)
 * nor the start of a span (`从7月开始`, `1997年以来`). A base written right
 * before a number dates that number (`比上半年26.3%的增长幅度`: 26.3% is the
 * first half's), so it is the period of a number at `numberAt`.
 */
export function isReportingPeriod(doc: Doc, d: DateMention, words: PeriodWords, numberAt = -1): boolean {
  const after = doc.norm.slice(d.end, d.end + BASE_WINDOW);
  const dated = Boolean(d.value) && (!isSingleDay(d) || Boolean(words.eventDayAfter?.test(after)));
  const datesNumber = numberAt >= d.end && Boolean(words.datesNumber?.test(doc.norm.slice(d.end, numberAt)));
  const base = words.baseBefore.test(doc.norm.slice(Math.max(0, d.start - BASE_WINDOW), d.start)) || Boolean(words.baseAfter?.test(after));
  return dated && (!base || datesNumber) && !words.startAfter.test(after);
}

/**
 * Whether period `inner`, written before `outer` with no number between them,
 * lies inside it and is finer (`8月份` inside `本年`).
 */
function narrows(doc: Doc, inner: DateMention, outer: DateMention): boolean {
  const end = (d: DateMention) => d.value_end ?? d.value;
  const k = firstStartingFrom(doc.quantities, inner.end);
  const numberBetween = k < doc.quantities.length && doc.quantities[k]!.start < outer.start;
  return !numberBetween && inner.value !== outer.value && inner.value.startsWith(outer.value) && end(inner).startsWith(end(outer));
}

/**
 * The last reporting period that ends in [from, to), or null; an earlier
 * period it contains is finer and wins (`8月份，房地产开发企业本年资金来源` → 2009-08).
 * Without `days`, an event's day is passed over (it dates its own sentence only).
 */
export function lastPeriodIn(doc: Doc, from: number, to: number, words: PeriodWords, days = true): DateMention | null {
  let found: DateMention | null = null;
  for (let k = lastStartingBy(doc.dates, to - 1); k >= 0 && doc.dates[k]!.start >= from; k--) {
    const d = doc.dates[k]!;
    if (d.end > to || (!days && isSingleDay(d)) || !isReportingPeriod(doc, d, words, to)) continue;
    if (!found) found = d;
    else if (narrows(doc, d, found)) found = d;
    else break;
  }
  return found;
}

/**
 * The ISO period a fact gets from a date: a running total up to a month's
 * end (`截至1997年11月末`) covers the months of that year up to it
 * (`1997-01/1997-11`), unless the fact is a balance (`存款余额`: `1997-11`).
 */
export function factPeriod(doc: Doc, d: DateMention, balance: boolean, words: PeriodWords): string {
  const running = d.granularity === 'month' && !d.value_end
    && words.runningBefore.test(doc.norm.slice(Math.max(0, d.start - 3), d.start))
    && (MONTH_END.test(doc.norm.slice(d.end, d.end + 1)) || MONTH_END.test(d.modifier) || /[末底]$/u.test(d.text));
  if (!running || balance) return periodOf(d);
  return `${d.value.slice(0, 4)}-01/${d.value}`;
}

/**
 * The document with a date added for each phrase naming the past year as a
 * span (`在过去的一年里`, which the dates stage leaves as a duration): the
 * year before its article's dateline (or the issue's date).
 */
export function withPastYears(doc: Doc, phrase: RegExp): Doc {
  const added: DateMention[] = [];
  for (const m of doc.norm.matchAll(phrase)) {
    const article = doc.articles.find((a) => a.start <= m.index && m.index < a.end);
    const reference = article?.dateline ?? doc.issueDate;
    if (!article || !reference) continue;
    added.push({
      id: `${article.id}-past-year-${added.length + 1}`, article_id: article.id, start: m.index, end: m.index + m[0].length,
      text: m[0], lang: 'zh', value: String(Number(reference.slice(0, 4)) - 1), value_end: null, granularity: 'year',
      relative: true, modifier: '',
    });
  }
  // Always a copy, even with nothing added: the facts' readers then meet one shape of document, not a second one now and then.
  return { ...doc, dates: added.length ? [...doc.dates, ...added].sort((a, b) => a.start - b.start) : doc.dates };
}
