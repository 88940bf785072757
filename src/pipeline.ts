import type { Doc, Sentence } from './doc.js';
import type { Context, Stage, StageError } from './stage.js';
import { decodeStage } from './stages/decode.js';
import { normalizeStage } from './stages/normalize.js';
import { articlesStage } from './stages/articles.js';
import { sentencesStage } from './stages/sentences.js';
import { segmentStage } from './stages/segment.js';
import { issueDateStage } from './stages/issue-date.js';
import { quantitiesStage } from './stages/quantities.js';
import { datesStage } from './stages/dates.js';
import { organizationsStage } from './stages/organizations.js';
import { factsStage } from './stages/facts.js';

/** The whole story, in data-flow order. Writing happens in `run.ts`, after the last stage. */
export const STAGES: readonly Stage[] = [
  decodeStage,
  normalizeStage,
  articlesStage,
  sentencesStage,
  segmentStage,
  issueDateStage,
  quantitiesStage,
  datesStage,
  organizationsStage,
  factsStage,
];

/**
 * The stages that add records sentence by sentence and leave the sentences
 * as they are: a bug on one sentence costs only that sentence's records.
 */
const SENTENCE_STAGES: ReadonlySet<string> = new Set([quantitiesStage, datesStage, organizationsStage, factsStage].map((s) => s.name));

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

/** The sentences on which the stage throws, found by halving (a few runs per faulty sentence). */
function faultySentences(stage: Stage, doc: Doc, ctx: Context, sentences: Sentence[]): { sentence: Sentence; message: string }[] {
  try {
    stage.run({ ...doc, sentences }, ctx);
    return [];
  } catch (e) {
    if (sentences.length === 1) return [{ sentence: sentences[0]!, message: messageOf(e) }];
    if (sentences.length === 0) return [];
    const half = sentences.length >> 1;
    return [...faultySentences(stage, doc, ctx, sentences.slice(0, half)), ...faultySentences(stage, doc, ctx, sentences.slice(half))];
  }
}

/**
 * A sentence stage that threw: run it again without the sentences it throws
 * on, each reported. If it still throws, its records are left out and the
 * error is reported for the whole issue (start null).
 */
function runWithoutFaultySentences(stage: Stage, doc: Doc, ctx: Context, report: (e: StageError) => void): Doc {
  const faulty = faultySentences(stage, doc, ctx, doc.sentences);
  for (const { sentence, message } of faulty) {
    report({ stage: stage.name, start: [...doc.text.slice(0, sentence.start)].length, message });
  }
  const bad = new Set(faulty.map((f) => f.sentence));
  try {
    return { ...stage.run({ ...doc, sentences: doc.sentences.filter((s) => !bad.has(s)) }, ctx), sentences: doc.sentences };
  } catch (e) {
    report({ stage: stage.name, start: null, message: messageOf(e) });
    return doc;
  }
}

/**
 * The stages in order. With `report`, an unexpected exception of a sentence
 * stage is reported and isolated (see `runWithoutFaultySentences`); without
 * it, or in any other stage, it propagates and the issue fails.
 */
export function runPipeline(doc: Doc, ctx: Context, stages: readonly Stage[] = STAGES, report?: (e: StageError) => void): Doc {
  return stages.reduce((d, stage) => {
    if (!report || !SENTENCE_STAGES.has(stage.name)) return stage.run(d, ctx);
    try {
      return stage.run(d, ctx);
    } catch {
      return runWithoutFaultySentences(stage, d, ctx, report);
    }
  }, doc);
}
