/**
 * One nodejieba dictionary per run: it costs about 240 MB and a second of CPU
 * to load, in every thread that loads it; so the worker threads of the local
 * pool do not load it: each sends an issue's Chinese sentences to the main
 * thread, which tags them with the run's one dictionary (loaded on the first
 * request) and answers while the worker waits on a shared flag. The tags are
 * the same as the worker's own dictionary would give (measured on mixed ×4,
 * two threads: the same CPU as a dictionary per thread, 528 against 688 MB
 * peak RSS). node-rs-jieba's dictionary (~50 MB, 0.2 s) is loaded by each
 * thread instead: then the main thread takes issues too, where answering a
 * worker's every request would hold it up (two workers tagging through the
 * main thread ran slower than one thread alone).
 */
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { taggedHere, type SegmenterName, type Tagged } from '../segmenter.js';
import type { WorkerLink } from './pool.js';

/** The backends whose dictionary is shared through the main thread. */
const SHARED: Record<SegmenterName, boolean> = { 'nodejieba': true, 'node-rs-jieba': false };

/** What a worker is given: its end of the channel and the flag the main thread raises when it has answered. */
export interface TaggerLink {
  port: MessagePort;
  answered: Int32Array;
}

/** The words and tags of every text in a row, and each text's count of words: cheaper to copy than objects. */
interface Flat {
  words: string[];
  tags: string[];
  counts: number[];
}

type Answer = Flat | { error: string };

function flat(tagged: Tagged[]): Flat {
  const out: Flat = { words: [], tags: [], counts: [] };
  for (const text of tagged) {
    out.counts.push(text.length);
    for (const { word, tag } of text) {
      out.words.push(word);
      out.tags.push(tag);
    }
  }
  return out;
}

function unflat({ words, tags, counts }: Flat): Tagged[] {
  let at = 0;
  return counts.map((n) => {
    const text: Tagged = [];
    for (const end = at + n; at < end; at++) text.push({ word: words[at]!, tag: tags[at]! });
    return text;
  });
}

/** Answer the texts that come on `port` with this thread's tags, raising `answered` after each answer. */
export function answerTagging(name: SegmenterName, port: MessagePort, answered: Int32Array): void {
  port.on('message', (texts: string[]) => {
    let answer: Answer;
    try {
      answer = flat(taggedHere(name, texts));
    } catch (e) {
      answer = { error: (e as Error).message };
    }
    port.postMessage(answer);
    Atomics.store(answered, 0, 1);
    Atomics.notify(answered, 0);
  });
}

/** In a worker: tag through the main thread, waiting for its answer (the pipeline is synchronous). */
export function taggerThrough(link: TaggerLink): (texts: readonly string[]) => Tagged[] {
  return (texts) => {
    Atomics.store(link.answered, 0, 0);
    link.port.postMessage(texts);
    Atomics.wait(link.answered, 0, 0);
    const answer = receiveMessageOnPort(link.port)!.message as Answer;
    if ('error' in answer) throw new Error(answer.error);
    return unflat(answer);
  };
}

/**
 * The pool's link per worker for this backend (its port is transferred to the
 * worker, closed when the worker ends), or none when each worker loads its own dictionary.
 */
export function linkFor(name: SegmenterName): (() => WorkerLink) | undefined {
  if (!SHARED[name]) return undefined;
  return () => {
    const { port1, port2 } = new MessageChannel();
    const answered = new Int32Array(new SharedArrayBuffer(4));
    answerTagging(name, port1, answered);
    const link: TaggerLink = { port: port2, answered };
    return { link, transfer: [port2], close: () => port1.close() };
  };
}
