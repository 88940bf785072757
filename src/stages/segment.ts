import { sentenceOf, type Sentence } from '../doc.js';
import type { Stage } from '../stage.js';

/** A Han character: without one, a sentence has no word for the segmenter to find. */
const HAN = /\p{Script=Han}/u;

/**
 * Tag every Chinese sentence's view with jieba. Numbers are not read from these
 * tokens (jieba cuts `150` into `1/5/0`): extractors find them on the text.
 * A sentence without Han characters (a row of figures, counted as Chinese for
 * want of letters) gets no tokens, so an English issue with a table of
 * figures never loads the dictionary. The sentences are tagged in one
 * call (one round trip when another thread holds the dictionary).
 */
export const segmentStage: Stage = {
  name: 'segment',
  run: (doc, ctx) => {
    // pushed, not `filter`ed and `map`ped: V8's optimized `map` gives an array of another kind (holey), a second shape for the code reading it
    const chinese: Sentence[] = [];
    const views: string[] = [];
    for (const s of doc.sentences) {
      if (s.lang !== 'zh' || !HAN.test(s.view)) continue;
      chinese.push(s);
      views.push(s.view);
    }
    if (chinese.length === 0) return doc;
    const tokens = ctx.segmenter.tagAll(views);
    const sentences: Sentence[] = [];
    let k = 0; // `chinese` is in the order of doc.sentences
    for (const s of doc.sentences) sentences.push(s === chinese[k] ? sentenceOf({ ...s, tokens: tokens[k++]! }) : s);
    return { ...doc, sentences };
  },
};
