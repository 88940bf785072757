/**
 * Proof in a real engine (issue 12): the tables of the sample issue load in
 * DuckDB with the declared column types, the CSV and Parquet files hold the
 * same rows as the JSON, and two questions a data team asks give the figures
 * checked by hand against test/fixtures/sample-issue.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssueJson } from '../src/records.js';
import { TABLES, type Table } from '../src/output/tables.js';
import { runTables } from '../src/output/table-writers.js';
import { tempDir } from './helpers/temp.js';

const sample = JSON.parse(readFileSync('test/fixtures/sample-issue.json', 'utf8')) as IssueJson;
const declared = JSON.parse(readFileSync('docs/csv-types.json', 'utf8')) as Record<Table, Record<string, string>>;
const JSON_RECORDS: Record<Table, number> = {
  articles: sample.articles.length, quantities: sample.quantities.length, dates: sample.dates.length,
  organizations: sample.organizations.length, facts: sample.facts.length,
};

const dir = tempDir('duckdb');
let db: DuckDBConnection;

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;
const typesStruct = (t: Table) => `{${Object.entries(declared[t]).map(([k, v]) => `${sqlString(k)}: ${sqlString(v)}`).join(', ')}}`;
const parquet = (t: Table) => `read_parquet(${sqlString(join(dir, `${t}.parquet`))})`;
const csv = (t: Table) => `read_csv(${sqlString(join(dir, `${t}.csv`))}, types = ${typesStruct(t)})`;

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await db.runAndReadAll(sql)).getRowObjectsJson();
}
async function columnTypes(source: string): Promise<Record<string, string>> {
  return Object.fromEntries((await rows(`DESCRIBE SELECT * FROM ${source}`)).map((r) => [r.column_name, r.column_type]));
}

beforeAll(async () => {
  const tables = runTables({ formats: ['csv', 'parquet'] });
  const writer = tables.open(dir);
  writer.add(tables.partOf(sample));
  writer.finish();
  db = await (await DuckDBInstance.create(':memory:')).connect();
});
afterAll(() => db?.closeSync());

describe.each(TABLES)('%s', (table) => {
  it('Parquet and CSV have one row per JSON record', async () => {
    expect(JSON_RECORDS[table]).toBeGreaterThan(0);
    for (const source of [parquet(table), csv(table)]) {
      expect((await rows(`SELECT count(*)::INTEGER AS n FROM ${source}`))[0]!.n).toBe(JSON_RECORDS[table]);
    }
  });

  it('Parquet has the declared column types, and so has the CSV read with docs/csv-types.json', async () => {
    expect(await columnTypes(parquet(table))).toEqual(declared[table]);
    expect(await columnTypes(csv(table))).toEqual(declared[table]);
  });

  it('CSV and Parquet hold identical rows (NULL where the JSON has null)', async () => {
    const diff = async (a: string, b: string) => (await rows(`SELECT count(*)::INTEGER AS n FROM (SELECT * FROM ${a} EXCEPT ALL SELECT * FROM ${b})`))[0]!.n;
    expect(await diff(csv(table), parquet(table))).toBe(0);
    expect(await diff(parquet(table), csv(table))).toBe(0);
  });
});

describe('questions a data team asks', () => {
  it('total CNY per issue: 12 CNY quantities summing to 3,266,642,000,000 yuan', async () => {
    for (const source of [parquet('quantities'), csv('quantities')]) {
      const sql = `SELECT issue_id, count(*)::INTEGER AS n, sum(value) AS total FROM ${source} WHERE unit = 'CNY' GROUP BY issue_id`;
      expect(await rows(sql)).toEqual([{ issue_id: '2024-02-29-chongqing-daily', n: 12, total: 3266642000000 }]);
    }
  });

  it('all change facts with their metric', async () => {
    const sql = `SELECT id, metric, value, unit, quantity_text FROM ${parquet('facts')} WHERE kind = 'change' ORDER BY CAST(substr(id, 2) AS INTEGER)`;
    expect(await rows(sql)).toEqual([
      { id: 'f7', metric: '进出口贸易总额', value: 239, unit: 'percent', quantity_text: '239%' },
      { id: 'f9', metric: '全社会研发投入总量', value: 10, unit: 'percent', quantity_text: '10%' },
      { id: 'f16', metric: '国家各类科研项目', value: 9.9, unit: 'percent', quantity_text: '9.9%' },
      { id: 'f17', metric: '资金', value: 20.14, unit: 'percent', quantity_text: '20.14%' },
      { id: 'f22', metric: '高新技术企业', value: 19.2, unit: 'percent', quantity_text: '19.2%' },
      { id: 'f23', metric: '科技型企业', value: 36.1, unit: 'percent', quantity_text: '36.1%' },
      { id: 'f26', metric: '技术合同成交额', value: 37.2, unit: 'percent', quantity_text: '37.2%' },
      { id: 'f27', metric: '全社会研发投入', value: 10, unit: 'percent', quantity_text: '10%' },
    ]);
  });

  it('a missing value is NULL, a date is a DATE, an offset an INTEGER', async () => {
    const [a] = await rows(`SELECT count(*) FILTER (WHERE title IS NULL)::INTEGER AS untitled, min(issue_date)::VARCHAR AS day FROM ${parquet('articles')}`);
    expect(a).toEqual({ untitled: sample.articles.filter((x) => x.title === null).length, day: '2024-02-29' });
    const [d] = await rows(`SELECT count(*)::INTEGER AS n FROM ${csv('dates')} WHERE modifier IS NULL`);
    expect(d!.n).toBe(sample.dates.filter((x) => x.modifier === null).length);
  });
});
