import { loadDataJson } from '../data-file.js';
import { z } from 'zod';
import type { FactKind, FactStatus } from '../doc.js';
import type { FactDraft, ViewQuantity } from '../zh/facts.js';
import { maskQuantities } from '../facts/context.js';
import type { PeriodWords } from '../facts/period.js';
import type { SubjectWords } from '../facts/subject.js';

const words = z.array(z.string().min(1));
const schema = z.object({
  $comment: z.string().optional(),
  changeUp: words, changeDown: words, levelLinks: words, fillers: words,
  stopWords: words, leadWords: words, estimateCues: words, targetCues: words,
  maxMetricWords: z.number().int().positive(),
  verbForm: z.string(),
  genericUnits: words,
  beVerbs: words,
  periodBaseBefore: z.string(),
  chainedLevel: z.string(),
  periodStartAfter: z.string(),
  examplesAfter: z.string(),
  sourceBefore: z.string(),
  sourceAfter: z.string(),
  scopeBefore: z.string(),
  companyPronouns: z.string(),
  notAdverbs: words,
  verbAdjunct: z.string(),
  changeNouns: words,
  changeNounDown: words,
  changeMetrics: words,
  relativeClause: z.string(),
  periodBreak: z.string(),
  presentWords: z.string(),
  marketQuote: z.string(),
  marketVerbs: words,
  macroMetrics: words,
  datelineCountries: z.record(z.string(), z.string()),
  objectVerbs: words,
  objectFillers: words,
  yearEarlier: z.string(),
  nounLinks: words,
  beforeVerbCut: z.string(),
  verbMetrics: words,
  presentVerbs: words,
  marketPlace: z.string(),
  halfYears: z.object({ first: z.string(), second: z.string() }).strict(),
}).strict();

const raw = loadDataJson('en/facts.json', schema);

