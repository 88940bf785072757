/**
 * Dates of one piece of text in one language, resolved against a reference
 * day: the parsers and refiners of the language, the future-cue rule, then
 * the resolver. The dates stage runs this per sentence; tests run it on specs.
 */
import type { Granularity, Lang } from '../doc.js';
import { enFutureRule, findEnDates } from '../en/dates.js';
import { findZhDates, zhFutureRule } from '../zh/dates.js';
import type { Ymd } from './calendar.js';
import type { DateCandidate } from './expr.js';
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

/** Every resolvable date of `view`; without a reference only stated years resolve. */
export function datesInView(view: string, lang: Lang, ref: Ymd | null): ViewDate[] {
  const { find, futureRule, nearMonth } = dateLanguages[lang];
  const future = futureRule(view);
  const out: ViewDate[] = [];
  for (const c of find(view)) {
    const r = resolveCandidate(c, ref, future(c) ? 'future' : 'past', nearMonth);
    if (r) out.push({ start: c.start, end: c.end, ...r, modifier: c.modifier });
  }
  return out;
}
