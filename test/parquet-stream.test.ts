/**
 * The Parquet tables are written a row group at a time as the issues come
 * (src/output/parquet.ts), not held whole: a group is written once its cells
 * reach a fixed budget, so a table of 100 copies of the sample issue (8,900
 * quantities) is written in more than one group, and reads back in DuckDB
 * with every row, equal to the CSV.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { IssueJson } from '../src/records.js';
import { runTables } from '../src/output/table-writers.js';
import { tempDir } from './helpers/temp.js';

const sample = JSON.parse(readFileSync('test/fixtures/sample-issue.json', 'utf8')) as IssueJson;
const COPIES = 100;
const dir = tempDir('parquet-stream');
let db: DuckDBConnection;

const file = (name: string) => `'${join(dir, name).replace(/'/g, "''")}'`;
async function one(sql: string): Promise<unknown> {
  return Object.values((await db.runAndReadAll(sql)).getRowObjectsJson()[0]!)[0];
}

beforeAll(async () => {
  const tables = runTables({ formats: ['csv', 'parquet'] });
  const writer = tables.open(dir);
  for (let k = 0; k < COPIES; k++) {
    const issue = { ...sample, issue_id: `${sample.issue_id}-${String(k).padStart(2, '0')}` };
    writer.add(tables.partOf(issue));
  }
  writer.finish();
  db = await (await DuckDBInstance.create(':memory:')).connect();
});
afterAll(() => db?.closeSync());

it('a table of several row groups holds every row, the same as the CSV', async () => {
  const rows = COPIES * sample.quantities.length;
  const parquet = `read_parquet(${file('quantities.parquet')})`;
  const csv = `read_csv(${file('quantities.csv')}, all_varchar = true)`;
  expect(await one(`SELECT count(*)::INTEGER FROM ${parquet}`)).toBe(rows);
  expect(await one(`SELECT count(DISTINCT row_group_id)::INTEGER FROM parquet_metadata(${file('quantities.parquet')})`)).toBeGreaterThan(1);
  expect(await one(`SELECT count(DISTINCT issue_id)::INTEGER FROM ${parquet}`)).toBe(COPIES);
  const asText = `SELECT issue_id, id, text, CAST(value AS DOUBLE) AS value, CAST(start AS INTEGER) AS start FROM`;
  expect(await one(`SELECT count(*)::INTEGER FROM (${asText} ${csv} EXCEPT ALL ${asText} ${parquet})`)).toBe(0);
});
