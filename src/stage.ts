import type { Doc } from './doc.js';
import type { Segmenter } from './segmenter.js';

/** What every stage may read besides the document: nothing else, never the clock. */
export interface Context {
  /** Issue date given from outside the text (CLI, config, file name), if any. */
  issueDate: { date: string; source: 'cli' | 'config' | 'filename' } | null;
  segmenter: Segmenter;
}

/** A named, pure step of the pipeline: it returns a new document, it never mutates its input. */
export interface Stage {
  name: string;
  run(doc: Doc, ctx: Context): Doc;
}

/**
 * An unexpected exception of a stage, caught by the pipeline: `start` is the
 * code-point offset of the sentence it happened on, null when it could not be
 * pinned to one sentence (the stage's records are then left out for the issue).
 */
export interface StageError {
  stage: string;
  start: number | null;
  message: string;
}
