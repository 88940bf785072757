/** The Chinese date vocabulary (`data/zh/dates.json`), validated once at load. */
import { loadDataJson } from '../data-file.js';
import { wordsOf, type Words } from '../matches.js';
import { z } from 'zod';

const offsets = z.record(z.string().min(1), z.number().int());
const words = z.array(z.string().min(1)).min(1);

const schema = z.object({
  relativeDays: offsets,
  relativeYears: offsets,
  anaphoricYears: offsets,
  relativeMonths: offsets,
  weekPrefixes: offsets,
  weekWords: words,
  weekdays: z.record(z.string().length(1), z.number().int().min(1).max(7)),
  halves: z.record(z.string().min(1), z.union([z.literal(1), z.literal(2)])),
  yearPartWords: z.record(z.string().min(1), z.string().min(1)),
  futureCues: words,
  pastBeforeTo: words,
  futureAfter: words,
  futureCueBlockers: words,
  yearDurationAfter: words,
  yearDurationBefore: words,
  yearApproxWords: words,
  notApproxWords: words,
  dottedRangeFollowers: words,
  timesOfDay: words,
  seasons: z.record(z.string().length(1), z.tuple([z.number().int().min(1).max(12), z.number().int().min(1).max(12)])),
  seasonYears: offsets,
  seasonSuffixes: words,
  timeOfDayBlockers: words,
  setPrefixes: words,
  calendarPrefixes: words,
  names: words,
  bareWeekdayFollowers: words,
  tokenPrefixes: words,
  tokenSuffixes: words,
  coordinators: words,
});

export type ZhDateVocabulary = z.infer<typeof schema>;

export const zhDateVocabulary: ZhDateVocabulary = loadDataJson('zh/dates.json', schema);


/** The lists read at a position (`startsWithAny`, `endsWithAny`: words before or after a candidate), indexed once. */
const POSITIONAL = [
  'names', 'setPrefixes', 'calendarPrefixes', 'yearDurationAfter', 'yearDurationBefore', 'yearApproxWords', 'notApproxWords',
  'bareWeekdayFollowers', 'timeOfDayBlockers', 'futureAfter', 'pastBeforeTo', 'dottedRangeFollowers',
] as const satisfies readonly (keyof ZhDateVocabulary)[];

export const zhDateWords = Object.fromEntries(POSITIONAL.map((k) => [k, wordsOf(zhDateVocabulary[k])])) as Record<(typeof POSITIONAL)[number], Words>;
