/**
 * English date parsers, mirroring `zh/dates.ts`: `Jan. 5`, `January 5, 2024`,
 * `last July`, `this year`, `in 2023`, `the first quarter`, `the first half
 * of 2024`, weekdays, numeric dates; festivals in `date-festivals.ts`. Vocabulary from `data/en/dates.json`.
 */
import type { DateCandidate, DateExpr } from '../dates/expr.js';
import { alternation as alt, runParsers, type DateParser } from '../dates/parser.js';
import { mergeRanges, removeOverlaps } from '../dates/refine.js';
import { enFestivalParser } from './date-festivals.js';
import { dayWords, enDateVocabulary as V } from './date-vocabulary.js';

const capitalised = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const DAY_WORDS = dayWords(V);
const NUMBER_WORDS = alt([...Object.keys(V.cardinals), ...Object.keys(V.ordinals), 'hundred', 'thousand', 'zero']);
/** Abbreviations (`Jan.`, `Sept.`, `Thurs.`) may carry a full stop; full names never do. */
const isAbbreviation = (w: string): boolean => w.length <= 3 || w === 'sept' || w === 'tues' || w === 'thur' || w === 'thurs';
const withStops = (words: string[]): string =>
  words.sort((a, b) => b.length - a.length).map((w) => (isAbbreviation(w) ? `${w}\\.?` : w)).join('|');
const monthAlt = withStops(Object.keys(V.months));
const MON = `(?<mon>${monthAlt})(?![a-z])`;
const WD_ALT = `(?:${withStops(Object.keys(V.weekdays))})`;
const WD_PREFIX = `(?:(?<wdp>${WD_ALT}),?\\s+)?`;
const DAYNUM = `(?<d>3[01]|[12]\\d|0?[1-9])(?!\\d)(?:st|nd|rd|th)?(?![\\d:%.,]\\d|\\s*(?:%|percent|million|billion|per|a\\.m|p\\.m|am\\b|pm\\b))`;
const DAYWORD = `(?<dw>${alt(DAY_WORDS.keys())})`;
/** A day after `Friday, the`: an ordinal (`the second`, `the twenty-first`); `Friday, the two girls` names no day. */
const ORDINAL_DAYWORD = `(?<dw>${alt([...DAY_WORDS.keys()].filter((w) => w.split(/[- ]/).pop()! in V.ordinals))})`;
/** `The Sunday Telegraph`: a weekday between `the` and a capitalised word is part of a name. */
const TITLE_BEFORE = /\bthe\s+$/i;
const TITLE_AFTER = /^\s+[A-Z][a-z]/;
const isTitleWord = (view: string, start: number, end: number): boolean =>
  TITLE_BEFORE.test(view.slice(Math.max(0, start - 5), start)) && TITLE_AFTER.test(view.slice(end, end + 3));
/** A day, not followed by a year in words (`nineteen seventy eight`), which is not read. */
const DAYANY = `(?:${DAYNUM}|${DAYWORD})(?![a-z-])(?!,?\\s+(?:of\\s+\\w+,?\\s+)?(?:${NUMBER_WORDS})\\b)`;
const YEAR = `(?<y>1\\d{3}|20\\d{2})(?![\\d%])`;
const STEP = `(?<step>${alt(Object.keys(V.relativeSteps))})`;
/** A period modifier (`late September`, `mid-1997`) sets `modifier` but stays outside the span, as qualifiers do. */
const MOD = `(?<=\\b(?<mod>${alt(Object.keys(V.periodModifiers).flatMap((w) => [w, capitalised(w)]))})[-\\s]+|)`;
const lead = (words: string[]) => `(?<=\\b(?:${alt(words.flatMap((w) => [w, capitalised(w)]))})[\\s-]+)`;

const monthOf = (m: string): number => V.months[m.toLowerCase().replace('.', '')]!;
const weekdayOf = (w: string): number => V.weekdays[w.toLowerCase().replace('.', '')]!;
const stepOf = (s: string): number => V.relativeSteps[s.toLowerCase()]!;
const yearStepOf = (s: string): number => (s.toLowerCase() === 'the' ? 0 : stepOf(s));

type Groups = Record<string, string | undefined>;

