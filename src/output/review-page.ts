/** Writing the review page of an issue next to its `<id>.json`, from the source file it was extracted from. */
import { sourceSha256 } from './issue-json.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IssueJson } from '../records.js';
import { decodeText } from '../stages/decode.js';
import { writeFileAtomic } from './atomic-write.js';
import { reviewHtml } from './review-html.js';
import type { GoldJson } from './review-marks.js';

/** The decoded text of the issue's source file; an error when the file has changed since the extraction. */
export function sourceTextOf(json: IssueJson): string {
  const bytes = readFileSync(json.source_file);
  if (sourceSha256(bytes) !== json.source_sha256) {
    throw new Error(`${json.source_file}: changed since ${json.issue_id}.json was written (SHA-256 differs); extract it again`);
  }
  return decodeText(bytes, json.source_file).text;
}

/** Writes `<outDir>/<issue_id>.html` and returns its path. */
export function writeReviewPage(json: IssueJson, outDir: string, gold?: GoldJson): string {
  const path = join(outDir, `${json.issue_id}.html`);
  writeFileAtomic(path, reviewHtml(json, sourceTextOf(json), gold));
  return path;
}
