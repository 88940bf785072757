/**
 * `npm run bench`: the performance figures (scripts/bench/performance.ts,
 * written to bench-results.json), then the adversarial inputs
 * (scripts/bench/adversarial.ts). `-- --performance` runs the first part
 * only (`--config FILE`: with those settings as the default); any other
 * argument (`CASE…`, `--limit S`, `--scale`, `--adversarial`) the
 * adversarial part only.
 */
import { writeFileSync } from 'node:fs';
import type { SegmenterName } from '../src/segmenter.js';
import { adversarial } from './bench/adversarial.js';
import { measure, rawSegmentationMs, stageTimes } from './bench/performance.js';

const RESULTS = 'bench-results.json';

async function main(args: string[]): Promise<number> {
  const at = (flag: string) => args.indexOf(flag);
  const settings = at('--config') >= 0 ? args[at('--config') + 1] : undefined;
  const childResult = at('--raw') >= 0 ? rawSegmentationMs(args[at('--raw') + 1] as SegmenterName, args[at('--raw') + 2]!)
    : at('--stages') >= 0 ? stageTimes(args[at('--stages') + 1]!, settings) : undefined;
  if (childResult !== undefined) {
    console.log(JSON.stringify(childResult)); // a child process of `measure`: its one result line
    return 0;
  }
  if (args.length === 0 || at('--performance') >= 0) {
    const results = measure((line) => console.log(line), settings);
    writeFileSync(RESULTS, `${JSON.stringify({ date: new Date().toISOString(), ...results }, null, 2)}\n`);
    console.log(`wrote ${RESULTS}`);
    if (args.length > 0) return 0;
  }
  return adversarial(args);
}

main(process.argv.slice(2)).then((code) => process.exit(code));
