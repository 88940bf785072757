/**
 * Chinese date parsers: each proposes candidates on a sentence view; the
 * shared refiners merge ranges (`1月5日至7日`) and settle overlaps.
 * Vocabulary comes from `data/zh/dates.json`; patterns are compiled once here.
 */
import type { DateCandidate, DateExpr } from '../dates/expr.js';
import { alternation as alt, runParsers, type DateParser } from '../dates/parser.js';
import { endsWithAny, matchesOf, startsWithAny } from '../matches.js';
import { mergeRanges, removeOverlaps } from '../dates/refine.js';
import type { Token } from '../doc.js';
import { onWordBoundaries } from './date-boundaries.js';
import { insideTitle } from './titles.js';
import { zhFestivalParsers } from './date-festivals.js';
import { parseDateNumber } from './date-numerals.js';
import { zhSeasonParsers } from './date-seasons.js';
import { ZH_RANGE_SEP, zhNumericParsers } from './date-numeric.js';
import { zhDateVocabulary as V, zhDateWords as W } from './date-vocabulary.js';

const CN = '〇○零一二两三四五六七八九十百千';
const CN_DIGIT = '〇○零一二三四五六七八九';
const SEP = ZH_RANGE_SEP;

/** A number written in digits or in Chinese, never glued to a longer number. */
const num = (digits: string, chinese: string): string =>
  `(?:(?<!\\d[.,]?)(?:${digits})(?![\\d.])|(?<![${CN}])(?:${chinese}))`;
const YNUM = num('\\d{4}|\\d{2}', `[${CN_DIGIT}]{4}|[${CN_DIGIT}]{2,3}|[一二两]千[${CN_DIGIT}十百]{0,4}`);
/** `元月` is January. */
const MNUM = num('1[0-2]|0?[1-9]', '十[一二]?|[一二三四五六七八九]|元(?=月)');
const DNUM = num('3[01]|[12]\\d|0?[1-9]', '三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]');

/** A month or day that cannot be (`13月`, `32日`): the whole date is ignored, not cut to what parses. */
const BAD_MONTH = '(?:\\d{3,}|1[3-9]|[2-9]\\d|0)\\s?月';
const BAD_DAY = '(?:\\d{3,}|3[2-9]|[4-9]\\d|0)\\s?[日号]';
const NO_BAD_DAY = `(?!\\s?${BAD_DAY})`;
const NO_BAD_MONTH = `(?!\\s?(?:${BAD_MONTH}|\\d{1,2}\\s?月(?:份)?\\s?${BAD_DAY}))`;
const YEAR = `(?:(?<y>${YNUM})\\s?年${NO_BAD_MONTH}|(?<yrel>${alt(Object.keys(V.relativeYears))})(?![纪级龄轻])|(?<yana>${alt(Object.keys(V.anaphoricYears))})(?![纪级龄轻度])|(?<ye>(?<![\\d.])\\d{4})(?=\\s?${SEP}\\s?\\d{4}\\s?年))`;
const MONTH = `(?:(?<m>${MNUM})\\s?月(?:份)?${NO_BAD_DAY}|(?<mrel>${alt(Object.keys(V.relativeMonths))})|(?<me>${MNUM})(?=\\s?${SEP}\\s?(?:${MNUM})\\s?月))`;
const DAY = `(?:(?<d>${DNUM})\\s?[日号]|(?<de>${DNUM})(?=\\s?${SEP}\\s?(?:${DNUM})\\s?[日号]))`;
const MONTH_MOD = `(?<mmod>初(?![${CN}])|底|末|上中旬|中下旬|上旬|中旬|下旬)`;
const YEAR_PART = `(?<ymod>年?(?:初(?![${CN}步次级期心衷创])|底|末))`;
const HALF = `(?<half>${alt(Object.keys(V.halves))})`;
const QUARTER = `(?:第)?(?<q>[一二三四1-4])季度|前(?<qc>[二两三2-3])个?季度`;
const MONTHS_SO_FAR = `前(?<mc>1[01]|[2-9]|十一|十|[二三四五六七八九])个月`;
const PERIOD = `(?:${YEAR_PART}|${HALF}|${QUARTER}|${MONTHS_SO_FAR})`;

