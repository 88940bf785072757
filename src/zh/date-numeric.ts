/**
 * Chinese dates written with digits and punctuation rather than 年月日:
 * `2009.9.14`, `2010-01-29`, dotted ranges `9.14-9.20`, and adjacent months
 * listed together (`7、8月份`).
 */
import type { DateParser } from '../dates/parser.js';
import { startsWithAny } from '../matches.js';
import { zhDateWords as W } from './date-vocabulary.js';
import { yearReader } from './date-year-before.js';

/** Range separators (full-width forms are already folded in the view). */
export const ZH_RANGE_SEP = '(?:-|~|—|–|至|到)';
const SEP = ZH_RANGE_SEP;

const numeric: DateParser = {
  name: 'zh-numeric',
  pattern: /(?<!\d|\d[./])(?<y>\d{4})(?<s>[-./])(?<m>1[0-2]|0?[1-9])\k<s>(?<d>3[01]|[12]\d|0?[1-9])(?!\d|[/.]\d)/g,
  needs: ['-', '.', '/'],
  extract(m) {
    const g = m.groups!;
    return { start: m.index, end: m.index + m[0].length, from: { year: +g.y!, month: +g.m!, day: +g.d! }, modifier: '' };
  },
};

const DOT_M = '1[0-2]|0?[1-9]';
const DOT_D = '3[01]|[12]\\d|0?[1-9]';
/** The longest span a dotted range may cover (a week or two): `1.5-2.3` is more likely a band of decimals. */
const DOTTED_RANGE_DAYS = 14;

/**
 * `9.14-9.20`, `(9.14-9.20)`: a month.day range. A lone `9.14` is a decimal;
 * the range is a date only when it runs forward at most two weeks and is
 * followed by punctuation or a listed word, never by a unit (`9.14-9.20元`).
 */
const dottedRange: DateParser = {
  name: 'zh-dotted-range',
  pattern: new RegExp(`(?<![\\d.A-Za-z])(?<m1>${DOT_M})\\.(?<d1>${DOT_D})\\s?${SEP}\\s?(?:(?<m2>${DOT_M})\\.)?(?<d2>${DOT_D})(?![\\d.%])`, 'g'),
  needs: ['.'],
  extract(m, view) {
    const g = m.groups!;
    const end = m.index + m[0].length;
    const [m1, d1, d2] = [+g.m1!, +g.d1!, +g.d2!];
    const m2 = g.m2 ? +g.m2 : m1;
    const days = (m2 - m1) * 31 + d2 - d1;
    if (days <= 0 || days > DOTTED_RANGE_DAYS) return null;
    if (end < view.length && !/^[\s,;。!?)）、]/.test(view.slice(end)) && !startsWithAny(view, end, W.dottedRangeFollowers)) return null;
    return { start: m.index, end, from: { month: m1, day: d1 }, to: { month: m2, day: d2 }, modifier: '' };
  },
};

const yearBefore = yearReader();
/**
 * `7、8月份`, `今年7、8月`: two adjacent months listed together cover both, a
 * month range. Months further apart (`1、3月`) are a list, not a period: left out.
 */
const monthPair: DateParser = {
  name: 'zh-month-pair',
  pattern: new RegExp(`(?<![\\d.])(?<a>1[01]|0?[1-9])\\s?、\\s?(?<b>1[0-2]|0?[2-9])\\s?月(?:份)?`, 'g'),
  needs: ['月'], // rarer than 、, which every match also holds
  extract(m, view) {
    const [a, b] = [+m.groups!.a!, +m.groups!.b!];
    if (b !== a + 1) return null;
    const y = yearBefore(view, m.index);
    const year = y?.year ?? {};
    return { start: y ? y.start : m.index, end: m.index + m[0].length, from: { ...year, month: a }, to: { ...year, month: b }, modifier: '' };
  },
};

export const zhNumericParsers: readonly DateParser[] = [numeric, dottedRange, monthPair];