function candidate(m: RegExpExecArray, from: DateExpr, modifier = ''): DateCandidate {
  return { start: m.index, end: m.index + m[0].length, from, modifier };
}

function yearPart(g: Groups): Partial<DateExpr> {
  if (g.y) return { year: Number(g.y) };
  if (g.ystep) return { yearOffset: yearStepOf(g.ystep) };
  return {};
}

function parser(name: string, source: string, extract: (g: Groups, m: RegExpExecArray) => DateCandidate | null, flags = 'gi'): DateParser {
  return { name, pattern: new RegExp(source, flags), extract: (m) => extract(m.groups ?? {}, m) };
}

const QUARTERS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
const OF_YEAR = `(?:\\s+of\\s+(?:${YEAR}|(?<ystep>this|last|next|the)\\s+year))?`;
/** Month names that are dates even without a lead-in word: capitalised, not a verb or a name (`May`, `March`, `April Jones`). */
const BARE_MONTHS = Object.keys(V.months).filter((w) => w.length >= 4 && w !== 'sept' && w !== 'march').map(capitalised).join('|');
const MONTH_COUNTS: Record<string, number> = { three: 3, six: 6, nine: 9, '3': 3, '6': 6, '9': 9 };
const YEAR_UNITS = '(?:million|billion|thousand|trillion|mln|bln|bn|year|yuan|dollar|people|percent|km|tons?|GMT|UTC|EST|EDT|CST|CDT|PST|PDT|ET|BST|CET|hours|hrs|local time)';