/** The period and subject words of English facts (`than in 1995` is a base; `the company` is the article's company). */
export const enFactWords = {
  periodWords: { baseBefore: new RegExp(raw.periodBaseBefore, 'iu'), startAfter: new RegExp(raw.periodStartAfter, 'iu'), runningBefore: /$^/u } satisfies PeriodWords,
  subjectWords: { placeTags: new Set<string>(), placePronouns: new Map<string, string>(), companyPronouns: new RegExp(raw.companyPronouns, 'giu'), examplesAfter: new RegExp(raw.examplesAfter, 'u'),
    subjectWords: new Set<string>(), notPlaces: new Set<string>(), levels: new Set<string>(), nameSuffixes: new Set<string>(),
    sourceBefore: new RegExp(raw.sourceBefore, 'iu'), sourceAfter: new RegExp(raw.sourceAfter, 'iu'),
    scopeBefore: new RegExp(raw.scopeBefore, 'iu'), scopeAfter: /$^/u,
  } satisfies SubjectWords,
  /** Between a number and a date after it: the date belongs to another figure (`after dropping 0.4 percent in June`). */
  periodBreak: new RegExp(raw.periodBreak, 'i'),
  /** Between a date and a number after it: the figure is current, not of that date (`this year, … currently quoted at 3,162`). */
  presentWords: new RegExp(raw.presentWords, 'i'),
  /** A national statistic (`inflation`, `Spending`): its subject is the country of the dateline. */
  macroMetric: new RegExp(String.raw`\b(?:${raw.macroMetrics.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\b`, 'i'),
  datelineCountries: new Map(Object.entries(raw.datelineCountries)),
  /** `H1 results`, `six-month output`: the half year of the year. */
  halfYears: { first: new RegExp(raw.halfYears.first, 'i'), second: new RegExp(raw.halfYears.second, 'i') },
};
/** Multi-word entries match across any spacing and an -ly adverb (`increased moderately to`). */
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s+(?:[a-z]+ly\s+)?`);
const alternation = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');

const UP = new Set(raw.changeUp);
const DOWN = new Set(raw.changeDown);
const STOP = new Set(raw.stopWords);
const LEAD = new Set(raw.leadWords);
const ESTIMATE = new Set(raw.estimateCues);
const TARGET = new Set(raw.targetCues);
/** A lower-case -ed/-ing word before the verb is a verb of its own (`The dollar slipped`, `showed spending`): the metric stops there. */
const VERB_FORM = new RegExp(raw.verbForm);
/** Counts of unnamed things (`11 players` read as units) are sports and narrative, not statistics. */
const GENERIC_UNITS = new Set(raw.genericUnits);
/** `were down 11`: the be-verb before `up`/`down` is skipped, not part of the metric. */
const BE = new Set(raw.beVerbs);
/** The verb (and an optional -ly adverb and fillers) right before the number, at the end of the text before it. */
const VERB_BEFORE = new RegExp(
  String.raw`(?<![A-Za-z])(?<verb>${alternation([...raw.changeUp, ...raw.changeDown, ...raw.levelLinks])})${raw.verbAdjunct}(?:\s+[a-z]+ly)?(?:\s+(?:${alternation(raw.fillers)}))*\s+$`,
  'i',
);
/** `earned $11.2 million`, `wanted 40 percent of Ruch's shares`: an amount as the object of a verb. */
const OBJECT_VERB_BEFORE = new RegExp(
  String.raw`(?<![A-Za-z])(?<verb>${alternation(raw.objectVerbs)})(?:\s+(?:${alternation(raw.objectFillers)}))*\s+$`,
  'i',
);
/** What follows an object amount: `of <noun phrase>` or a noun phrase of its own (`17,000 news-stands`). */
const OBJECT_AFTER = /^\s+(?<of>of\s+)?(?<phrase>(?:[A-Za-z][A-Za-z'’-]*\s*){1,6})/;
const YEAR_EARLIER = new RegExp(raw.yearEarlier, 'i');
/** Verbs that name what they measure (`earned`, `invest`); a verb of having (`have only 10 of the 72`) needs a noun after the number. */
const VERB_METRICS = new Set(raw.verbMetrics);
/** `a 0.9 percent jump in June`: a change noun right after the number. */
const CHANGE_NOUN_AFTER = new RegExp(String.raw`^\s+(?<noun>${alternation(raw.changeNouns)})\b(?:\s+in\s+(?:[A-Z][a-z]+\s+)?(?<of>[a-z][a-z-]+)\b)?`);
const CHANGE_NOUN_DOWN = new Set(raw.changeNounDown);
/** A metric that is itself a rate of change (`inflation`) makes its facts changes. */
const CHANGE_METRIC = new RegExp(String.raw`\b(?:${alternation(raw.changeMetrics)})\b`, 'i');
/** `, which includes cars,`: a relative clause between a metric and its verb. */
const RELATIVE = new RegExp(raw.relativeClause, 'g');
const MARKET_QUOTE = new RegExp(raw.marketQuote, 'i');
/** `its forecast of 1.4 billion lei`: the link names the metric itself. */
/** `has 17,000 news-stands`, `is currently quoted at`: a figure of today, with no period carried to it. */
const PRESENT = new Set(raw.presentVerbs);
/** `Magna was up 1/8 on the New York Stock Exchange`: a move on a market is a quote. */
const MARKET_PLACE = new RegExp(raw.marketPlace, 'i');
const NOUN_LINKS = new Set(raw.nounLinks);
/** Cut off the end of the text before the verb: `expected to` (`turnover expected to reach`) and a period (`Net profit for the January-June 1996 period was`). */
const BEFORE_VERB_CUT = new RegExp(raw.beforeVerbCut, 'i');
const MARKET_VERBS = new Set(raw.marketVerbs.map((v) => v.toLowerCase()));
const NOT_ADVERBS = new Set(raw.notAdverbs);
/** `Year-on-year inflation, initially estimated at`: how many clauses back a metric is looked for. */
const MAX_CLAUSES_BACK = 3;
const WORD = /[A-Za-z][A-Za-z'’&.-]*/g;
/** Between two numbers of one metric (`rose to 4,378 tonnes … from 2,684 tonnes`, `from 3,200 … to 4,100`): the second is a level of the same metric. */
const CHAINED = new RegExp(raw.chainedLevel, 'i');
const CLAUSE_BREAK = /[,;:()"“”]/;
/** An -ly adverb (`initially`) ends a metric like a verb does. */
const ADVERB = /^[a-z]+ly$/;
/** How far back the verb and metric are looked for. */
const WINDOW = 120;

/**
 * The metric: the last few words before the verb, back to a clause break or a
 * stop word (`China's exports` → `exports`, subject China). When the clause
 * holds none (`inflation, initially estimated at`), the clause before it.
 */
function metricBefore(text: string): { metric: string; subject: string } {
  const clauses = text.split(CLAUSE_BREAK);
  for (let k = clauses.length - 1; k >= Math.max(0, clauses.length - MAX_CLAUSES_BACK); k--) {
    const found = metricOfClause(clauses[k]!);
    if (found.metric) return found;
  }
  return { metric: '', subject: '' };
}

const isBreak = (w: string) => STOP.has(w.toLowerCase()) || VERB_FORM.test(w) || (ADVERB.test(w) && !NOT_ADVERBS.has(w));

function metricOfClause(clause: string): { metric: string; subject: string } {
  const found = [...clause.matchAll(WORD)].map((m) => m[0]);
  const kept: string[] = [];
  while (found.length && BE.has(found.at(-1)!.toLowerCase())) found.pop();
  for (let k = found.length - 1; k >= 0 && kept.length < raw.maxMetricWords; k--) {
    // `wages and salaries`: a pair of single nouns opening the clause is one metric.
    const pair = found[k]!.toLowerCase() === 'and' && kept.length === 1 && k > 0 && !isBreak(found[k - 1]!) && (k < 2 || isBreak(found[k - 2]!) || LEAD.has(found[k - 2]!.toLowerCase()));
    if (pair) {
      kept.unshift(found[k - 1]!, found[k]!);
      break;
    }
    // `an operating profit`, `of manufacturing companies`: an -ing/-ed word after an article or `of` is an adjective.
    const adjective = VERB_FORM.test(found[k]!) && k > 0 && (LEAD.has(found[k - 1]!.toLowerCase()) || found[k - 1] === 'of');
    if (isBreak(found[k]!) && !adjective) break;
    kept.unshift(found[k]!);
  }
  while (kept.length && LEAD.has(kept[0]!.toLowerCase())) kept.shift();
  const owner = kept.findIndex((w) => /['’]s$/.test(w));
  const subject = owner >= 0 ? kept.slice(0, owner + 1).join(' ').replace(/['’]s$/, '') : '';
  const metric = kept.slice(owner + 1).join(' ');
  return /[a-z]/.test(metric) ? { metric, subject } : { metric: '', subject: '' };
}

/**
 * `market`: a quote of a traded price (`shares were up 4-1/2 at 30-5/8`), dated by the day of the report;
 * `yearEarlier`: a figure of the same period a year before (`up from year-earlier earnings of $4.7 million`);
 * `present`: a figure of today (`has 17,000 news-stands`), never given a period from another sentence.
 */
export type EnFactDraft = FactDraft & { subject: string; status: FactStatus | null; market: boolean; yearEarlier: boolean; present: boolean };

/** The metric of an object amount: the noun phrase after it (`of Ruch's shares`, `news-stands`), else the verb itself (`earned`), else none. */
function objectMetric(verb: string, after: string): string {
  const m = OBJECT_AFTER.exec(after);
  const kept: string[] = [];
  for (const w of m?.groups!.phrase!.trim().split(/\s+/) ?? []) {
    if (isBreak(w) && !(m!.groups!.of && kept.length === 0 && /^(?:its|their|the)$/i.test(w))) break;
    if (!LEAD.has(w.toLowerCase()) && !/^(?:its|their)$/i.test(w)) kept.push(w);
  }
  const phrase = kept.join(' ');
  if (phrase && /[a-z]/.test(phrase)) return phrase;
  return VERB_METRICS.has(verb.toLowerCase()) ? verb : '';
}

/** English status cue before the number: `expects` → estimate, `aims`/`will` → target. */
function statusIn(text: string): FactStatus | null {
  let status: FactStatus | null = null;
  for (const [w] of text.matchAll(WORD)) {
    const lower = w.toLowerCase();
    if (ESTIMATE.has(lower)) status = 'estimate';
    else if (TARGET.has(lower)) status = 'target';
  }
  return status;
}

/**
 * Facts of one English sentence: a metric, a verb (`rose`, `fell`, `was`,
 * `reached`, `of`) and the number right after it. `rose 7% to $2 billion`
 * also gives the level after `to`, with the same metric. Nothing else.
 */
export function enSentenceFacts(view: string, quantities: ViewQuantity[]): EnFactDraft[] {
  const drafts: EnFactDraft[] = [];
  let previous: { q: ViewQuantity; draft: EnFactDraft } | null = null;
  const masked = maskQuantities(view, quantities);
  let lastEnd = 0;
  for (const q of quantities) {
    const from = Math.max(0, q.start - WINDOW);
    const left = masked.slice(from, q.start).replace(RELATIVE, (m) => ' '.repeat(m.length));
    const sinceLast = left.slice(Math.max(0, lastEnd - from));
    lastEnd = q.end;
    if (q.dimension === 'age' || q.unit === 'rank' || GENERIC_UNITS.has(q.unit)) continue;
    const verb = VERB_BEFORE.exec(left);
    const lower = verb?.groups!.verb!.toLowerCase().replace(/\s+/g, ' ') ?? '';
    const chained = previous && CHAINED.test(view.slice(previous.q.end, q.start));
    const noun = CHANGE_NOUN_AFTER.exec(masked.slice(q.end));
    const object = verb ? null : OBJECT_VERB_BEFORE.exec(left);
    let draft: EnFactDraft | null = null;
    // `$11.00 and the average workweek shortened to 34.3 hours`: a verb of its own after the last number starts a new metric.
    const ownVerb = verb && lower !== 'of' && from + verb.index >= (previous?.q.end ?? 0) && metricOfClause(left.slice(0, verb.index).split(CLAUSE_BREAK).at(-1) ?? '').metric;
    if (chained && !ownVerb) draft = { ...previous!.draft, quantityId: q.id, kind: kindOf(q, false, previous!.draft.metric), fall: false };
    else if (verb) {
      const text = left.slice(0, verb.index).replace(BEFORE_VERB_CUT, '');
      const own = metricOfClause(text.split(CLAUSE_BREAK).at(-1) ?? '');
      const change = UP.has(lower) || DOWN.has(lower);
      // A change with no metric of its own continues the sentence's last one (`…, after dropping 0.4 percent`).
      const carried = !own.metric && change ? drafts.at(-1) : undefined;
      const named = NOUN_LINKS.has(lower) && !own.metric ? { metric: verb.groups!.verb!.split(/\s+/)[0]!, subject: '' } : undefined;
      const { metric, subject } = carried ?? named ?? (own.metric ? own : metricBefore(text));
      const market = MARKET_VERBS.has(lower) || MARKET_QUOTE.test(metric) || ((lower === 'up' || lower === 'down') && MARKET_PLACE.test(view));
      const clause = left.split(CLAUSE_BREAK).at(-1) ?? '';
      // A span of time counts only as the level of a metric (`the average workweek shortened to 34.3 hours`).
      const timed = q.dimension !== 'duration' || (!change && lower !== 'of');
      if (metric && timed) draft = { quantityId: q.id, metric, subject, kind: kindOf(q, change, metric), fall: DOWN.has(lower), status: statusIn(sinceLast), market, yearEarlier: YEAR_EARLIER.test(clause), present: PRESENT.has(lower) };
    } else if (noun && (drafts.length || noun.groups!.of)) {
      // `after a 0.9 percent jump in June`: a change of the sentence's last metric, or of the noun after it (`decline in June orders`).
      const base = drafts.at(-1) ?? { metric: noun.groups!.of!, subject: '', market: false, yearEarlier: false, present: false };
      draft = { ...base, quantityId: q.id, kind: 'change', fall: CHANGE_NOUN_DOWN.has(noun.groups!.noun!.toLowerCase()), status: statusIn(sinceLast + masked.slice(q.end, q.end + noun[0].length + 12)) };
    } else if (object && q.dimension !== 'duration') {
      const metric = objectMetric(object.groups!.verb!, masked.slice(q.end));
      if (metric) draft = { quantityId: q.id, metric, subject: '', kind: kindOf(q, false, metric), fall: false, status: statusIn(sinceLast), market: false, yearEarlier: false, present: PRESENT.has(object.groups!.verb!.toLowerCase()) };
    }
    if (draft) drafts.push(draft);
    previous = draft ? { q, draft } : null;
  }
  return drafts;
}

function kindOf(q: ViewQuantity, change: boolean, metric: string): FactKind {
  if (change || (q.unit === 'percent' && CHANGE_METRIC.test(metric))) return 'change';
  return q.unit === 'percent' || q.unit === 'percentage_point' ? 'ratio' : 'level';
}
