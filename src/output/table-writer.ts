import type { IssueRows } from './tables.js';

/**
 * A file format of the run-level tables (CSV, Parquet…). `part` is what one
 * issue adds to the format's files, made from its rows as soon as the issue
 * is handed over (it may wait for the issues before it); `open` appends the
 * parts, in issue-id order, to the files.
 */
export interface TableFormat<P> {
  part(rows: IssueRows): P;
  open(outDir: string): TableWriter<P>;
}

/**
 * A format's files being written: `finish()` makes them appear atomically,
 * `abort()` leaves the previous ones as they were.
 */
export interface TableWriter<P> {
  add(part: P): void;
  finish(): void;
  abort(): void;
}
