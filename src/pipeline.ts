import type { Doc } from './doc.js';
import type { Context, Stage } from './stage.js';
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

export function runPipeline(doc: Doc, ctx: Context, stages: readonly Stage[] = STAGES): Doc {
  return stages.reduce((d, stage) => stage.run(d, ctx), doc);
}
