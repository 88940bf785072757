import { inferIssueDate } from '../dates/infer.js';
import type { Stage } from '../stage.js';

/**
 * The issue date, in SPEC order: `--issue-date`, the config entry, the file
 * name (all resolved by the runner into `ctx.issueDate`), else inference from
 * the text; `none` when nothing tells.
 */
export const issueDateStage: Stage = {
  name: 'issue-date',
  run: (doc, ctx) => {
    if (ctx.issueDate) return { ...doc, issueDate: ctx.issueDate.date, issueDateSource: ctx.issueDate.source };
    const inferred = inferIssueDate(doc.norm);
    return { ...doc, issueDate: inferred, issueDateSource: inferred ? 'text' : 'none' };
  },
};
