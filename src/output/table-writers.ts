/**
 * The run-level tables in the formats a run asks for. `<id>.json` is the
 * dataset's record of each issue and is always written (every table is
 * rebuilt from it); `csv` and `parquet` select the table files.
 */
import type { IssueJson } from '../records.js';
import { csvFormat, type CsvOptions } from './csv.js';
import { parquetFormat } from './parquet.js';
import { issueRows } from './tables.js';
import type { TableFormat, TableWriter } from './table-writer.js';

export const FORMATS = ['csv', 'json', 'parquet'] as const;
export type Format = (typeof FORMATS)[number];

export interface OutputOptions extends CsvOptions {
  /** Formats to write (default: all). */
  formats?: readonly Format[];
  /** Also write each issue's review page `<id>.html` (src/output/review-html.ts). */
  html?: boolean;
}

/** What one issue adds to the run's table files: a part per format. */
export interface IssueTables {
  parts: unknown[];
}

/** The run's tables: an issue's part of them (any thread), and their files, the parts appended in issue order. */
export interface RunTables {
  partOf(issue: IssueJson): IssueTables;
  open(outDir: string): TableWriter<IssueTables>;
}

export function runTables(opts: OutputOptions = {}): RunTables {
  const formats = opts.formats ?? FORMATS;
  const selected: TableFormat<unknown>[] = [
    ...(formats.includes('csv') ? [csvFormat(opts) as TableFormat<unknown>] : []),
    ...(formats.includes('parquet') ? [parquetFormat as TableFormat<unknown>] : []),
  ];
  return {
    partOf(issue) {
      const rows = issueRows(issue);
      return { parts: selected.map((f) => f.part(rows)) };
    },
    open(outDir) {
      const writers = selected.map((f) => f.open(outDir));
      return {
        add: (tables) => writers.forEach((w, k) => w.add(tables.parts[k])),
        finish: () => writers.forEach((w) => w.finish()),
        abort: () => writers.forEach((w) => w.abort()),
      };
    },
  };
}
