import type { Doc, Span } from '../doc.js';
import { codePointOffsets } from './code-points.js';

/** The `<id>.json` object of SPEC §4, offsets in code points, keys in a fixed order. */
export function issueJson(doc: Doc) {
  const cp = codePointOffsets(doc.text);
  const at = <T extends Span>(r: T): T => ({ ...r, start: cp(r.start), end: cp(r.end) });
  return {
    issue_id: doc.issueId,
    source_file: doc.sourceFile,
    encoding: doc.encoding,
    issue_date: doc.issueDate,
    issue_date_source: doc.issueDateSource,
    articles: doc.articles.map((a) => ({
      id: a.id, title: a.title, alt_titles: a.alt_titles, start: cp(a.start), end: cp(a.end), lang: a.lang,
      segments: a.segments.map(([s, e]) => [cp(s), cp(e)]), dateline: a.dateline,
    })),
    quantities: doc.quantities.map(at),
    dates: doc.dates.map(at),
    organizations: doc.organizations.map(at),
    facts: doc.facts,
  };
}

export type IssueJson = ReturnType<typeof issueJson>;

/** The bytes of `<id>.json`: deterministic for the same input. */
export function issueJsonText(json: IssueJson): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}
