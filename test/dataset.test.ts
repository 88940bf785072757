/**
 * The output folder as a dataset (issue 9): the tables always cover exactly
 * the issue files present, a run that finds no input leaves the folder as it
 * was, a foreign JSON file is refused clearly, `--clean` starts empty.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { readIssue, settingsSha256 } from '../src/dataset.js';
import { CSV_TABLES, tableCsv } from '../src/output/csv.js';
import { processIssue, run, type IssueJob, type RunOptions } from '../src/run.js';
import { tempDir } from './helpers/temp.js';

const root = tempDir('dataset');
const out = join(root, 'out');
const config = parseConfig({}, 'defaults');
const input = (name: string, text: string) => {
  const file = join(root, name);
  writeFileSync(file, text);
  return file;
};
const go = (inputs: string[], more: Partial<RunOptions> = {}) => run({ inputs, outDir: out, config, ...more });
const snapshot = () => Object.fromEntries(readdirSync(out).sort().map((f) => [f, readFileSync(join(out, f), 'utf8')]));
const issueIdsOf = (table: string) => [...new Set((parse(readFileSync(join(out, `${table}.csv`), 'utf8'), { columns: true }) as { issue_id: string }[]).map((r) => r.issue_id))];

const b = input('b.txt', '重庆市今年投入750亿元，增长12%。\n');
const a = input('a.txt', '北京大学去年招收3000人。\n');
const c = input('c.txt', 'Exports rose 15 percent to $2.5 billion in 2023.\n');

describe('tables rebuilt from the issue files', () => {
  beforeAll(async () => {
    await go([b, a]);
  });

  it('cover the issues of the run, in issue-id order, with the bytes of tableCsv', () => {
    const issues = ['a', 'b'].map((id) => readIssue(out, id));
    for (const table of CSV_TABLES) expect(readFileSync(join(out, `${table}.csv`), 'utf8'), table).toBe(tableCsv(table, issues));
    expect(issueIdsOf('quantities')).toEqual(['a', 'b']);
  });

  it('run.json records inputs, issue ids, counts, errors, version and times', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
    expect(manifest).toMatchObject({ inputs: [b, a], issues: ['a', 'b'], counts: { inputs: 2, written: 2, failed: 0, dataset: 2 }, errors: [] });
    expect(manifest.pipeline_version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Date.parse(manifest.finished_at)).toBeGreaterThanOrEqual(Date.parse(manifest.started_at));
  });

  it('a run that finds no input (a mistyped path) leaves every file as it was', async () => {
    const before = snapshot();
    const summary = await go([join(root, 'nope.txt')]);
    expect(summary.datasetIssues).toBeNull();
    expect(summary.errors.map((e) => e.message)).toEqual([`${join(root, 'nope.txt')}: no such file or directory`]);
    expect(snapshot()).toEqual(before);
  });

  it('a later run adds its issues to those already there; a foreign JSON file is refused with the reason', async () => {
    writeFileSync(join(out, 'notes.json'), '{"hello": 1}\n');
    writeFileSync(join(out, 'renamed.json'), readFileSync(join(out, 'a.json')));
    const summary = await go([c]);
    expect(summary.datasetIssues).toBe(3);
    expect(summary.errors.map((e) => e.message)).toEqual([
      `${join(out, 'notes.json')}: not an issue record, left out of the tables: its issue_id undefined is not the file name "notes"`,
      `${join(out, 'renamed.json')}: not an issue record, left out of the tables: its issue_id "a" is not the file name "renamed"`,
    ]);
    expect(issueIdsOf('quantities')).toEqual(['a', 'b', 'c']);
    expect(JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')).issues).toEqual(['c']);
  });

  it('--clean starts from an empty folder', async () => {
    writeFileSync(join(out, 'keep.md'), 'not ours');
    await go([c], { clean: true });
    const tables = ['articles', 'dates', 'facts', 'organizations', 'quantities'].flatMap((t) => [`${t}.csv`, `${t}.parquet`]);
    expect(readdirSync(out).sort()).toEqual(['c.json', 'errors.jsonl', 'keep.md', 'run.json', ...tables].sort());
    expect(issueIdsOf('quantities')).toEqual(['c']);
  });
});

it('an issue is looked for in the folder only when its file was there at the start of the run', async () => {
  const dir = join(root, 'present');
  await run({ inputs: [a], outDir: dir, config });
  const job: IssueJob = { config, outDir: dir, html: false, settingsSha256: settingsSha256(config, undefined) };
  expect(processIssue(a, job).status).toBe('unchanged');
  expect(processIssue(a, { ...job, present: new Set(['a']) }).status).toBe('unchanged');
  expect(processIssue(a, { ...job, present: new Set() }).status).toBe('written');
}, 30_000);

it('an unchanged issue hands its file to the tables as it was read: the text from a worker, the text and record on the tables thread', async () => {
  const dir = join(root, 'handed');
  await run({ inputs: [a], outDir: dir, config });
  const text = readFileSync(join(dir, 'a.json'), 'utf8');
  const job: IssueJob = { config, outDir: dir, html: false, settingsSha256: settingsSha256(config, undefined) };
  expect(processIssue(a, { ...job, handOver: 'text' })).toEqual(expect.objectContaining({ status: 'unchanged', issue: { text } }));
  expect(processIssue(a, { ...job, handOver: 'record' })).toMatchObject({ status: 'unchanged', issue: { text, record: JSON.parse(text) } });
  expect(processIssue(a, job).issue).toBeUndefined();
}, 30_000);
