/** `npm run eval [-- --show]`: score the pipeline on the sample issue against test/gold and check the floors. */
import { readFileSync } from 'node:fs';
import { evaluateGold } from '../src/eval/evaluate.js';
import { belowFloors } from '../src/eval/floors.js';
import { formatReport } from '../src/eval/score.js';

const misses: string[] = [];
const report = evaluateGold('test/gold', misses);
console.log(formatReport(report));
if (process.argv.includes('--show')) console.log(misses.join('\n'));
const floors = JSON.parse(readFileSync('test/quality-floors.json', 'utf8')) as Record<string, number>;
const failures = belowFloors(report, floors);
for (const f of failures) console.error(`below floor: ${f}`);
process.exit(failures.length ? 1 : 0);
