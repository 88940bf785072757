/**
 * Tagging through the segmentation thread (segment-thread.ts), which holds
 * the run's one dictionary: a thread sends an issue's Chinese sentences and
 * waits on a shared flag while the segmentation thread tags them and
 * answers. The answer is packed into typed arrays, moved, not copied: each
 * token's offsets and an index into the answer's list of tags; the words are
 * sliced from the texts the asking thread already holds. The tokens are the
 * same as a dictionary in the asking thread gives.
 */
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { Token } from '../doc.js';
import { oneStringEach } from '../one-string.js';
import { taggedHere, type SegmenterName } from '../segmenter.js';

/** What a tagging thread is given: its end of the channel and the flag the segmentation thread raises when it has answered. */
export interface TaggerLink {
  port: MessagePort;
  answered: Int32Array;
}

/** Every token of every text in a row: `counts[k]` tokens for text k, each `[starts[i], ends[i])` of its text, tagged `tags[tagIds[i]]`. */
interface Packed {
  counts: Int32Array<ArrayBuffer>;
  starts: Int32Array<ArrayBuffer>;
  ends: Int32Array<ArrayBuffer>;
  tagIds: Uint16Array<ArrayBuffer>;
  tags: string[];
}

type Answer = Packed | { error: string };

/** The tokens packed, each tag numbered by `ids` (kept by the answering thread from answer to answer). */
function pack(tokens: readonly Token[][], ids: Map<string, number>): Packed {
  const total = tokens.reduce((n, t) => n + t.length, 0);
  const packed: Packed = { counts: new Int32Array(tokens.length), starts: new Int32Array(total), ends: new Int32Array(total), tagIds: new Uint16Array(total), tags: [] };
  let i = 0;
  tokens.forEach((text, k) => {
    packed.counts[k] = text.length;
    for (const { tag, start, end } of text) {
      let id = ids.get(tag);
      if (id === undefined) ids.set(tag, (id = ids.size));
      packed.starts[i] = start;
      packed.ends[i] = end;
      packed.tagIds[i++] = id;
    }
  });
  packed.tags = [...ids.keys()];
  return packed;
}

/** The tokens of `texts` from their packed answer; each tag is one string for the whole run (`shared`), for the code comparing tags. */
function unpack(texts: readonly string[], { counts, starts, ends, tagIds, tags }: Packed, shared: (tag: string) => string): Token[][] {
  const tagOf = tags.map(shared);
  const tokens: Token[][] = [];
  let i = 0;
  texts.forEach((text, k) => {
    const sentence: Token[] = []; // pushed, not `map`ped: one array kind for the code reading tokens
    for (const end = i + counts[k]!; i < end; i++) sentence.push({ word: text.slice(starts[i], ends[i]), tag: tagOf[tagIds[i]!]!, start: starts[i]!, end: ends[i]! });
    tokens.push(sentence);
  });
  return tokens;
}

/** Answer the texts that come on `port` with this thread's tokens, raising `answered` after each answer. */
export function answerTagging(name: SegmenterName, port: MessagePort, answered: Int32Array): void {
  const ids = new Map<string, number>();
  port.on('message', (texts: string[]) => {
    let answer: Answer;
    try {
      answer = pack(taggedHere(name, texts), ids);
    } catch (e) {
      answer = { error: (e as Error).message };
    }
    port.postMessage(answer, 'error' in answer ? [] : [answer.counts.buffer, answer.starts.buffer, answer.ends.buffer, answer.tagIds.buffer]);
    Atomics.store(answered, 0, 1);
    Atomics.notify(answered, 0);
  });
}

/** A tagging thread's tokens of `texts`, tagged through the segmentation thread while it waits (the pipeline is synchronous). */
export function taggerThrough(link: TaggerLink): (texts: readonly string[]) => Token[][] {
  const shared = oneStringEach();
  return (texts) => {
    Atomics.store(link.answered, 0, 0);
    link.port.postMessage(texts);
    Atomics.wait(link.answered, 0, 0);
    const answer = receiveMessageOnPort(link.port)!.message as Answer;
    if ('error' in answer) throw new Error(answer.error);
    return unpack(texts, answer, shared);
  };
}