const parsers: readonly DateParser[] = [
  parser('en-month-day', `\\b${WD_PREFIX}${MON}[\\s./-]*(?:the\\s+)?${DAYANY}(?:,?\\s*${YEAR})?`, (g, m) => {
    if (g.mon!.toLowerCase() === 'may' && !g.mon!.startsWith('M') && !g.y) return null;
    const day = g.d ? Number(g.d) : DAY_WORDS.get(g.dw!.toLowerCase())!;
    return candidate(m, { ...yearPart(g), month: monthOf(g.mon!), day });
  }),
  parser('en-day-month', `\\b${WD_PREFIX}(?:the\\s+)?${DAYANY}\\.?\\s+(?:of\\s+)?${MON}(?:,?\\s*${YEAR})?`, (g, m) => {
    const day = g.d ? Number(g.d) : DAY_WORDS.get(g.dw!.toLowerCase())!;
    return candidate(m, { ...yearPart(g), month: monthOf(g.mon!), day });
  }),
  parser('en-day-of-month', `\\b(?:the\\s+)?${DAYANY}\\s+of\\s+(?<mstep>this|next|last|previous)\\s+month`, (g, m) =>
    candidate(m, { monthOffset: stepOf(g.mstep!), day: g.d ? Number(g.d) : DAY_WORDS.get(g.dw!.toLowerCase())! })),
  parser('en-month-year', `(?=[A-Za-z])\\b${MOD}${MON},?\\s+(?:of\\s+)?${YEAR}`, (g, m) =>
    candidate(m, { year: Number(g.y), month: monthOf(g.mon!) }, g.mod?.toLowerCase() ?? '')),
  parser('en-step-month', `\\b${STEP}\\s+${MON}`, (g, m) => {
    const step = stepOf(g.step!);
    const month = monthOf(g.mon!);
    return candidate(m, step === 0 ? { yearOffset: 0, month } : { month, monthStep: step });
  }),
  parser('en-month', `(?=[A-Z])${lead(V.monthLeadIns)}${MOD}(?<mon>${withStops(Object.keys(V.months).map(capitalised))})(?![a-z])(?!\\s*\\d)`, (g, m) =>
    candidate(m, { month: monthOf(g.mon!) }, g.mod?.toLowerCase() ?? ''), 'g'),
  parser('en-year', `(?=\\d)${lead(V.yearLeadIns)}${MOD}${YEAR}(?!\\s*(?:-|–)?\\s*${YEAR_UNITS}\\b)`, (g, m) =>
    candidate(m, { year: Number(g.y) }, g.mod?.toLowerCase() ?? '')),
  // `its 1995 profits`, `the 1989 fall`: a year of this or the last century needs no lead-in
  parser('en-bare-year', `(?=(?:19|20)\\d\\d)(?<![\\d.,$£€¥/:-]|[A-Za-z]-?|\\d\\s)${MOD}(?<y>19\\d{2}|20\\d{2})(?![\\d%.,]\\d|[\\d%/-]|\\s*${YEAR_UNITS}\\b|\\s+\\d)`, (g, m) =>
    candidate(m, { year: Number(g.y) }, g.mod?.toLowerCase() ?? ''), 'g'),
  // `between 1996 and 2000`: the range starts at the first year
  parser('en-year-between', `(?<=\\bbetween\\s+)(?<y>1\\d{3}|20\\d{2})\\s+and\\s+(?<y2>1\\d{3}|20\\d{2})(?!\\d)`, (g, m) =>
    ({ ...candidate(m, { year: Number(g.y) }), to: { year: Number(g.y2) } })),
  // `the 1995/96 season`: a season across two years is the range of both years
  parser('en-season', `\\b(?<y>19\\d{2}|20\\d{2})[/-](?<yy>\\d{2})(?=\\s+(?:season|campaign|crop|harvest|financial year|fiscal year)\\b)`, (g, m) => {
    const first = Number(g.y);
    const second = Math.floor(first / 100) * 100 + Number(g.yy) + (Number(g.yy) < first % 100 ? 100 : 0);
    return second === first + 1 ? { ...candidate(m, { year: first }), to: { year: second } } : null;
  }),
  parser('en-months-of-year', `\\b(?<which>first|last|same)\\s+(?<n>three|six|nine|[369])\\s+months\\s+of\\s+(?:${YEAR}|(?<ystep>this|last|the)\\s+year)`, (g, m) => {
    const n = MONTH_COUNTS[g.n!.toLowerCase()]!;
    const [first, last] = g.which!.toLowerCase() === 'last' ? [13 - n, 12] : [1, n];
    return { ...candidate(m, { ...yearPart(g), month: first }), to: { ...yearPart(g), month: last } };
  }),
  parser('en-month-range-year', `\\b(?<mon>${monthAlt})(?![a-z])\\s*(?:-|–|to|through)\\s*(?<mon2>${monthAlt})(?![a-z]),?\\s+${YEAR}`, (g, m) =>
    ({ ...candidate(m, { year: Number(g.y), month: monthOf(g.mon!) }), to: { year: Number(g.y), month: monthOf(g.mon2!) } })),
  parser('en-month-step-year', `(?=[A-Z])\\b${MOD}(?<mon>${withStops(Object.keys(V.months).map(capitalised))})(?![a-z])\\s+(?<ystep>last|this|next)\\s+year\\b`, (g, m) =>
    candidate(m, { yearOffset: stepOf(g.ystep!), month: monthOf(g.mon!) }, g.mod?.toLowerCase() ?? ''), 'g'),
  parser('en-bare-month', `(?=[A-Z])\\b${MOD}(?<mon>${BARE_MONTHS})(?![a-z])(?!\\s*\\d|\\s+[A-Z])`, (g, m) =>
    candidate(m, { month: monthOf(g.mon!) }, g.mod?.toLowerCase() ?? ''), 'g'),
  parser('en-relative-day', `\\b(?:${alt(Object.keys(V.relativeDays))})\\b`, (_g, m) =>
    candidate(m, { dayOffset: V.relativeDays[m[0].toLowerCase()]! })),
  parser('en-relative-period', `(?=[a-z])\\b${MOD}${STEP}\\s+(?<unit>year|month|week)\\b`, (g, m) => {
    const n = stepOf(g.step!);
    const from: DateExpr = g.unit!.toLowerCase() === 'year' ? { yearOffset: n } : g.unit!.toLowerCase() === 'month' ? { monthOffset: n } : { weekOffset: n };
    return candidate(m, from, g.mod?.toLowerCase() ?? '');
  }),
  parser('en-weekday', `\\b(?:${STEP}\\s+(?:week\\s+(?:on\\s+)?)?)?(?<wd>${WD_ALT})(?![a-z])(?:\\s+(?:of\\s+)?(?<after>next|last|this)\\s+week)?`, (g, m) => {
    if (!g.step && !g.after && !/^[A-Z]/.test(g.wd!)) return null;
    if (!g.step && !g.after && isTitleWord(m.input, m.index, m.index + m[0].length)) return null;
    const from: DateExpr = { weekday: weekdayOf(g.wd!) };
    if (g.step || g.after) from.weekOffset = stepOf((g.step ?? g.after)!);
    return candidate(m, from);
  }),
  parser('en-nth-weekday', `\\b(?:the\\s+)?(?<n>first|second|third|fourth)\\s+(?<wd>${WD_ALT})\\s+(?:of|in)\\s+(?:${MON}|(?<mstep>this|next|last|previous)\\s+month)`, (g, m) => {
    const nth = { n: V.ordinals[g.n!.toLowerCase()]!, weekday: weekdayOf(g.wd!) };
    return candidate(m, g.mon ? { month: monthOf(g.mon), nth } : { monthOffset: stepOf(g.mstep!), nth });
  }),
  parser('en-quarter', `\\b(?<q>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]quarter${OF_YEAR}`, (g, m) =>
    candidate(m, { ...yearPart(g), quarter: QUARTERS[g.q!.toLowerCase()]! })),
  parser('en-quarter-code', `\\bQ(?<q>[1-4])(?:\\s+${YEAR})?\\b`, (g, m) =>
    candidate(m, { ...yearPart(g), quarter: Number(g.q) }), 'g'),
  parser('en-half', `\\b(?<h>first|second)\\s+half${OF_YEAR}`, (g, m) =>
    candidate(m, { ...yearPart(g), half: g.h!.toLowerCase() === 'first' ? 1 : 2 }, `${g.h!.toLowerCase()} half`)),
  parser('en-decade', `\\b(?:the\\s+)?(?:(?<full>1\\d{2}|20\\d)0s|'(?<dd>\\d)0s)\\b`, (g, m) =>
    candidate(m, { decade: g.full ? { digit: Number(g.full) % 10, century: Math.floor(Number(g.full) / 10) } : { digit: Number(g.dd) } })),
  parser('en-numeric-ymd', `(?<!\\d|\\d[./])${YEAR}(?<s>[-/.])(?:(?<m>1[0-2]|0?[1-9])|${MON})\\k<s>(?<d>3[01]|[12]\\d|0?[1-9])(?!\\d|[/.]\\d)`, (g, m) =>
    candidate(m, { year: Number(g.y), month: g.m ? Number(g.m) : monthOf(g.mon!), day: Number(g.d) })),
  parser('en-numeric-mdy', `(?<![\\d./-])(?<a>\\d{1,2})(?<s>[-/.])(?<b>\\d{1,2})\\k<s>(?<c>\\d{4}|\\d{2})(?!\\d|[/.-]\\d)`, (g, m) => {
    const [a, b, c] = [Number(g.a), Number(g.b), g.c!];
    // US order unless the first number cannot be a month; dots are day.month.year.
    const dayFirst = g.s === '.' || a > 12;
    const year = c.length === 4 ? { year: Number(c) } : { shortYear: Number(c) };
    return candidate(m, { ...year, month: dayFirst ? b : a, day: dayFirst ? a : b });
  }),
  parser('en-weekday-the-day', `\\b${WD_ALT},?\\s+the\\s+${ORDINAL_DAYWORD}\\b`, (g, m) =>
    candidate(m, { day: DAY_WORDS.get(g.dw!.toLowerCase())! })),
  parser('en-ordinal-day', `\\b(?:(?<wd>${WD_ALT}),?\\s+)?the\\s+(?<d>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?(?:century|anniversary|time|floor|place|round|session|congress|plenary))`, (g, m) =>
    candidate(m, { day: Number(g.d) })),
  enFestivalParser,
];

