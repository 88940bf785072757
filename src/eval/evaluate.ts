import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config.js';
import { extractIssue } from '../run.js';
import { score, type IssueRecords, type Report } from './score.js';

/**
 * Run the pipeline on the issue behind every `*.gold.json` in `goldDir`
 * (its `source_file`, relative to the project root) and score it.
 */
export function evaluateGold(goldDir: string, misses: string[] = []): Report {
  const config = loadConfig(undefined);
  const pairs: [IssueRecords, IssueRecords][] = readdirSync(goldDir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as IssueRecords & { source_file: string };
      return [gold, extractIssue(gold.source_file, { config }) as unknown as IssueRecords];
    });
  return score(pairs, misses);
}
