/**
 * Dates of one piece of text in one language, resolved against a reference
 * day: the parsers and refiners of the language, the future-cue rule, then
 * the resolver. The dates stage runs this per sentence; tests run it on specs.
 */
import type { Granularity, Lang } from '../doc.js';
import { enFutureRule, findEnDates } from '../en/dates.js';
import { findZhDates, zhFutureRule } from '../zh/dates.js';
import type { Ymd } from './calendar.js';
import type { DateCandidate, DateExpr } from './expr.js';
import { resolveCandidate } from './resolve.js';

export interface ViewDate {
  start: number;
  end: number;
  value: string;
  valueEnd: string | null;
  granularity: Granularity;
  relative: boolean;
  modifier: string;
}

interface DateLanguage {
  find(view: string): DateCandidate[];
  futureRule(view: string): (c: DateCandidate) => boolean;
  /** No grammatical tense: a bare month right after the reference month is the coming one (`9月开学` in August). */
  nearMonth: boolean;
}

export const dateLanguages: Record<Lang, DateLanguage> = {
  zh: { find: findZhDates, futureRule: zhFutureRule, nearMonth: true },
  en: { find: findEnDates, futureRule: enFutureRule, nearMonth: false },
};

/** The year a resolved date leaves the reader in (a range's last), or null for a decade. */
function yearSpokenOf(d: { value: string; valueEnd: string | null; granularity: Granularity }): number | null {
  return d.granularity === 'decade' ? null : Number((d.valueEnd ?? d.value).slice(0, 4));
}

/** `同年`, `次年3月`: the year field from `year`, the one the text last spoke of; null without one. */
function anchored(c: DateCandidate, year: number | null): DateCandidate | null {
  if (c.from.yearAnchor === undefined && c.to?.yearAnchor === undefined) return c;
  const fix = (e: DateExpr): DateExpr | null => {
    if (e.yearAnchor === undefined) return e;
    if (year === null) return null;
    const { yearAnchor, ...rest } = e;
    return { ...rest, year: year + yearAnchor };
  };
  const from = fix(c.from);
  const to = c.to ? fix(c.to) : undefined;
  if (!from || to === null) return null;
  return { ...c, from, ...(to ? { to } : {}) };
}

/**
 * Every resolvable date of `view`; without a reference only stated years
 * resolve. `contextYear` is the year the previous sentence spoke of, for
 * `同年`/`次年`/`上一年` before any year of this one; `year` is the one this
 * view leaves the reader in.
 */
export function readDates(view: string, lang: Lang, ref: Ymd | null, contextYear: number | null = null): { dates: ViewDate[]; year: number | null } {
  const { find, futureRule, nearMonth } = dateLanguages[lang];
  const future = futureRule(view);
  const dates: ViewDate[] = [];
  let year = contextYear;
  for (const found of find(view)) {
    const c = anchored(found, year);
    const r = c && resolveCandidate(c, ref, future(c) ? 'future' : 'past', nearMonth);
    if (!r) continue;
    const relative = r.relative || c !== found;
    dates.push({ start: c.start, end: c.end, ...r, relative, modifier: c.modifier });
    // `比上年增长` names a comparison base: the text stays in its year (the next `上年` is the same one).
    const backwards = (found.from.yearAnchor ?? 0) < 0;
    if (!backwards) year = yearSpokenOf(r) ?? year;
  }
  return { dates, year };
}

/** Every resolvable date of `view` (one sentence, no context year). */
export function datesInView(view: string, lang: Lang, ref: Ymd | null): ViewDate[] {
  return readDates(view, lang, ref).dates;
}
