/**
 * A segmentation thread: a thread that loads a backend's dictionary as soon
 * as it starts and then tags the texts of the thread that started it, which
 * sends them through a tagging link (run/tagger-link.ts: the texts out, the
 * tags back while it waits on a shared flag). node-rs-jieba's dictionary
 * takes about a quarter of a second of native work to build: started first
 * thing (segment-ahead.ts), the thread builds it on the other core while the
 * CLI loads the pipeline and reads, decodes and splits the first issue. The
 * tokens are the same as a dictionary in the calling thread gives. Only
 * Node's own modules and the pool's worker start are imported here: this
 * module is loaded before the CLI's bundle.
 */
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { moduleUrl, startWorker } from './run/pool.js';
import type { TaggerLink } from './run/tagger-link.js';
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
  return import.meta.url.endsWith('.ts') ? moduleUrl('./segment-worker.js', import.meta.url) : new URL('./segment-worker.bundle.js', import.meta.url);
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