const lunarDay = new RegExp(`^(?:初[${CN}]|[${CN}廿卅])`);
const afterDayAndSeparator = new RegExp(`[日号]\\s?${SEP}\\s?$`);
const afterSeparator = new RegExp(`${SEP}\\s?$`);
const afterYearAndSeparator = new RegExp(`年\\s?${SEP}\\s?$`);
const weekdayRange = new RegExp(`^\\s?(?:${SEP}|、|和|及)\\s?(?:${alt(V.weekWords)})`);

function monthOf(g: Record<string, string | undefined>): Partial<DateExpr> {
  if (g.mrel) return { monthOffset: V.relativeMonths[g.mrel]! };
  const m = g.m ?? g.me;
  return m === undefined ? {} : { month: m === '元' ? 1 : parseDateNumber(m)! };
}

function yearOf(g: Record<string, string | undefined>, view: string, at: number): Partial<DateExpr> | null {
  if (g.yrel) return { yearOffset: V.relativeYears[g.yrel]! };
  if (g.yana) return { yearAnchor: V.anaphoricYears[g.yana]! };
  const text = g.y ?? g.ye;
  if (text === undefined) return {};
  const n = parseDateNumber(text);
  if (n === null) return null;
  if (text.length === 2 || (text.length === 3 && !/[千百十]/.test(text))) {
    // `08年`, `九七年`: a short year only before a month, or with a leading zero.
    if (text.length === 3) return null;
    return /^[0〇○零]/.test(text) || g.m || g.me || g.mrel ? { shortYear: n } : null;
  }
  const end = at + (g.y ? view.indexOf('年', at) + 1 - at : text.length);
  // The second year of a year range (`１９９５年至１９９６年间`) is a year whatever follows it.
  const clear = g.m || g.me || g.d || afterYearAndSeparator.test(view.slice(Math.max(0, at - 4), at));
  if (!clear && (startsWithAny(view, end, W.yearDurationAfter) || (n < 1900 && endsWithAny(view, at, W.yearDurationBefore)))) return null;
  // `近2000年` is a span of years; `接近2008年的低点` is the year.
  const approx = endsWithAny(view, at, W.yearApproxWords) && !endsWithAny(view, at, W.notApproxWords);
  if (!clear && n >= 1900 && n <= 2100 && approx) return null;
  return n >= 1000 && n <= 2199 ? { year: n } : null;
}

function dayOf(g: Record<string, string | undefined>): Partial<DateExpr> {
  const d = g.d ?? g.de;
  return d === undefined ? {} : { day: parseDateNumber(d)! };
}

