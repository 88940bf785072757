import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { run } from '../src/run.js';
import { fixtureFiles, fixtureText, GOLDEN_DIR, GOLDEN_INPUTS, GOLDEN_OUTPUT, goldenConfig } from './helpers/golden-run.js';

const out = mkdtempSync(join(tmpdir(), 'golden-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

it('the sample corpus gives byte-identical output to test/golden (npm run golden:update, then review the diff)', async () => {
  await run({ inputs: GOLDEN_INPUTS, outDir: out, config: goldenConfig(), concurrency: 1, output: GOLDEN_OUTPUT });
  const expected = fixtureFiles(GOLDEN_DIR);
  expect(fixtureFiles(out)).toEqual(expected);
  for (const file of expected) {
    expect(fixtureText(readFileSync(join(out, file), 'utf8')), file).toBe(fixtureText(readFileSync(join(GOLDEN_DIR, file), 'utf8')));
  }
}, 60_000);
