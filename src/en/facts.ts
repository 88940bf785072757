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
};
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
  String.raw`(?<![A-Za-z])(?<verb>${alternation([...raw.changeUp, ...raw.changeDown, ...raw.levelLinks])})(?:\s+[a-z]+ly)?(?:\s+(?:${alternation(raw.fillers)}))*\s+$`,
  'i',
);
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
  const last = metricOfClause(clauses.at(-1) ?? '');
  return last.metric || clauses.length < 2 ? last : metricOfClause(clauses.at(-2)!);
}

function metricOfClause(clause: string): { metric: string; subject: string } {
  const found = [...clause.matchAll(WORD)].map((m) => m[0]);
  const kept: string[] = [];
  while (found.length && BE.has(found.at(-1)!.toLowerCase())) found.pop();
  for (let k = found.length - 1; k >= 0 && kept.length < raw.maxMetricWords; k--) {
    if (STOP.has(found[k]!.toLowerCase()) || VERB_FORM.test(found[k]!) || ADVERB.test(found[k]!)) break;
    kept.unshift(found[k]!);
  }
  while (kept.length && LEAD.has(kept[0]!.toLowerCase())) kept.shift();
  const owner = kept.findIndex((w) => /['’]s$/.test(w));
  const subject = owner >= 0 ? kept.slice(0, owner + 1).join(' ').replace(/['’]s$/, '') : '';
  const metric = kept.slice(owner + 1).join(' ');
  return /[a-z]/.test(metric) ? { metric, subject } : { metric: '', subject: '' };
}

export type EnFactDraft = FactDraft & { subject: string; status: FactStatus | null };

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
  for (const q of quantities) {
    if (q.dimension === 'age' || q.dimension === 'duration' || q.unit === 'rank' || GENERIC_UNITS.has(q.unit)) continue;
    const left = masked.slice(Math.max(0, q.start - WINDOW), q.start);
    const verb = VERB_BEFORE.exec(left);
    const lower = verb?.groups!.verb!.toLowerCase() ?? '';
    const chained = previous && CHAINED.test(view.slice(previous.q.end, q.start));
    let draft: EnFactDraft | null = null;
    if (chained) draft = { ...previous!.draft, quantityId: q.id, kind: kindOf(q, false), fall: false };
    else if (verb) {
      const text = left.slice(0, verb.index);
      const own = metricOfClause(text.split(CLAUSE_BREAK).at(-1) ?? '');
      const change = UP.has(lower) || DOWN.has(lower);
      // A change with no metric of its own continues the sentence's last one (`…, after dropping 0.4 percent`).
      const carried = !own.metric && change ? drafts.at(-1) : undefined;
      const { metric, subject } = carried ?? (own.metric ? own : metricBefore(text));
      if (metric) draft = { quantityId: q.id, metric, subject, kind: kindOf(q, change), fall: DOWN.has(lower), status: statusIn(left.slice(0, verb.index)) };
    }
    if (draft) drafts.push(draft);
    previous = draft ? { q, draft } : null;
  }
  return drafts;
}

function kindOf(q: ViewQuantity, change: boolean): FactKind {
  if (change) return 'change';
  return q.unit === 'percent' || q.unit === 'percentage_point' ? 'ratio' : 'level';
}
