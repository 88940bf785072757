import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { openAtomic } from './atomic-write.js';
import type { IssueJson } from './issue-json.js';
import type { TableWriter } from './table-writer.js';

type Row = Record<string, unknown>;
type Table = 'quantities' | 'dates' | 'organizations' | 'facts';

/** The columns of each CSV, in order; every row also carries `issue_id` first. */
export const CSV_COLUMNS: Record<Table, string[]> = {
  quantities: ['id', 'article_id', 'start', 'end', 'text', 'lang', 'value', 'value_max', 'unit', 'unit_text', 'dimension', 'qualifier'],
  dates: ['id', 'article_id', 'start', 'end', 'text', 'lang', 'value', 'value_end', 'granularity', 'relative', 'modifier'],
  organizations: ['id', 'article_id', 'start', 'end', 'text', 'lang', 'type', 'canonical'],
  facts: ['id', 'article_id', 'quantity_id', 'metric', 'subject', 'period', 'status', 'kind', 'value', 'unit', 'sentence'],
};

export const CSV_TABLES = Object.keys(CSV_COLUMNS) as Table[];

/** Cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) get a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const columnsOf = (table: Table) => ['issue_id', ...CSV_COLUMNS[table]];

function rowsOf(table: Table, issue: IssueJson): string[][] {
  const columns = columnsOf(table);
  return (issue[table] as unknown as Row[]).map((r) => columns.map((c) => cell(c === 'issue_id' ? issue.issue_id : r[c])));
}

// A bare CR inside a cell is quoted too: readers that split records at CR (Excel) would break the row there.
const csvText = (rows: string[][]) => stringify(rows, { record_delimiter: '\n', quoted_match: '\r' });

/** One CSV (header included, even with no rows) for one table over the issues, in issue order. */
export function tableCsv(table: Table, issues: IssueJson[]): string {
  return csvText([columnsOf(table), ...issues.flatMap((issue) => rowsOf(table, issue))]);
}

/** The four CSVs of `outDir`, written row by row as issues are added (the same bytes as `tableCsv`). */
export function csvTablesWriter(outDir: string): TableWriter {
  const files = CSV_TABLES.map((table) => ({ table, file: openAtomic(join(outDir, `${table}.csv`)) }));
  for (const { table, file } of files) file.write(csvText([columnsOf(table)]));
  return {
    add: (issue) => {
      for (const { table, file } of files) file.write(csvText(rowsOf(table, issue)));
    },
    finish: () => files.forEach(({ file }) => file.commit()),
    abort: () => files.forEach(({ file }) => file.abort()),
  };
}
