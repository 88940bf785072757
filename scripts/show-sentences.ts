/** Developer tool: print the sentences (article, offsets, language, view) the pipeline reads in a file. */
import { readFileSync } from 'node:fs';
import { emptyDoc } from '../src/doc.js';
import { STAGES, runPipeline } from '../src/pipeline.js';
import { jiebaSegmenter } from '../src/segmenter.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run show:sentences -- FILE');
  process.exit(2);
}
const upToSentences = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'sentences') + 1);
const doc = runPipeline(emptyDoc('show', file, readFileSync(file)), { issueDate: null, segmenter: jiebaSegmenter() }, upToSentences);
for (const s of doc.sentences) console.log(`${s.articleId}\t${s.start}-${s.end}\t${s.lang}\t${s.view}`);
