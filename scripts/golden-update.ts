/**
 * `npm run golden:update`: regenerate test/golden/ (the expected output of the
 * sample corpus). Review the result as a diff (`git diff test/golden`) before
 * committing: these files are what the golden test holds the pipeline to.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE } from '../src/dataset.js';
import { GOLDEN_DIR, GOLDEN_INPUTS, GOLDEN_OUTPUT, goldenConfig } from '../test/helpers/golden-run.js';
import { run } from '../src/run.js';

const summary = await run({ inputs: GOLDEN_INPUTS, outDir: GOLDEN_DIR, config: goldenConfig(), concurrency: 1, clean: true, output: GOLDEN_OUTPUT });
rmSync(join(GOLDEN_DIR, MANIFEST_FILE)); // a record of this update's times, not a fixture
console.log(`wrote ${GOLDEN_DIR}: ${summary.processed.length} issue(s), ${summary.errors.length} error(s)`);
console.log('review with: git diff --stat test/golden && git diff test/golden');
