/** The segmenter backends, chosen by `segmenter` in pipeline.config.json (apart: read at start-up before any backend loads). */
export const SEGMENTERS = ['nodejieba', 'node-rs-jieba'] as const;
export type SegmenterName = (typeof SEGMENTERS)[number];
/** node-rs-jieba: nodejieba's tokens (see rust-jieba.ts) at a fifth of the load time and memory. */
export const DEFAULT_SEGMENTER: SegmenterName = 'node-rs-jieba';
