/**
 * Chinese festivals and lunar dates: `春节期间`, `2024年中秋节`, `除夕`,
 * `农历正月初一`, `腊月二十三`, `大年初一`, `农历2015年十月初一`. Each is an
 * annual day (`dates/annual.ts`) resolved with the lunar calendar of its year;
 * names, days and the words allowed around them are in `data/zh/festivals.json`.
 */
import { z } from 'zod';
import { loadDataJson } from '../data-file.js';
import type { AnnualDay } from '../dates/expr.js';
import { alternation as alt, type DateParser } from '../dates/parser.js';
import { endsWithAny, startsWithAny, wordsOf } from '../matches.js';
import { parseDateNumber } from './date-numerals.js';
import { zhDateVocabulary as V, zhDateWords as W } from './date-vocabulary.js';
import { yearReader } from './date-year-before.js';

const monthDay = z.tuple([z.number().int().min(1).max(12), z.number().int().min(1).max(31)]);
const festival = z.object({
  lunar: monthDay.optional(),
  solar: monthDay.optional(),
  term: z.string().min(1).optional(),
  shift: z.number().int().optional(),
  /** Only with a modifier after it (`五一期间`): alone the name is too often something else (`五一路`). */
  needsModifier: z.boolean().optional(),
}).refine((f) => [f.lunar, f.solar, f.term].filter(Boolean).length === 1, 'exactly one of lunar, solar, term');

const schema = z.object({
  about: z.string(),
  festivals: z.record(z.string().min(1), festival),
  modifiers: z.array(z.string().min(1)),
  notAfter: z.array(z.string().min(1)),
  notBefore: z.array(z.string().min(1)),
  anaphors: z.record(z.string().min(1), z.string().min(1)),
});

const F = loadDataJson('zh/festivals.json', schema);
const NOT_BEFORE = wordsOf(F.notBefore);
const NOT_AFTER = wordsOf(F.notAfter);

function annualOf(f: z.infer<typeof festival>): AnnualDay {
  const shift = f.shift ? { shift: f.shift } : {};
  if (f.lunar) return { calendar: 'lunar', month: f.lunar[0], day: f.lunar[1], ...shift };
  if (f.solar) return { calendar: 'solar', month: f.solar[0], day: f.solar[1], ...shift };
  return { calendar: 'term', month: 0, day: 0, term: f.term!, ...shift };
}

const CN_DIGIT = '〇○零一二三四五六七八九';
const yearBefore = yearReader();

const festivalNames = alt(Object.keys(F.festivals));
const modifiers = alt(F.modifiers);

const festivalParser: DateParser = {
  name: 'zh-festival',
  pattern: new RegExp(`(?<name>${festivalNames})(?<mod>${modifiers})?`, 'g'),
  extract(m, view) {
    const g = m.groups!;
    const f = F.festivals[g.name!]!;
    const end = m.index + m[0].length;
    const y = yearBefore(view, m.index);
    const start = y ? y.start : m.index;
    if (f.needsModifier && !g.mod) return null;
    // `十一期间` is National Day; `二十一期间`, `第十一届` are numbers.
    if (/[〇○零一二三四五六七八九十百千第\d]/.test(view[m.index - 1] ?? '') && /^[一二三四五六七八九十]/.test(g.name!)) return null;
    if (endsWithAny(view, start, NOT_BEFORE) || endsWithAny(view, start, W.setPrefixes)) return null;
    if (!g.mod && startsWithAny(view, end, NOT_AFTER)) return null;
    return { start, end, from: { ...(start < m.index ? y!.year : {}), annual: annualOf(f) }, modifier: g.mod ?? '' };
  },
};

const LEAP = '(?<leap>闰)?';
const L_MONTH = `(?<lm>正|腊|冬|十[一二]|[一二三四五六七八九十])月`;
const L_DAY = '(?<ld>初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十|卅)';
const MONTH_NAMES: Record<string, number> = { 正: 1, 冬: 11, 腊: 12 };

function lunarDayNumber(text: string): number {
  const t = text.replace(/^初/, '').replace('廿', '二十').replace('卅', '三十');
  return parseDateNumber(t)!;
}

/**
 * `农历十月初一`, `腊月二十三`, `正月十五`, `八月十五`: a Chinese-numeral
 * month and a day without 日 is a lunar date (a Gregorian one takes 日/号).
 */
const lunarDate: DateParser = {
  name: 'zh-lunar-date',
  pattern: new RegExp(`(?:(?<cal>${alt(V.calendarPrefixes)})(?:(?<y>\\d{4}|[${CN_DIGIT}]{4})\\s?年)?)?${LEAP}${L_MONTH}${L_DAY}(?![日号一二三四五六七八九十])`, 'g'),
  needs: ['月'],
  extract(m, view) {
    const g = m.groups!;
    // `2015年农历正月初一`, `今年正月十五`: a year before the calendar word or the month.
    const before = g.y ? null : yearBefore(view, m.index);
    const start = before ? before.start : m.index;
    if (endsWithAny(view, start, W.setPrefixes)) return null;
    const year = g.y ? { year: parseDateNumber(g.y)! } : start < m.index ? before!.year : {};
    if (year.year !== undefined && year.year < 1000) return null;
    const month = MONTH_NAMES[g.lm!] ?? parseDateNumber(g.lm!)!;
    const annual: AnnualDay = { calendar: 'lunar', month, day: lunarDayNumber(g.ld!), ...(g.leap ? { leap: true } : {}) };
    return { start, end: m.index + m[0].length, from: { ...year, annual }, modifier: '' };
  },
};

/** `大年初一` … `大年初十`: the first days of the lunar year (`大年三十` is a festival name: 除夕). */
const newYearDay: DateParser = {
  name: 'zh-new-year-day',
  pattern: /大年初(?<d>[一二三四五六七八九十])/g,
  needs: ['大年初'],
  extract(m) {
    const annual: AnnualDay = { calendar: 'lunar', month: 1, day: parseDateNumber(m.groups!.d!)! };
    return { start: m.index, end: m.index + m[0].length, from: { annual }, modifier: '' };
  },
};

/** `节后`, `节前` at the start of a clause: the festival the text last spoke of (resolved in `dates/mentions.ts`). */
const festivalAnaphor: DateParser = {
  name: 'zh-festival-anaphor',
  pattern: new RegExp(`(?<=^|[\\s,;。!?、:“(])(?:${alt(Object.keys(F.anaphors))})`, 'g'),
  needs: Object.keys(F.anaphors),
  extract: (m) => ({ start: m.index, end: m.index + m[0].length, from: { festivalAnchor: true }, modifier: F.anaphors[m[0]]! }),
};

export const zhFestivalParsers: readonly DateParser[] = [festivalParser, lunarDate, newYearDay, festivalAnaphor];
