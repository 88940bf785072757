import type { IssueJson } from '../records.js';

/**
 * A run-level table (CSV, Parquet…) built from the issues one at a time, in
 * issue-id order; `finish()` makes its file(s) appear atomically, `abort()`
 * leaves the previous ones as they were.
 */
export interface TableWriter {
  add(issue: IssueJson): void;
  finish(): void;
  abort(): void;
}
