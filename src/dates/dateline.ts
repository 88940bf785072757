/**
 * An article's dateline day: the filing day its `今天`, `昨天` and bare days
 * count from. A dateline without a year is the most recent such day on or
 * before the issue date. A lead that merely opens with a day (`2月28日，…`)
 * counts as a dateline only when that day is at most two weeks before the
 * issue: a feature that opens on an older event is not written from that day.
 */
import { addDays, compareYmd, isValidDay, type Ymd } from './calendar.js';
import type { Lang } from '../doc.js';
import { readEnDateline } from '../en/datelines.js';
import { readZhDateline, type DatelineMatch } from '../zh/datelines.js';

const LEAD_WINDOW_DAYS = 14;

const readers: Record<Lang, (line: string) => DatelineMatch | null> = { zh: readZhDateline, en: readEnDateline };

/** The most recent `month`/`day` on or before `ref` (within eight years, for 29 February). */
export function mostRecentDay(month: number, day: number, ref: Ymd): Ymd | null {
  for (let year = ref.year; year > ref.year - 8; year--) {
    const d = { year, month, day };
    if (isValidDay(d) && compareYmd(d, ref) <= 0) return d;
  }
  return null;
}

export function datelineDay(m: DatelineMatch, issue: Ymd | null): Ymd | null {
  if (m.year !== undefined) {
    const d = { year: m.year, month: m.month, day: m.day };
    return isValidDay(d) ? d : null;
  }
  if (!issue) return null;
  const d = mostRecentDay(m.month, m.day, issue);
  if (!d) return null;
  if (m.kind === 'lead' && compareYmd(d, addDays(issue, -LEAD_WINDOW_DAYS)) < 0) return null;
  return d;
}

/** The dateline day of an article whose first body line is `line`, or null. */
export function resolveDateline(line: string, lang: Lang, issue: Ymd | null): Ymd | null {
  const m = readers[lang](line) ?? readers[lang === 'zh' ? 'en' : 'zh'](line);
  return m ? datelineDay(m, issue) : null;
}
