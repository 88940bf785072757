/**
 * The run-level CSVs, one per table (`tables.ts`). Missing values are empty
 * cells. For spreadsheets, a text cell that would run as a formula gets a
 * leading apostrophe (the guard; only the CSV text changes, JSON and Parquet
 * keep the exact text); `csvGuard: false` turns it off for engines. `excel`
 * starts each file with a UTF-8 BOM so that Excel reads it as UTF-8.
 */
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { IssueJson } from '../records.js';
import { openAtomic } from './atomic-write.js';
import { TABLE_COLUMNS, TABLES, tableRows, type Row, type Table } from './tables.js';
import type { TableFormat } from './table-writer.js';

export interface CsvOptions {
  /** Neutralise formula-like text cells (default true). */
  csvGuard?: boolean;
  /** Write a UTF-8 BOM first (default false). */
  excel?: boolean;
}

/** The columns of each CSV, in order. */
export const CSV_COLUMNS = TABLE_COLUMNS;
export const CSV_TABLES = TABLES;

/** Cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) get a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: unknown, guard: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value);
  return guard && FORMULA_START.test(text) ? `'${text}` : text;
}

function csvLines(rows: string[][]): string {
  // A bare CR inside a cell is quoted too: readers that split records at CR (Excel) would break the row there.
  return rows.length ? stringify(rows, { record_delimiter: '\n', quoted_match: '\r' }) : '';
}

function rowsCsv(table: Table, rows: readonly Row[], guard: boolean): string {
  const columns = TABLE_COLUMNS[table];
  return csvLines(rows.map((r) => columns.map((c) => cell(r[c], guard))));
}

function header(table: Table, opts: CsvOptions): string {
  return `${opts.excel ? '\ufeff' : ''}${csvLines([TABLE_COLUMNS[table]])}`;
}

/** One CSV (header included, even with no rows) for one table over the issues, in issue order. */
export function tableCsv(table: Table, issues: IssueJson[], opts: CsvOptions = {}): string {
  return header(table, opts) + issues.map((i) => rowsCsv(table, tableRows(table, i), opts.csvGuard ?? true)).join('');
}

/**
 * The CSV format of a run: `<table>.csv` in `outDir` for every table; an
 * issue's part is the CSV text of its rows in each table (TABLES order).
 */
export function csvFormat(opts: CsvOptions = {}): TableFormat<string[]> {
  const guard = opts.csvGuard ?? true;
  return {
    part: (rows) => TABLES.map((table) => rowsCsv(table, rows[table], guard)),
    open(outDir) {
      const files = TABLES.map((table) => openAtomic(join(outDir, `${table}.csv`)));
      files.forEach((file, k) => file.write(header(TABLES[k]!, opts)));
      return {
        add: (part) => files.forEach((file, k) => file.write(part[k]!)),
        finish: () => files.forEach((file) => file.commit()),
        abort: () => files.forEach((file) => file.abort()),
      };
    },
  };
}