/** The words of a list no other word of it contains (`jan` for `jan` and `january`). */
const shortest = (words: string[]): string[] => words.filter((w) => !words.some((o) => o !== w && w.includes(o)));
const MONTH_WORDS = shortest(Object.keys(V.months));
const WEEKDAY_WORDS = shortest(Object.keys(V.weekdays));
const DIGITS = [...'0123456789'];
const YEAR_DIGITS = ['1', '2'];
/**
 * What each parser cannot match without, looked for in the lower-cased view:
 * a sentence with none of the words skips the parser (`test/date-parser-needs.test.ts`
 * checks that no declaration hides a match). The festival parser always runs.
 */
const NEEDS: Record<string, readonly string[]> = {
  'en-month-day': MONTH_WORDS, 'en-day-month': MONTH_WORDS, 'en-month-year': MONTH_WORDS, 'en-step-month': MONTH_WORDS,
  'en-month': MONTH_WORDS, 'en-month-range-year': MONTH_WORDS, 'en-month-step-year': MONTH_WORDS, 'en-bare-month': MONTH_WORDS,
  'en-day-of-month': ['month'], 'en-months-of-year': ['months'], 'en-relative-period': ['year', 'month', 'week'],
  'en-year': YEAR_DIGITS, 'en-bare-year': YEAR_DIGITS, 'en-season': YEAR_DIGITS, 'en-numeric-ymd': YEAR_DIGITS, 'en-year-between': ['between'],
  'en-relative-day': shortest(Object.keys(V.relativeDays)),
  'en-weekday': WEEKDAY_WORDS, 'en-nth-weekday': WEEKDAY_WORDS, 'en-weekday-the-day': WEEKDAY_WORDS,
  'en-quarter': ['quarter'], 'en-half': ['half'], 'en-decade': ['0s'],
  'en-quarter-code': DIGITS, 'en-numeric-mdy': DIGITS, 'en-ordinal-day': DIGITS,
};

