/**
 * Seasons with their year — `１９９５年秋`, `今年夏天`, `去年春夏秋三季`,
 * `今冬` — as month ranges (SPEC has no season granularity; a month range is
 * what a data team can join on). Winter runs from December into the next
 * year; a winter counted from today (`今冬`) is left out. A season without a year (`夏天`) names no calendar point and is left
 * out. Months per season are in `data/zh/dates.json` (`seasons`).
 */
import type { DateExpr } from '../dates/expr.js';
import { alternation as alt, type DateParser } from '../dates/parser.js';
import { zhDateVocabulary as V } from './date-vocabulary.js';
import { yearReader } from './date-year-before.js';

const SEASON = `[${Object.keys(V.seasons).join('')}]`;
const yearBefore = yearReader({ ...V.relativeYears, ...V.seasonYears });
const shortYears = new Set(Object.keys(V.seasonYears));

/** `year` plus `n` years, whichever way the year is stated. */
function shifted(e: DateExpr, n: number): DateExpr {
  return e.year !== undefined ? { year: e.year + n } : { yearOffset: e.yearOffset! + n };
}

const season: DateParser = {
  name: 'zh-season',
  pattern: new RegExp(`(?<s>${SEASON}{1,3})(?<suffix>${alt(V.seasonSuffixes)})?`, 'g'),
  needs: Object.keys(V.seasons),
  extract(m, view) {
    const g = m.groups!;
    const y = yearBefore(view, m.index);
    if (!y) return null;
    const yearText = view.slice(y.start, m.index);
    const short = shortYears.has(yearText);
    // `今春` and the like: the one-character year sits right before the season, with no 年 before it.
    if (short && view.endsWith('年', y.start)) return null;
    // Without a suffix, a season character after a full year word is often a word (`今年春运`): only at a clause edge.
    const end = m.index + m[0].length;
    if (!g.suffix && !short && !/^$|^[\s,;。!?、)）的]/.test(view.slice(end, end + 1))) return null;
    const { year } = y;
    const seasons = [...g.s!];
    const first = V.seasons[seasons[0]!]!;
    const last = V.seasons[seasons.at(-1)!]!;
    // A winter named from today (`今冬`, `去年冬天`) straddles the turn of the year: in January it is
    // the one in progress, in November the coming one. Which one is a guess, so it is left out.
    const wraps = seasons.some((k) => V.seasons[k]![1] < V.seasons[k]![0]);
    if (wraps && year.yearOffset !== undefined) return null;
    const endYear = last[1] < first[0] ? shifted(year, 1) : year;
    return { start: y.start, end, from: { ...year, month: first[0] }, to: { ...endYear, month: last[1] }, modifier: g.s! };
  },
};

export const zhSeasonParsers: readonly DateParser[] = [season];
