import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { run } from '../src/run.js';
import { SEGMENTERS } from '../src/segmenter.js';
import { fixtureFiles, fixtureText, GOLDEN_DIR, GOLDEN_INPUTS, GOLDEN_OUTPUT, goldenConfig } from './helpers/golden-run.js';

const out = mkdtempSync(join(tmpdir(), 'golden-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

// Both segmenters, so that the one that is not the default (nodejieba) is run end to end too: they cut alike.
it.each(SEGMENTERS)('the sample corpus gives byte-identical output to test/golden with segmenter %s (npm run golden:update, then review the diff)', async (segmenter) => {
  const dir = join(out, segmenter);
  await run({ inputs: GOLDEN_INPUTS, outDir: dir, config: { ...goldenConfig(), segmenter }, concurrency: 1, output: GOLDEN_OUTPUT });
  const expected = fixtureFiles(GOLDEN_DIR);
  expect(fixtureFiles(dir)).toEqual(expected);
  for (const file of expected) {
    expect(fixtureText(readFileSync(join(dir, file), 'utf8')), file).toBe(fixtureText(readFileSync(join(GOLDEN_DIR, file), 'utf8')));
  }
}, 60_000);
