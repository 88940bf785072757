/**
 * The year written right before a festival, lunar date or season
 * (`2024年中秋节`, `去年春节`, `１９９５年秋`), read backwards from where the
 * name starts: the name patterns then start on the name itself, which keeps
 * them fast on long lines.
 */
import type { DateExpr } from '../dates/expr.js';
import { alternation as alt } from '../dates/parser.js';
import { parseDateNumber } from './date-numerals.js';
import { zhDateVocabulary as V } from './date-vocabulary.js';

const CN_DIGIT = '〇○零一二三四五六七八九';
/** The longest year prefix: `二〇二四年 ` or `大前年`. */
const LOOKBACK = 8;

function pattern(words: Record<string, number>): RegExp {
  return new RegExp(`(?:(?<![\\d.])(?<y>\\d{4}|(?<![${CN_DIGIT}])[${CN_DIGIT}]{4})\\s?年|(?<rel>${alt(Object.keys(words))}))\\s?的?$`);
}

export interface YearBefore {
  /** Where the year starts. */
  start: number;
  year: Pick<DateExpr, 'year' | 'yearOffset'>;
}

/** A reader of the year before `index`; `words` are the relative years it knows (`今年`, or `今` before a season). */
export function yearReader(words: Record<string, number> = V.relativeYears): (view: string, index: number) => YearBefore | null {
  const re = pattern(words);
  return (view, index) => {
    const from = Math.max(0, index - LOOKBACK);
    const m = re.exec(view.slice(from, index));
    if (!m) return null;
    const g = m.groups!;
    const year = g.rel ? { yearOffset: words[g.rel]! } : { year: parseDateNumber(g.y!)! };
    if (year.year !== undefined && year.year < 1000) return null;
    return { start: from + m.index, year };
  };
}
