import type { Doc } from '../doc.js';
import { inferIssueDate } from '../dates/infer.js';
import type { Stage } from '../stage.js';

/** The latest wire dateline day (`BUCHAREST 1996-08-30`, read by the articles stage): wire copy is issued the day it is filed. */
function latestWireDateline(doc: Doc): string | null {
  return doc.articles.map((a) => a.dateline).filter((d): d is string => d !== null).sort().at(-1) ?? null;
}

/**
 * The issue date, in SPEC order: `--issue-date`, the config entry, the file
 * name (all resolved by the runner into `ctx.issueDate`), else inference from
 * the text, else the latest wire dateline; `none` when nothing tells.
 */
export const issueDateStage: Stage = {
  name: 'issue-date',
  run: (doc, ctx) => {
    if (ctx.issueDate) return { ...doc, issueDate: ctx.issueDate.date, issueDateSource: ctx.issueDate.source };
    const inferred = inferIssueDate(doc.norm) ?? latestWireDateline(doc);
    return { ...doc, issueDate: inferred, issueDateSource: inferred ? 'text' : 'none' };
  },
};