/** Builds the candidate shared by the year, month and bare-day parsers. */
function calendarCandidate(m: RegExpExecArray, view: string): DateCandidate | null {
  const g = m.groups ?? {};
  const start = m.index;
  const end = start + m[0].length;
  if (endsWithAny(view, start, W.setPrefixes) || endsWithAny(view, start, W.calendarPrefixes)) return null;
  if (startsWithAny(view, start, W.names)) return null;
  const year = yearOf(g, view, start);
  if (!year) return null;
  const from: DateExpr = { ...year, ...monthOf(g), ...dayOf(g) };
  if (from.month === undefined && from.monthOffset === undefined && from.day !== undefined) {
    // A bare day: digits and 日 only (`17日`); `一日`, `12号` read as other things.
    // A Chinese-numeral bare day only ends a range (`一月十日到十二日`).
    const rangeEnd = afterDayAndSeparator.test(view.slice(Math.max(0, start - 4), start));
    if (!g.d && !g.de) return null;
    if ((!/^\d/.test(g.d ?? g.de!) && !rangeEnd) || (g.d && !view.slice(start, end).endsWith('日'))) return null;
  }
  if ((g.m || g.me) && !g.d && !g.de && lunarDay.test(view.slice(end, end + 2))) return null;
  let modifier = g.mmod ?? (g.ymod ? g.ymod.replace('年', '') : '');
  let to: DateExpr | undefined;
  let cumulative = false;
  if (g.half) { from.half = V.halves[g.half]; modifier = g.half; }
  if (g.q) from.quarter = parseDateNumber(g.q)!;
  if (g.qc) { from.quarter = 1; to = { ...year, quarter: parseDateNumber(g.qc)! }; cumulative = true; }
  if (g.mc) {
    if (year.yearOffset === undefined && year.year === undefined && !/^$|[，。；：、,;:\s(（“]$/.test(view.slice(Math.max(0, start - 1), start))) return null;
    from.month = 1; to = { ...year, month: parseDateNumber(g.mc)! }; cumulative = true;
  }
  const partial = Boolean(g.ye || g.me || g.de);
  return { start, end, from, ...(to ? { to } : {}), modifier, ...(cumulative ? { cumulative } : {}), ...(partial ? { partial } : {}) };
}

const LEAD = `(?<![${CN_DIGIT}十百千]|年\\s?)`;
/** Every calendar pattern starts on one of these; the lookahead lets the engine skip other text fast. */
const FIRST = `(?=[\\d${CN}元今去前明本上下后後大这這第当同该是次翌转头])`;
const calendar = (name: string, needs: readonly string[], source: string): DateParser =>
  ({ name, pattern: new RegExp(FIRST + source, 'g'), needs, extract: calendarCandidate });

/** What each calendar pattern cannot match without (in the match or its lookahead). */
const YEAR_NEEDS = ['年', ...Object.keys(V.relativeYears), ...Object.keys(V.anaphoricYears)];
const MONTH_NEEDS = ['月', ...Object.keys(V.relativeMonths)];
const DAY_NEEDS = ['日', '号'];
const PERIOD_NEEDS = [...Object.keys(V.halves), '季度', '个月'];

const relativeDay: DateParser = {
  name: 'zh-relative-day',
  pattern: new RegExp(`(?:${alt(Object.keys(V.relativeDays))})(?!性)`, 'g'),
  needs: Object.keys(V.relativeDays),
  extract(m, view) {
    if (startsWithAny(view, m.index, W.names)) return null;
    return { start: m.index, end: m.index + m[0].length, from: { dayOffset: V.relativeDays[m[0]]! }, modifier: '' };
  },
};

const week: DateParser = {
  name: 'zh-week',
  pattern: new RegExp(`(?<wp>${alt(Object.keys(V.weekPrefixes))})?(?<![一二三四五六七八九十两几数每])(?:${alt(V.weekWords)})(?:(?<wd>[${Object.keys(V.weekdays).join('')}])|(?![期年岁边围刊末报]))`, 'g'),
  needs: V.weekWords,
  extract(m, view) {
    const { wp, wd } = m.groups ?? {};
    if (!wp && !wd) return null;
    const start = m.index;
    const end = start + m[0].length;
    if (endsWithAny(view, start, W.setPrefixes)) return null;
    if (wd && (weekdayRange.test(view.slice(end, end + 8)) || afterSeparator.test(view.slice(Math.max(0, start - 2), start)))) return null;
    if (!wp && wd && m[0].startsWith('周') && /^[\u4e00-\u9fff]/.test(view.slice(end, end + 1)) && !startsWithAny(view, end, W.bareWeekdayFollowers)) return null;
    const from: DateExpr = {};
    if (wp) from.weekOffset = V.weekPrefixes[wp]!;
    if (wd) from.weekday = V.weekdays[wd]!;
    return { start, end, from, modifier: '' };
  },
};

/** `本周末`, `上周末`, `下个周末`: that week's Saturday and Sunday. A bare `周末` is a habit as often as a day, and is left out. */
const weekend: DateParser = {
  name: 'zh-weekend',
  pattern: new RegExp(`(?<wp>${alt(Object.keys(V.weekPrefixes))})(?:${alt(V.weekWords)})末`, 'g'),
  needs: V.weekWords,
  extract: (m) => ({ start: m.index, end: m.index + m[0].length, from: { weekOffset: V.weekPrefixes[m.groups!.wp!]!, weekend: true }, modifier: '' }),
};

const decade: DateParser = {
  name: 'zh-decade',
  pattern: /(?:(?<c>(?<![\d])\d{2}|(?<![一二三四五六七八九十])(?:二十一|二十|十[一二三四五六七八九]|十))世纪|(?<crel>上世纪|上个世纪|本世纪))?(?<![\d一二三四五六七八九十])(?:(?<full>1\d{2}|20\d)0|(?<d>[1-9])0|(?<dc>[一二三四五六七八九])十)年代(?<mod>初期|初|中期|末期|末|后期)?/g,
  needs: ['年代'],
  extract(m) {
    const g = m.groups ?? {};
    const digit = g.full ? Number(g.full) % 10 : g.d ? Number(g.d) : parseDateNumber(g.dc!)!;
    let dec: DateExpr['decade'] = { digit };
    if (g.full) dec = { digit, century: Math.floor(Number(g.full) / 10) };
    else if (g.c) dec = { digit, century: parseDateNumber(g.c)! - 1 };
    else if (g.crel) dec = { digit, centuryOffset: g.crel === '本世纪' ? 0 : -1 };
    return { start: m.index, end: m.index + m[0].length, from: { decade: dec }, modifier: g.mod ?? '' };
  },
};

const yearPartWord: DateParser = {
  name: 'zh-year-part',
  pattern: new RegExp(`(?<![${CN}\\d年])(?:${alt(Object.keys(V.yearPartWords))})(?![${CN}])`, 'g'),
  needs: Object.keys(V.yearPartWords),
  extract: (m) => ({ start: m.index, end: m.index + m[0].length, from: { yearOffset: 0 }, modifier: V.yearPartWords[m[0]]! }),
};

export const zhDateParsers: readonly DateParser[] = [
  calendar('zh-year', YEAR_NEEDS, `${YEAR}(?:\\s?${MONTH}(?:${DAY})?${MONTH_MOD}?|${PERIOD})?`),
  calendar('zh-month-day', MONTH_NEEDS, `${LEAD}${MONTH}(?:${DAY})?${MONTH_MOD}?`),
  calendar('zh-day', DAY_NEEDS, `(?<!月\\s?)${DAY}`),
  calendar('zh-period', PERIOD_NEEDS, `(?<![年])${PERIOD.replace(YEAR_PART + '|', '')}`),
  relativeDay, week, weekend, decade, ...zhNumericParsers, yearPartWord, ...zhFestivalParsers, ...zhSeasonParsers,
];

const NO_TOKENS: readonly Token[] = [];

/** A date read from the reference day, not stated by its own year (`五月`, `今天`; not `２０１０年`, `九十年代`). */
const deictic = (e: DateExpr): boolean => e.year === undefined && e.shortYear === undefined && e.decade === undefined;

const rangeSeparator = new RegExp(`^\\s?${SEP}\\s?$`);

const timeOfDay = new RegExp(`^\\s?(?:${alt(V.timesOfDay)})`);

/** True when a candidate names one day (not a range, not a longer period). */
function isOneDay(c: DateCandidate): boolean {
  const e = c.from;
  return !c.to && (e.day !== undefined || e.dayOffset !== undefined || e.weekday !== undefined || e.annual !== undefined);
}

/**
 * `今天上午`, `28日晚`: a time of day after a day stays in the span (the value
 * keeps day granularity); it is the modifier when the day has none.
 */
function withTimeOfDay(c: DateCandidate, view: string): DateCandidate {
  if (!isOneDay(c) || startsWithAny(view, c.end, W.timeOfDayBlockers)) return c;
  const m = timeOfDay.exec(view.slice(c.end, c.end + 4));
  if (!m) return c;
  return { ...c, end: c.end + m[0].length, modifier: c.modifier || m[0].trim() };
}

/**
 * All Chinese date candidates of a sentence view, ranges merged, overlaps
 * settled. With the view's jieba tokens, a candidate that is a piece of
 * another word is dropped first (`date-boundaries.ts`); so is a date that
 * counts from the reference inside a title (`《永远的五月》`, `《昨天和今天》`).
 */
export function findZhDates(view: string, tokens: readonly Token[] = NO_TOKENS): DateCandidate[] {
  const found = runParsers(zhDateParsers, view);
  let kept = 0;
  for (const c of found) {
    const word = tokens.length > 0 ? onWordBoundaries(c, view, tokens) : c;
    if (word && !(deictic(word.from) && insideTitle(view, word.start, word.end))) found[kept++] = word;
  }
  found.length = kept;
  return removeOverlaps(mergeRanges(found, view, rangeSeparator)).map((c) => withTimeOfDay(c, view));
}

/** What joins two coordinated dates: `２月或３月`, `５月、６月`. */
export const zhCoordination = new RegExp(`^\\s?(?:${alt(V.coordinators)})\\s?$`);

const futureCue = new RegExp(alt(V.futureCues));
/** Words that contain a cue without being one (`决定于` is not `定于`). */
const cueBlockers = new RegExp(alt(V.futureCueBlockers), 'g');
/** A clause that is a date and at most this many more characters (`于`, `在`) is a topic clause. */
const TOPIC_SLACK = 2;
/** Clause breaks: a cue speaks for its own clause only (full-width forms are folded). */
const clauseBreak = /[,;。!?]/g;

/** The clauses of a view as [start, end) pairs, each flagged when it carries a future cue. */
function futureClauses(view: string): { start: number; end: number; cue: boolean }[] {
  const clauses: { start: number; end: number; cue: boolean }[] = [];
  let start = 0;
  const close = (end: number) => {
    clauses.push({ start, end, cue: futureCue.test(view.slice(start, end).replace(cueBlockers, '')) });
    start = end + 1;
  };
  for (const m of matchesOf(clauseBreak, view)) close(m.index);
  close(view.length);
  return clauses;
}

/** Index of the clause that holds `offset` (binary search: long lines have many clauses). */
function clauseAt(clauses: readonly { end: number }[], offset: number): number {
  let lo = 0;
  let hi = clauses.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (clauses[mid]!.end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For a sentence: does it speak of the future for a given mention? Yes when
 * the clause around the mention (before or after it, up to `，` `；` `。`) has a
 * future cue (将于, 计划, 预计 …), `到` leads into the mention, or 将/要
 * follows it (`17日将离开`). A cue never reaches into another clause:
 * `展会将于3月5日举行，12月5日曾举办预热活动` — 12月5日 is past.
 */
export function zhFutureRule(view: string): (c: DateCandidate) => boolean {
  const clauses = futureClauses(view);
  const cueAt = (c: DateCandidate) => {
    const i = clauseAt(clauses, c.start);
    const k = clauses[i]!;
    // A date that is its clause (`3月5日，展会将开幕`) is the time of the next one.
    const bare = (k.end - k.start) - (c.end - c.start) <= TOPIC_SLACK;
    return k.cue || (bare && clauses[i + 1]?.cue === true);
  };
  return (c) => cueAt(c) || startsWithAny(view, c.end, W.futureAfter)
    || (view[c.start - 1] === '到' && !endsWithAny(view, c.start - 1, W.pastBeforeTo));
}
