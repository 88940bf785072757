/**
 * The segmentation thread: started first thing by bin/extract.js when the
 * inputs hold Chinese (a guess, segment-ahead.ts), it builds node-rs-jieba's
 * dictionary at once, on the other core, while the CLI loads the pipeline
 * and reads, decodes and splits the first issue: about a quarter of a second
 * of native work the CLI would otherwise wait for at its first Chinese
 * sentence. The CLI's thread then sends its texts through a tagging link
 * (run/tagger-link.ts: the texts out, the tags back while it waits on a
 * shared flag), or stops the thread when the run segments with another
 * backend. The tokens are the same as a dictionary in the calling thread
 * gives. This module is loaded before the CLI's bundle, as a small bundle of
 * its own (scripts/bundle-cli.mjs): nothing heavy is imported here.
 */
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { moduleUrl, startWorker } from './run/pool.js';
import type { TaggerLink } from './run/tagger-link.js';
import { worthStartingAhead } from './segment-ahead.js';
import type { SegmenterName } from './segmenter-names.js';

/** What the thread is given: the backend, its end of the channel, the flag it raises when it has answered. */
export interface SegmentThreadData {
  name: SegmenterName;
  port: MessagePort;
  answered: Int32Array;
}

export interface SegmentThread {
  name: SegmenterName;
  /** For `taggerThrough` (run/tagger-link.ts) in the thread that started it. */
  link: TaggerLink;
  stop(): Promise<void>;
}

/** The thread's entry: its bundle next to the compiled module (see scripts/bundle-cli.mjs), the module itself under tsx. */
function threadEntry(): URL {
  return import.meta.url.endsWith('.ts') ? moduleUrl('./segment-worker.js', import.meta.url) : new URL('./segment-worker.bundle.cjs', import.meta.url);
}

/** Start a thread that loads the named backend now and tags for this thread. */
export function startSegmentThread(name: SegmenterName): SegmentThread {
  const { port1, port2 } = new MessageChannel();
  const answered = new Int32Array(new SharedArrayBuffer(4));
  const data: SegmentThreadData = { name, port: port2, answered };
  const worker = startWorker(threadEntry(), data, [port2]);
  worker.unref(); // it only answers this thread: never what keeps the process alive
  return {
    name,
    link: { port: port1, answered },
    stop: async () => {
      port1.close();
      await worker.terminate();
    },
  };
}

/**
 * The backend started ahead: nodejieba's dictionary (240 MB) is shared by the
 * main thread with the pool's workers instead (run/tagger-link.ts).
 */
const AHEAD: SegmenterName = 'node-rs-jieba';
let ahead: SegmentThread | undefined;

/** Called by bin/extract.js first thing, with the command line: the thread started when the guess says so. */
export function startAhead(args: readonly string[]): void {
  if (worthStartingAhead(AHEAD, args)) ahead = startSegmentThread(AHEAD);
}

/** The thread started ahead, if any, now the CLI's to use or stop. */
export function takeThreadStartedAhead(): SegmentThread | undefined {
  const thread = ahead;
  ahead = undefined;
  return thread;
}
