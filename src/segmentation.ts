/**
 * Where a run's Chinese text is tagged: by one segmentation thread
 * (segment-thread.ts) for every thread of the run, each tagging through a
 * link of its own, or by each thread with its own dictionary.
 *
 * nodejieba's dictionary (240 MB, 1 s of CPU) is never loaded twice: on two
 * threads or more, with any input that may be Chinese, the segmentation
 * thread holds it. jieba-rs's (≈ 45 MB, 0.2 s) is loaded by each thread that
 * meets Chinese: through a segmentation thread, Chinese ×16 on two threads
 * peaked 25 MB lower (231–233 against 256–261 MB) but took 5.0–5.6 against
 * 4.6–4.8 s, no faster than one thread (5.1–5.2 s). A small run uses the
 * thread bin/extract.js started ahead, when there is one.
 */
import type { WorkerLink } from './run/pool.js';
import { CHINESE_LANE } from './run/script-lane.js';
import { taggerThrough } from './run/tagger-link.js';
// The CLI's bundle takes this module as bin/extract.js loaded it (scripts/bundle-cli.mjs): one module, one thread started ahead.
import { startSegmentThread, type SegmentThread } from './segment-thread.js';
import { tagThrough, type SegmenterName } from './segmenter.js';

export interface Segmentation {
  /** A link for each worker of the pool, when a segmentation thread tags. */
  connect?: () => WorkerLink;
  /** At the end of the run: this thread tags here again; a thread started for the run is stopped. */
  end(): Promise<void>;
}

/** The backends whose dictionary a run of several threads loads once (see above). */
const ONE_DICTIONARY: Record<SegmenterName, boolean> = { 'nodejieba': true, 'node-rs-jieba': false };

/** Whether a run on `threads` threads over inputs in `lanes` (see run/script-lane.ts) starts a segmentation thread. */
export function wantsSegmentationThread(name: SegmenterName, threads: number, lanes: readonly number[]): boolean {
  return ONE_DICTIONARY[name] && threads > 1 && lanes.includes(CHINESE_LANE);
}

/** The run's segmentation, on `threads` threads over inputs in `lanes` (see run/script-lane.ts); `ahead`: the thread started ahead. */
export function segmentationOf(name: SegmenterName, threads: number, lanes: readonly number[], ahead?: SegmentThread): Segmentation {
  const thread = ahead ?? (wantsSegmentationThread(name, threads, lanes) ? startSegmentThread(name) : undefined);
  if (!thread) return { end: async () => {} };
  tagThrough(taggerThrough(thread.link));
  return {
    connect: thread.connect,
    end: async () => {
      tagThrough(undefined);
      if (!ahead) await thread.stop();
    },
  };
}
