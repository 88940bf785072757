/**
 * `npm run golden:update`: regenerate test/golden/ (the expected output of the
 * sample corpus). Review the result as a diff (`git diff test/golden`) before
 * committing: these files are what the golden test holds the pipeline to.
 */
import { GOLDEN_DIR, GOLDEN_INPUTS, GOLDEN_OUTPUT, goldenConfig } from '../test/helpers/golden-run.js';
import { run } from '../src/run.js';

const summary = await run({ inputs: GOLDEN_INPUTS, outDir: GOLDEN_DIR, config: goldenConfig(), concurrency: 1, output: GOLDEN_OUTPUT });
console.log(`wrote ${GOLDEN_DIR}: ${summary.processed.length} issue(s), ${summary.errors.length} error(s)`);
console.log('review with: git diff --stat test/golden && git diff test/golden');
