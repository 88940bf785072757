/**
 * Crash safety (issue 6): a multi-file run killed with SIGKILL leaves only
 * complete, parseable files (writes are temp file + rename), and a re-run
 * completes the rest and clears the dead run's temporary files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { runCli, startCli } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

const ISSUES = 20;
const root = tempDir('crash');
const input = join(root, 'in');
const out = join(root, 'out');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const issueFiles = () => (existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.json') && f !== 'run.json') : []);

/** Every visible file in the output directory parses completely. */
function assertComplete(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).filter((f) => !f.startsWith('.'))) {
    const body = readFileSync(join(dir, name), 'utf8');
    files[name] = body;
    if (name === 'run.json') JSON.parse(body);
    else if (name.endsWith('.json')) {
      const doc = JSON.parse(body);
      expect(doc.issue_id, name).toBe(name.replace(/\.json$/, ''));
      expect(body.endsWith('}\n'), name).toBe(true);
    } else if (name.endsWith('.csv')) {
      expect(parse(body, { columns: true }), name).toBeInstanceOf(Array);
    } else if (name.endsWith('.parquet')) {
      const bytes = readFileSync(join(dir, name));
      expect([bytes.subarray(0, 4).toString(), bytes.subarray(-4).toString()], name).toEqual(['PAR1', 'PAR1']);
    } else if (name === 'errors.jsonl') {
      for (const line of body.split('\n').filter(Boolean)) JSON.parse(line);
    } else throw new Error(`unexpected output file ${name}`);
  }
  return files;
}

it('SIGKILL in the middle of a run leaves only complete files; a re-run completes the rest', async () => {
  mkdirSync(input);
  const sample = readFileSync('corpus/2024-02-29-chongqing-daily.txt', 'utf8');
  for (let k = 1; k <= ISSUES; k++) writeFileSync(join(input, `issue-${String(k).padStart(2, '0')}.txt`), sample);

  const child = startCli([input, '--out', out, '--concurrency', '2']);
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  const deadline = Date.now() + 60_000;
  while (issueFiles().length < 3 && Date.now() < deadline) await sleep(10);
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');

  const written = issueFiles().length;
  expect(written).toBeGreaterThanOrEqual(3);
  expect(written).toBeLessThan(ISSUES); // killed mid-way, not after the end
  const beforeRerun = assertComplete(out);

  // A temporary file of a process that is gone, as a kill during a write leaves it.
  const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
  const stale = join(out, `.issue-20.json.${deadPid}.tmp`);
  writeFileSync(stale, '{"issue_id": "issue-20", "quan');

  const rerun = await runCli([input, '--out', out]);
  expect(rerun.status).toBe(0);
  expect(existsSync(stale)).toBe(false);
  expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  const after = assertComplete(out);
  expect(issueFiles()).toHaveLength(ISSUES);
  for (const csv of ['quantities.csv', 'dates.csv', 'organizations.csv', 'facts.csv', 'errors.jsonl']) expect(after[csv]).toBeDefined();
  for (const [name, body] of Object.entries(beforeRerun)) if (name.endsWith('.json')) expect(after[name], name).toBe(body);
}, 120_000);
