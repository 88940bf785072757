/**
 * `npm run eval [-- --show] [-- --set pd98] [-- --gold-issue-date]`: score the
 * pipeline on the sample issue and on each dev gold set, and check the floors
 * of test/quality-floors.json. `--gold-issue-date` runs each issue with its
 * gold issue date (isolates the rules from issue-date inference).
 */
import { readFileSync } from 'node:fs';
import { EVAL_SETS, evaluateGold } from '../src/eval/evaluate.js';
import { belowFloors, floorsOf, type SetFloors } from '../src/eval/floors.js';
import { formatReport } from '../src/eval/score.js';

const args = process.argv.slice(2);
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
const goldIssueDate = args.includes('--gold-issue-date');
const floors = JSON.parse(readFileSync('test/quality-floors.json', 'utf8')) as SetFloors;
let failed = false;
for (const set of EVAL_SETS.filter((s) => !only || s.name === only)) {
  const misses: string[] = [];
  const report = evaluateGold(set, { misses, goldIssueDate });
  console.log(`\n== ${set.name} (${set.goldDir})\n${formatReport(report)}`);
  if (args.includes('--show')) console.log(misses.join('\n'));
  for (const f of belowFloors(report, floorsOf(floors, set.name))) {
    console.error(`below floor: ${set.name} ${f}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
