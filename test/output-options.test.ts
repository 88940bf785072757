/** The output options of a run: --format selects the table files, --html adds the review page. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { run } from '../src/run.js';
import { tempDir } from './helpers/temp.js';

const dir = tempDir('output-options');
const input = join(dir, '2024-02-29-tiny.txt');
writeFileSync(input, '重庆<日报>\n\n全市研发投入达750亿元，增长10%。\n');
const config = parseConfig({}, 'defaults');

it('writes only the selected table formats, and the review page with html', { timeout: 60_000 }, async () => {
  const csvOnly = join(dir, 'csv');
  await run({ inputs: [input], outDir: csvOnly, config, output: { formats: ['csv', 'json'] } });
  expect(readdirSync(csvOnly).filter((f) => !f.endsWith('.csv')).sort()).toEqual(['2024-02-29-tiny.json', 'errors.jsonl', 'run.json']);

  const all = join(dir, 'all');
  await run({ inputs: [input], outDir: all, config, output: { html: true } });
  const files = readdirSync(all);
  expect(files.filter((f) => f.endsWith('.parquet')).sort()).toEqual(
    ['articles', 'dates', 'facts', 'organizations', 'quantities'].map((t) => `${t}.parquet`));
  const html = readFileSync(join(all, '2024-02-29-tiny.html'), 'utf8');
  expect(html).toContain('重庆&lt;日报&gt;');
  expect(html).toMatch(/<mark class="m q" id="m-q\d+"[^>]*data-value="75000000000" data-unit="CNY"[^>]*>750亿元<\/mark>/);
});
