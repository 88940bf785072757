import { emptyDoc, type Doc } from '../../src/doc.js';
import { STAGES, runPipeline } from '../../src/pipeline.js';
import { jiebaSegmenter } from '../../src/segmenter.js';
import type { Context } from '../../src/stage.js';

/** Run the pipeline on an in-memory text up to and including the named stage. */
export function docOf(text: string, upTo: string, issueDate: string | null = '2024-02-29'): Doc {
  const stop = STAGES.findIndex((s) => s.name === upTo);
  if (stop < 0) throw new Error(`no stage ${upTo}`);
  const ctx: Context = { issueDate: issueDate ? { date: issueDate, source: 'cli' } : null, segmenter: jiebaSegmenter() };
  return runPipeline(emptyDoc('test', 'test.txt', new TextEncoder().encode(text)), ctx, STAGES.slice(0, stop + 1));
}
