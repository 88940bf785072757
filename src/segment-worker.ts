/**
 * The segmentation thread's entry (see segment-thread.ts): the dictionary
 * loaded at once, and the text a first call reads (its HMM, its code paths),
 * then the texts of each link (one per thread that tags through it) tagged,
 * in the order they come.
 */
import { workerData } from 'node:worker_threads';
import { answerTagging, type TaggerLink } from './run/tagger-link.js';
import { taggedHere } from './segmenter.js';
import type { SegmentThreadData } from './segment-thread.js';

const { name, links } = workerData as SegmentThreadData;
links.on('message', ({ port, answered }: TaggerLink) => answerTagging(name, port, answered));
try {
  taggedHere(name, ['重庆市今年投入750亿元，新质生产力加快发展。']);
} catch {
  // The first request loads it again and is answered with the error, as tagging in the calling thread would throw it.
}
