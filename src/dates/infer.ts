/**
 * Issue-date inference, used only when neither the command line, the config
 * nor the file name gives the date (SPEC §3). The rule, in order:
 *
 * 1. A masthead: a fully specified date followed by its weekday
 *    (`2024年2月29日 星期四`, `Thursday, February 29, 2024`) within the first
 *    five lines is the issue date.
 * 2. Datelines (`新华社北京1月5日电`, `本报讯(记者 X)2月28日`, `BEIJING, Jan. 5
 *    (Xinhua)`): the issue is the day after the latest of them — news filed
 *    on day D appears on D+1 (People's Daily, Jan 1998: 195 of 277 datelines
 *    are one day before the issue, 73 two days, 3 the same day). A dateline
 *    without a year takes it from the latest fully specified date in the text
 *    outside future-tense sentences: the first such month-day on or after it,
 *    provided that is within 31 days of it (else the full date is history,
 *    not news, and tells nothing about the year).
 * 3. Otherwise null: a guessed issue date would mis-resolve every relative
 *    date in the issue, and a missing one only leaves them out.
 */
import { addDays, compareYmd, isoDay, isValidDay, type Ymd } from './calendar.js';
import type { DatelineMatch } from '../zh/datelines.js';
import { readZhDateline } from '../zh/datelines.js';
import { readEnDateline } from '../en/datelines.js';
import type { DateCandidate } from './expr.js';
import { dateLanguages } from './mentions.js';

const MASTHEAD_LINES = 5;
/** A dateline takes its year from a full date at most this many days before it. */
const ANCHOR_WINDOW_DAYS = 31;
const WEEKDAY_AFTER = /^[\s,，]*(?:星期|礼拜|周)[一二三四五六日天]|^[\s,，]*\(?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)/i;
const WEEKDAY_WORD = /monday|tuesday|wednesday|thursday|friday|saturday|sunday/i;

interface FullDate extends Ymd {
  masthead: boolean;
}

/** Fully specified single days stated in a line (no reference needed). */
function fullDates(line: string): FullDate[] {
  const out: FullDate[] = [];
  for (const { find, futureRule, fullDateNeeds } of dateLanguages.values()) {
    if (fullDateNeeds && !fullDateNeeds.test(line)) continue;
    let future: ((c: DateCandidate) => boolean) | undefined; // built only for a full date
    for (const c of find(line)) {
      const { year, month, day } = c.from;
      if (c.to || year === undefined || month === undefined || day === undefined || (future ??= futureRule(line))(c)) continue;
      const d = { year, month, day };
      if (!isValidDay(d)) continue;
      const masthead = WEEKDAY_AFTER.test(line.slice(c.end, c.end + 16)) || WEEKDAY_WORD.test(line.slice(Math.max(0, c.start - 16), c.end));
      out.push({ ...d, masthead });
    }
  }
  return out;
}

/** The first `month`/`day` on or after `from`. */
function firstOnOrAfter(month: number, day: number, from: Ymd): Ymd | null {
  for (let year = from.year; year < from.year + 8; year++) {
    const d = { year, month, day };
    if (isValidDay(d) && compareYmd(d, from) >= 0) return d;
  }
  return null;
}

export function inferIssueDate(text: string): string | null {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const mastheads = lines.slice(0, MASTHEAD_LINES).flatMap(fullDates).filter((d) => d.masthead);
  if (mastheads[0]) return isoDay(mastheads[0]);

  const datelines: DatelineMatch[] = [];
  let latest: Ymd | null = null;
  for (const line of lines) {
    const m = readZhDateline(line) ?? readEnDateline(line);
    if (m && m.kind === 'agency') datelines.push(m);
    for (const d of fullDates(line)) if (!latest || compareYmd(d, latest) > 0) latest = d;
  }
  let newest: Ymd | null = null;
  for (const m of datelines) {
    const d = m.year !== undefined ? { year: m.year, month: m.month, day: m.day } : latest && firstOnOrAfter(m.month, m.day, latest);
    if (m.year === undefined && d && latest && compareYmd(d, addDays(latest, ANCHOR_WINDOW_DAYS)) > 0) continue;
    if (d && isValidDay(d) && (!newest || compareYmd(d, newest) > 0)) newest = d;
  }
  return newest ? isoDay(addDays(newest, 1)) : null;
}
