import { createHash } from 'node:crypto';
import type { Doc, Span } from '../doc.js';
import type { IssueJson } from '../records.js';
import { PIPELINE_VERSION } from '../version.js';
import { codePointOffsets } from './code-points.js';

export type { IssueJson } from '../records.js';

/** SHA-256 (hex) of an input file's bytes: the record's `source_sha256`. */
export function sourceSha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The record stamped with the settings hash of its run, placed after the version (keys in a fixed order). */
export function withSettings(json: IssueJson, settingsSha256: string): IssueJson {
  const { issue_id, source_file, source_sha256, pipeline_version, ...rest } = json;
  return { issue_id, source_file, source_sha256, pipeline_version, settings_sha256: settingsSha256, ...rest };
}

/** '' (missing inside the pipeline) → null (missing in the output): one rule everywhere. */
const orNull = (value: string | null): string | null => (value === '' ? null : value);

/**
 * -0 → 0, as JSON writes it: the record holds what its file will say, so the
 * tables made from the record and those made from the file read back are the same.
 */
const asWritten = (value: number): number => (value === 0 ? 0 : value);

/** The `<id>.json` object of SPEC §4, offsets in code points, keys in a fixed order (`sha256`: of `doc.bytes`, when already known). */
export function issueJson(doc: Doc, sha256 = sourceSha256(doc.bytes)): IssueJson {
  const cp = codePointOffsets(doc.text);
  const at = <T extends Span>(r: T): T => ({ ...r, start: cp(r.start), end: cp(r.end) });
  return {
    issue_id: doc.issueId,
    source_file: doc.sourceFile,
    source_sha256: sha256,
    pipeline_version: PIPELINE_VERSION,
    encoding: doc.encoding,
    issue_date: doc.issueDate,
    issue_date_source: doc.issueDateSource,
    articles: doc.articles.map((a) => ({
      id: a.id, title: orNull(a.title), alt_titles: a.alt_titles, start: cp(a.start), end: cp(a.end), lang: a.lang,
      segments: a.segments.map(([s, e]): [number, number] => [cp(s), cp(e)]), dateline: a.dateline,
    })),
    quantities: doc.quantities.map((q) => ({
      ...at(q), value: asWritten(q.value), value_max: q.value_max === null ? null : asWritten(q.value_max), unit: orNull(q.unit), unit_text: orNull(q.unit_text),
    })),
    dates: doc.dates.map((d) => ({ ...at(d), value: orNull(d.value), value_end: orNull(d.value_end), modifier: orNull(d.modifier) })),
    organizations: doc.organizations.map(at),
    facts: doc.facts.map((f) => ({ ...f, value: asWritten(f.value), subject: orNull(f.subject), period: orNull(f.period), unit: orNull(f.unit) })),
  };
}

/** The bytes of `<id>.json`: deterministic for the same input. */
export function issueJsonText(json: IssueJson): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}