export const enDateParsers: readonly DateParser[] = parsers.map((p) => (NEEDS[p.name] ? { ...p, needs: NEEDS[p.name], needsFolded: true } : p));

const rangeSeparator = /^\s*(?:-|–|—|to|through|until)\s*$/i;

/** All English date candidates of a sentence view, ranges merged, overlaps settled. */
export function findEnDates(view: string): DateCandidate[] {
  return removeOverlaps(mergeRanges(runParsers(enDateParsers, view), view, rangeSeparator));
}

const futureCue = new RegExp(`(?:\\b|(?='))(?:${alt(V.futureCues)})\\b`, 'gi');
/** Where a clause ends: a comma, a colon or semicolon, or a reporting verb (`X will …, the company said on Friday`). */
const CLAUSE_BREAK = /[,;:]|\b(?:said|says|told|added|announced)\b/i;

/** A contract noun right after a month, an optional grade or market word between (`September long gilt future`). */
const CONTRACT_AFTER = new RegExp(`^\\s+(?:(?:${alt(V.contractModifiers)})\\s+)?(?:${alt(V.contractNouns)})(?![A-Za-z])`, 'i');
/** A time adverbial's word before the month (`since September crude …`): the month is then when, not which contract. */
const TIME_WORD_BEFORE = new RegExp(`\\b(?:${alt(V.notContractAfter)})\\s+$`, 'i');

/**
 * A futures or delivery month (SPEC §4 Date: `January crude`, `the March
 * contract`): a month alone, no modifier, right before a contract or
 * commodity noun and not after a time adverbial's word. Contracts trade
 * ahead, so it is the coming month of that name, the current one included.
 */
function isContractMonth(view: string, c: DateCandidate): boolean {
  const f = c.from;
  if (c.to || c.modifier || f.month === undefined || Object.keys(f).length !== 1) return false;
  return CONTRACT_AFTER.test(view.slice(c.end, c.end + 40)) && !TIME_WORD_BEFORE.test(view.slice(Math.max(0, c.start - 16), c.start));
}

/**
 * For a sentence: which of its dates does a clause speak of ahead (`will`,
 * `would on Monday`, `is likely to … in September`, a futures month)? A date
 * looks ahead when a future cue stands before it in the same clause, or when
 * it names a contract month. Mirrors `zhFutureRule`.
 */
export function enFutureRule(view: string): (c: DateCandidate) => boolean {
  const cues = [...view.matchAll(futureCue)].map((m) => m.index + m[0].length);
  if (cues.length === 0) return (c) => isContractMonth(view, c);
  return (c) => isContractMonth(view, c) || cues.some((at) => at <= c.start && !CLAUSE_BREAK.test(view.slice(at, c.start)));
}
