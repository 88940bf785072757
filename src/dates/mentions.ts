/**
 * Dates of one piece of text in one language, resolved against a reference
 * day: the parsers and refiners of the language, the future-cue rule, then
 * the resolver. The dates stage runs this per sentence; tests run it on specs.
 */
import type { Granularity, Lang, Token } from '../doc.js';
import { enFutureRule, findEnDates } from '../en/dates.js';
import { findZhDates, zhCoordination, zhFutureRule } from '../zh/dates.js';
import type { Ymd } from './calendar.js';
import { hasYear, type DateCandidate, type DateExpr } from './expr.js';
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

export interface DateLanguage {
  /** The candidates of a view; `tokens`, the view's jieba tokens when it has them, may rule out pieces of words. */
  find(view: string, tokens?: readonly Token[]): DateCandidate[];
  futureRule(view: string): (c: DateCandidate) => boolean;
  /** No grammatical tense: a bare month right after the reference month is the coming one (`9月开学` in August). */
  nearMonth: boolean;
  /** A yearless period of several months read in the past is one most of which has passed (`上半年` in a January issue is last year's). */
  endedPeriods: boolean;
  /** What joins two coordinated dates (`２月或３月`): a bare month after a bare month so joined is in its year. */
  coordination?: RegExp;
  /** A text this does not match states no full date (year, month and day): issue-date inference skips it. */
  fullDateNeeds?: RegExp;
}

/** A map, not a record read as `record[lang]` (see `units.ts`: a keyed read is re-optimized when the second language comes). */
export const dateLanguages: ReadonlyMap<Lang, DateLanguage> = new Map([
  // a Chinese day is written with 日/号 (`zh/dates.ts`: DAY) or in a numeric date (`zh/date-numeric.ts`: 2010-01-29)
  ['zh', { find: findZhDates, futureRule: zhFutureRule, nearMonth: true, endedPeriods: true, coordination: zhCoordination, fullDateNeeds: /[日号]|\d{4}[-./]/ }],
  // every English year is four digits (`en/dates.ts`: YEAR, numeric dates)
  ['en', { find: findEnDates, futureRule: enFutureRule, nearMonth: false, endedPeriods: false, fullDateNeeds: /\d{4}/ }],
]);

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

/** What the text last spoke of, carried from sentence to sentence: a year (`同年`) and a festival's day (`节后`). */
export interface DateContext {
  year: number | null;
  festival: string | null;
}

export const NO_CONTEXT: DateContext = { year: null, festival: null };

/** A month without a year, day or offset (`３月`, `３月初`). */
function bareMonth(c: DateCandidate): number | null {
  const e = c.from;
  return !c.to && e.month !== undefined && e.day === undefined && e.monthOffset === undefined && !hasYear(e) ? e.month : null;
}

/** The month last read in a view (`３月`, `１９９８年３月`), and its year. */
interface BareMonth {
  end: number;
  month: number;
  year: number;
}

/**
 * `然后在２月或３月`, `１９９５年２月和４月`: a bare month joined to the month
 * before it by a coordination is in that month's year (one reading for
 * both), when it comes later in the year; else as found.
 */
function coordinated(c: DateCandidate, before: BareMonth | null, view: string, joiner: RegExp | undefined): DateCandidate {
  const month = bareMonth(c);
  if (!joiner || !before || month === null || month < before.month || !joiner.test(view.slice(before.end, c.start))) return c;
  return { ...c, from: { ...c.from, year: before.year } };
}

/**
 * Every resolvable date of `view`; without a reference only stated years
 * resolve. `context` is what the previous sentence spoke of, for
 * `同年`/`次年`/`上一年` and `节后` before any year or festival of this one;
 * the returned context is what this view leaves the reader with. `tokens`
 * are the view's jieba tokens (a Chinese sentence's), if any.
 */
export function readDates(view: string, lang: Lang, ref: Ymd | null, context: DateContext = NO_CONTEXT, tokens?: readonly Token[]): { dates: ViewDate[]; context: DateContext } {
  const { find, futureRule, nearMonth, endedPeriods, coordination } = dateLanguages.get(lang)!;
  let future: ((c: DateCandidate) => boolean) | undefined; // built for the first candidate only: most views have none
  const dates: ViewDate[] = [];
  let { year, festival } = context;
  let before: BareMonth | null = null;
  for (const found of find(view, tokens)) {
    if (found.from.festivalAnchor) {
      if (festival) dates.push({ start: found.start, end: found.end, value: festival, valueEnd: null, granularity: 'day', relative: true, modifier: found.modifier });
      continue;
    }
    const c = anchored(coordinated(found, before, view, coordination), year);
    const r = c && resolveCandidate(c, ref, (future ??= futureRule(view))(c) ? 'future' : 'past', nearMonth, endedPeriods);
    if (!r) continue;
    const relative = r.relative || c !== found;
    before = r.granularity === 'month' && r.valueEnd === null ? { end: c.end, month: Number(r.value.slice(5, 7)), year: Number(r.value.slice(0, 4)) } : null;
    dates.push({ start: c.start, end: c.end, value: r.value, valueEnd: r.valueEnd, granularity: r.granularity, relative, modifier: c.modifier });
    if (found.from.annual) festival = r.value;
    // `比上年增长` names a comparison base: the text stays in its year (the next `上年` is the same one).
    const backwards = (found.from.yearAnchor ?? 0) < 0;
    if (!backwards) year = yearSpokenOf(r) ?? year;
  }
  return { dates, context: { year, festival } };
}

/** Every resolvable date of `view` (one sentence, no context year). */
export function datesInView(view: string, lang: Lang, ref: Ymd | null): ViewDate[] {
  return readDates(view, lang, ref).dates;
}
