import type { Stage } from '../stage.js';

/**
 * Tag every Chinese sentence's view with jieba. Numbers are not read from these
 * tokens (jieba cuts `150` into `1/5/0`): extractors find them on the text.
 */
export const segmentStage: Stage = {
  name: 'segment',
  run: (doc, ctx) => ({
    ...doc,
    sentences: doc.sentences.map((s) => (s.lang === 'zh' ? { ...s, tokens: ctx.segmenter.tag(s.view) } : s)),
  }),
};
