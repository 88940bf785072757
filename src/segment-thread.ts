/**
 * The segmentation thread: it holds a run's one dictionary and tags for the
 * threads that run the pipeline, each through a tagging link of its own
 * (run/tagger-link.ts: the texts out, the tokens back while the asking
 * thread waits on a shared flag). The tokens are the same as a dictionary in
 * the asking thread gives. When a run on several threads starts one, see
 * segmentation.ts.
 *
 * A small run's thread is started first thing by bin/extract.js (a guess,
 * segment-ahead.ts): it builds the configured backend's dictionary on the
 * other core while the CLI loads the pipeline and reads, decodes and splits
 * the first issue (jieba-rs: about a quarter of a second of native work the
 * CLI would otherwise wait for at its first Chinese sentence); the CLI stops
 * it when the run segments with another backend. This module is loaded
 * before the CLI's bundle, as a small bundle of its own
 * (scripts/bundle-cli.mjs): nothing heavy is imported here.
 *
 * A run that will have a worker thread gets that one started first thing
 * instead (`threadToStartAhead`): the worker loads and compiles the bundle
 * while the CLI does the same and lists its inputs, then takes its data from
 * the run's pool.
 */
import { MessageChannel, type MessagePort, type Worker } from 'node:worker_threads';
import { bundledWorkerEntry, moduleUrl, startWorker, startWorkerAhead, type WorkerLink } from './run/pool.js';
import type { TaggerLink } from './run/tagger-link.js';
import { threadToStartAhead } from './segment-ahead.js';
import type { SegmenterName } from './segmenter-names.js';

/** What the thread is given: the backend, and the port on which the answering ends of new links come (a `TaggerLink` each). */
export interface SegmentThreadData {
  name: SegmenterName;
  links: MessagePort;
}

export interface SegmentThread {
  name: SegmenterName;
  /** For `taggerThrough` (run/tagger-link.ts) in the thread that started it. */
  link: TaggerLink;
  /** A new link, for a worker of the pool (its port is transferred to the worker). */
  connect(): WorkerLink;
  stop(): Promise<void>;
}

/** The thread's entry: its bundle next to the compiled module (see scripts/bundle-cli.mjs), the module itself under tsx. */
function threadEntry(): URL {
  return import.meta.url.endsWith('.ts') ? moduleUrl('./segment-worker.js', import.meta.url) : new URL('./segment-worker.bundle.cjs', import.meta.url);
}

/** Start a thread that loads the named backend now and tags for this thread, and for the threads given a link of it. */
export function startSegmentThread(name: SegmenterName): SegmentThread {
  const { port1: links, port2 } = new MessageChannel();
  const data: SegmentThreadData = { name, links: port2 };
  const worker = startWorker(threadEntry(), data, [port2]);
  worker.unref(); // it only answers other threads: never what keeps the process alive
  // A link: a channel and a flag; the asking end stays here, the answering end goes to the thread.
  const connect = (): TaggerLink => {
    const { port1, port2 } = new MessageChannel();
    const answered = new Int32Array(new SharedArrayBuffer(4));
    links.postMessage({ port: port2, answered } satisfies TaggerLink, [port2]);
    return { port: port1, answered };
  };
  const link = connect();
  return {
    name,
    link,
    connect: () => {
      const asking = connect();
      return { link: asking, transfer: [asking.port], close: () => {} }; // the worker's end closes when it ends
    },
    stop: async () => {
      link.port.close();
      links.close();
      await worker.terminate();
    },
  };
}

let ahead: SegmentThread | undefined;
let workerAhead: Worker | undefined;

/** Called by bin/extract.js first thing, with the command line: the thread started when the guess says so. */
export function startAhead(args: readonly string[]): void {
  const what = threadToStartAhead(args);
  if (what === 'pool worker') workerAhead = startWorkerAhead(bundledWorkerEntry(import.meta.url));
  else if (what) ahead = startSegmentThread(what);
}

/** The pool worker bin/extract.js started, if any, now the run's first worker (it ends with the process if no pool takes it). */
export function takeWorkerStartedAhead(): Worker | undefined {
  const worker = workerAhead;
  workerAhead = undefined;
  return worker;
}

/** The thread started ahead, if any, now the CLI's to use or stop. */
export function takeThreadStartedAhead(): SegmentThread | undefined {
  const thread = ahead;
  ahead = undefined;
  return thread;
}
