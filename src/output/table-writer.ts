import type { IssueJson } from '../records.js';

/**
 * Builds run-level table files from issues fed one at a time (in issue-id
 * order); `finish()` writes its files atomically.
 */
export interface TableWriter {
  add(issue: IssueJson): void;
  finish(): void;
}
