/**
 * Same input, same bytes (SPEC §4): two runs in one process, a run with one
 * worker and CLI runs with `--concurrency 2` in other processes (from the
 * source, and the bundled build `npm run extract` runs) all write
 * byte-identical files.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { run } from '../src/run.js';
import { runCli, type CliResult } from './helpers/cli.js';
import { gb18030Bytes } from './helpers/encodings.js';
import { tempDir } from './helpers/temp.js';

const root = tempDir('determinism');
const input = join(root, 'in');
const SAMPLE = 'corpus/2024-02-29-chongqing-daily.txt';

/** The sample, its GB18030 copy, and a few small issues cut from it at fixed places. */
function makeInputs(): void {
  mkdirSync(input);
  const text = readFileSync(SAMPLE, 'utf8');
  writeFileSync(join(input, '2024-02-29-chongqing-daily.txt'), text);
  writeFileSync(join(input, '2024-02-29-gb18030.txt'), gb18030Bytes(text));
  const paragraphs = text.split('\n').filter((l) => l.trim());
  const picks = fc.sample(fc.shuffledSubarray(paragraphs, { minLength: 3, maxLength: 12 }), { numRuns: 6, seed: 6 });
  picks.forEach((lines, k) => writeFileSync(join(input, `2024-03-0${k + 1}-cut.txt`), lines.join('\n')));
}

/** Every output file but run.json, which records the run's times. */
function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).filter((f) => f !== 'run.json').sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

let cli: CliResult;
let bundled: CliResult;
beforeAll(async () => {
  makeInputs();
  const cliRun = runCli([input, '--out', join(root, 'cli-2'), '--concurrency', '2']);
  const bundledRun = runCli([input, '--out', join(root, 'bundle-2'), '--concurrency', '2'], 'bundle');
  const config = parseConfig({}, 'defaults');
  await run({ inputs: [input], outDir: join(root, 'a-1'), config, concurrency: 1 });
  await run({ inputs: [input], outDir: join(root, 'b-1'), config, concurrency: 1 });
  await run({ inputs: [input], outDir: join(root, 'c-2'), config, concurrency: 2 });
  cli = await cliRun;
  bundled = await bundledRun;
}, 120_000);

it('two runs in one process give byte-identical files', () => {
  const first = filesOf(join(root, 'a-1'));
  expect(Object.keys(first)).toHaveLength(8 + 11); // 8 issues, 5 CSVs, 5 Parquet files, errors.jsonl
  expect(filesOf(join(root, 'b-1'))).toEqual(first);
});

it('one worker and two workers give byte-identical files', () => {
  expect(filesOf(join(root, 'c-2'))).toEqual(filesOf(join(root, 'a-1')));
});

it('a CLI run with --concurrency 2 in a fresh process gives the same bytes', () => {
  expect(cli.status).toBe(0);
  expect(filesOf(join(root, 'cli-2'))).toEqual(filesOf(join(root, 'a-1')));
});

it('the bundled CLI and its bundled worker entry, with --concurrency 2, give the same bytes', () => {
  expect(bundled.stderr).not.toMatch(/^(error|notice)/m); // a worker that fails to start is a notice
  expect(bundled.status).toBe(0);
  expect(filesOf(join(root, 'bundle-2'))).toEqual(filesOf(join(root, 'a-1')));
});
