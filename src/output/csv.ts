/**
 * The run-level CSVs, one per table (`tables.ts`). Missing values are empty
 * cells. For spreadsheets, a text cell that would run as a formula gets a
 * leading apostrophe (the guard; only the CSV text changes, JSON and Parquet
 * keep the exact text); `csvGuard: false` turns it off for engines. `excel`
 * starts each file with a UTF-8 BOM so that Excel reads it as UTF-8.
 */
import { join } from 'node:path';
import type { IssueJson } from '../records.js';
import { openAtomic } from './atomic-write.js';
import { TABLE_COLUMNS, TABLES, tableCells, type TableCells, type Table } from './tables.js';
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

/**
 * A cell holding a comma, a quote or a line break is quoted, its quotes
 * doubled (RFC 4180); a bare CR too: readers that split records at CR
 * (Excel) would break the row there. Any other cell is written as it is.
 * The bytes csv-stringify wrote with `quoted_match: '\r'`, in half its time
 * (the tables of Chinese ×16: 230 against 430 ms of CPU).
 */
const NEEDS_QUOTES = /[",\n\r]/;

const field = (text: string): string => (NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** A number or boolean as text holds no comma, quote nor line break: written as it is. */
function cell(value: unknown, guard: boolean): string {
  if (typeof value === 'string') return field(guard && FORMULA_START.test(value) ? `'${value}` : value);
  return value === null || value === undefined ? '' : String(value);
}

/**
 * The CSV records of a table's cells (see `TableCells`), each ended by a line
 * feed: each record's cells joined, then the records (measured: a third of
 * the time of one string grown cell by cell, which is also slower to write out).
 * A column's value repeated from the row before (the issue's id, date, source
 * file and version on every row) reuses its text.
 */
function rowsCsv(table: Table, cells: Readonly<TableCells>, guard: boolean): string {
  const width = TABLE_COLUMNS[table].length;
  const records: string[] = [];
  const record: string[] = new Array<string>(width);
  const values: unknown[] = new Array<unknown>(width);
  for (let at = 0; at < cells.length; at += width) {
    for (let k = 0; k < width; k++) {
      const value = cells[at + k];
      if (at === 0 || value !== values[k]) {
        values[k] = value;
        record[k] = cell(value, guard);
      }
    }
    records.push(record.join(','));
  }
  return records.length ? `${records.join('\n')}\n` : '';
}

function header(table: Table, opts: CsvOptions): string {
  return `${opts.excel ? '\ufeff' : ''}${TABLE_COLUMNS[table].map(field).join(',')}\n`;
}

/** One CSV (header included, even with no rows) for one table over the issues, in issue order. */
export function tableCsv(table: Table, issues: IssueJson[], opts: CsvOptions = {}): string {
  return header(table, opts) + issues.map((i) => rowsCsv(table, tableCells(table, i), opts.csvGuard ?? true)).join('');
}

/**
 * Characters of CSV text a file holds before it writes them: one write
 * (and one conversion to UTF-8) for many issues' rows, whatever the run's size.
 */
const WRITE_CHARS = 1 << 16;

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
      // Each file's text not yet written: written past WRITE_CHARS, not an issue's few rows at a time.
      const pending = TABLES.map((table) => header(table, opts));
      const write = (k: number) => {
        files[k]!.write(pending[k]!);
        pending[k] = '';
      };
      return {
        add: (part) => part.forEach((text, k) => {
          pending[k] += text;
          if (pending[k]!.length >= WRITE_CHARS) write(k);
        }),
        finish: () => files.forEach((file, k) => {
          write(k);
          file.commit();
        }),
        abort: () => files.forEach((file) => file.abort()),
      };
    },
  };
}
