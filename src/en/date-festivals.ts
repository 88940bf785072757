/**
 * English festivals: `Christmas`, `Christmas Eve`, `New Year's Day`,
 * `Easter 1997`, `Good Friday`, `Thanksgiving`, `the Lunar New Year`. Each is
 * an annual day (`dates/annual.ts`) resolved like other yearless days; names,
 * days and the words that rule a name out are in `data/en/festivals.json`.
 */
import { z } from 'zod';
import { loadDataJson } from '../data-file.js';
import type { AnnualDay } from '../dates/expr.js';
import { alternation as alt, type DateParser } from '../dates/parser.js';

const monthDay = z.tuple([z.number().int().min(1).max(12), z.number().int().min(1).max(31)]);
const festival = z.object({
  solar: monthDay.optional(),
  lunar: monthDay.optional(),
  easter: z.literal(true).optional(),
  /** Month, n, ISO weekday: `[11, 4, 4]` is the fourth Thursday of November. */
  nthWeekday: z.tuple([z.number().int().min(1).max(12), z.number().int().min(1).max(5), z.number().int().min(1).max(7)]).optional(),
  shift: z.number().int().optional(),
}).refine((f) => [f.solar, f.lunar, f.easter, f.nthWeekday].filter(Boolean).length === 1, 'exactly one of solar, lunar, easter, nthWeekday');

const lowerWords = z.array(z.string().min(1).regex(/^[a-z' -]+$/, 'lower case'));
const schema = z.object({
  about: z.string(),
  festivals: z.record(z.string().min(1).regex(/^[a-z' ]+$/, 'lower case'), festival),
  modifiers: lowerWords,
  notAfter: lowerWords,
  notBefore: lowerWords,
  leadIns: lowerWords,
});

const F = loadDataJson('en/festivals.json', schema);

function annualOf(f: z.infer<typeof festival>): AnnualDay {
  const shift = f.shift ? { shift: f.shift } : {};
  if (f.solar) return { calendar: 'solar', month: f.solar[0], day: f.solar[1], ...shift };
  if (f.lunar) return { calendar: 'lunar', month: f.lunar[0], day: f.lunar[1], ...shift };
  if (f.easter) return { calendar: 'easter', month: 0, day: 0, ...shift };
  const [month, n, weekday] = f.nthWeekday!;
  return { calendar: 'nth-weekday', month, day: 0, nth: { n, weekday }, ...shift };
}

/** Names as written: any run of spaces between words, a straight or curly apostrophe. */
const NAMES = alt(Object.keys(F.festivals)).replace(/ /g, '\\s+').replace(/'/g, "['’]");
const YEAR = '(?:,?\\s+(?:of\\s+)?(?<y>1\\d{3}|20\\d{2})(?![\\d%])|\\s+(?<ystep>last|this|next)\\s+year\\b)';
const STEPS: Record<string, number> = { last: -1, this: 0, next: 1 };
const key = (name: string): string => name.toLowerCase().replace(/\s+/g, ' ').replace('’', "'");

const wordBefore = (view: string, at: number): string => /([A-Za-z]+)[\s-]*$/.exec(view.slice(Math.max(0, at - 20), at))?.[1] ?? '';
const wordAfter = (view: string, at: number): string => /^\s+([A-Za-z][A-Za-z-]*)/.exec(view.slice(at, at + 30))?.[1] ?? '';

export const enFestivalParser: DateParser = {
  name: 'en-festival',
  pattern: new RegExp(`\\b(?<name>${NAMES})(?![A-Za-z’'-])${YEAR}?`, 'gi'),
  extract(m, view) {
    const g = m.groups!;
    // Written capitalised; `christmas` in lower case is not the holiday's name in wire text.
    if (!/^[A-Z]/.test(g.name!)) return null;
    const before = wordBefore(view, m.index);
    if (F.notBefore.includes(before.toLowerCase())) return null;
    // `Stephen Christmas`, `Orthodox Easter`: a capitalised word before it makes it part of a name.
    if (/^[A-Z]/.test(before) && !F.leadIns.includes(before.toLowerCase())) return null;
    const end = m.index + m[0].length;
    const next = g.y || g.ystep ? '' : wordAfter(view, end);
    // `Christmas Island`, `Easter Rising`: part of a name; `Christmas trees`: the word describes a thing.
    if (/^[A-Z]/.test(next) || F.notAfter.includes(next)) return null;
    const year = g.y ? { year: Number(g.y) } : g.ystep ? { yearOffset: STEPS[g.ystep.toLowerCase()]! } : {};
    const modifier = F.modifiers.includes(next) ? next : '';
    return { start: m.index, end, from: { ...year, annual: annualOf(F.festivals[key(g.name!)]!) }, modifier };
  },
};
