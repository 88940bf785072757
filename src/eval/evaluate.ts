import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config.js';
import { extractIssue } from '../run.js';
import { score, type IssueRecords, type Report } from './score.js';

/** A hand-checked gold set: its `*.gold.json` files, and the folder their `source_file` is relative to. */
export interface EvalSet {
  name: string;
  goldDir: string;
  root: string;
}

/** The sets `npm run eval` and the quality test score: the sample issue and the dev gold (copied from shared/gold-dev). */
export const EVAL_SETS: EvalSet[] = [
  { name: 'sample', goldDir: 'test/gold', root: '.' },
  ...['pd98', 'cnews', 'conll'].map((name) => ({ name, goldDir: `test/gold-dev/${name}`, root: `test/gold-dev/${name}` })),
];

export interface EvalOptions {
  /** One line per miss, extra or wrong field. */
  misses?: string[];
  /** Run each issue with the gold's `issue_date` (as `--issue-date` would), to isolate rules from issue-date inference. */
  goldIssueDate?: boolean;
}

/** Run the pipeline on the issue behind every `*.gold.json` of the set and score it. */
export function evaluateGold(set: EvalSet, opts: EvalOptions = {}): Report {
  const config = loadConfig(undefined);
  const pairs: [IssueRecords, IssueRecords][] = readdirSync(set.goldDir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(set.goldDir, f), 'utf8')) as IssueRecords & { source_file: string; issue_date?: string };
      const issueDate = opts.goldIssueDate ? gold.issue_date : undefined;
      return [gold, extractIssue(join(set.root, gold.source_file), { config, issueDate }) as unknown as IssueRecords];
    });
  return score(pairs, opts.misses);
}
