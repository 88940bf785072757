/**
 * Where a run's Chinese text is tagged: by one segmentation thread
 * (segment-thread.ts) for every thread of the run, each tagging through a
 * link of its own, or by each thread with its own dictionary.
 *
 * nodejieba's dictionary (240 MB, 1 s of CPU) is never loaded twice: on two
 * threads or more, with any input that may be Chinese, the segmentation
 * thread holds it. jieba-rs's (≈ 45 MB, 0.2 s) is held there only when two
 * threads or more start on the pool's Chinese lane (run/pool.ts: two threads
 * on Chinese input alone, three on mixed input). With one thread on Chinese,
 * that thread loads it itself: the segmentation thread's own start and
 * memory would cost more than they save (mixed ×16 on two threads: peak RSS
 * 239–260 against 226–232 MB). A small run uses the thread bin/extract.js
 * started ahead, when there is one.
 */
import { firstLaneOf, type WorkerLink } from './run/pool.js';
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

/** The backends whose dictionary one run loads once, whatever its threads do (see above). */
const ONE_DICTIONARY: Record<SegmenterName, boolean> = { 'nodejieba': true, 'node-rs-jieba': false };

/** How many of `threads` threads start on the Chinese lane, the inputs in `lanes`. */
function chineseThreads(threads: number, lanes: readonly number[]): number {
  const count = lanes.reduce((n, lane) => Math.max(n, lane + 1), 1);
  return Array.from({ length: threads }, (_, t) => firstLaneOf(t, count)).filter((lane) => lane === CHINESE_LANE).length;
}

/** Whether the run starts a segmentation thread. */
export function wantsSegmentationThread(name: SegmenterName, threads: number, lanes: readonly number[]): boolean {
  if (threads < 2 || !lanes.includes(CHINESE_LANE)) return false;
  return ONE_DICTIONARY[name] || chineseThreads(threads, lanes) > 1;
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
