/**
 * `npm run review -- OUT/<id>.json [--gold FILE]`: writes the review page
 * `OUT/<id>.html` of an extracted issue (see src/output/review-html.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Command } from 'commander';
import { issueSchema } from './records.js';
import { writeReviewPage } from './output/review-page.js';
import type { GoldJson } from './output/review-marks.js';

const program = new Command()
  .name('review')
  .description('Write the review page (<id>.html, next to it) of extracted issues.')
  .argument('<issue-json...>', 'OUT/<id>.json files written by npm run extract')
  .option('--gold <file>', 'gold annotations of the issue (same shape as <id>.json): mark misses and extras')
  .exitOverride((e) => process.exit(e.exitCode === 0 ? 0 : 2));

program.parse();
const { gold } = program.opts<{ gold?: string }>();
let failed = 0;
for (const file of program.args) {
  try {
    const parsed = issueSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      const first = parsed.error.issues[0]!;
      throw new Error(`not an <id>.json of this pipeline (${first.path.join('.')}: ${first.message}); extract the issue again`);
    }
    const json = parsed.data;
    const goldJson = gold ? (JSON.parse(readFileSync(gold, 'utf8')) as GoldJson) : undefined;
    console.error(`wrote ${writeReviewPage(json, dirname(file), goldJson)}`);
  } catch (e) {
    failed++;
    console.error(`error: ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
}
process.exit(failed ? 1 : 0);
