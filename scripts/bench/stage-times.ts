import '../../src/run/v8-flags.js'; // compiled as in a run
import { emptyDoc, type Doc } from '../../src/doc.js';
import { CSV_TABLES, tableCsv } from '../../src/output/csv.js';
import { issueJson, issueJsonText, type IssueJson } from '../../src/output/issue-json.js';
import { STAGES } from '../../src/pipeline.js';
import type { Context } from '../../src/stage.js';

/**
 * One text through every stage, then the writers (to strings), adding each
 * stage's milliseconds to `times`; returns the issue record.
 */
export function timeStages(id: string, bytes: Uint8Array, ctx: Context, times: Record<string, number>): IssueJson {
  let doc: Doc = emptyDoc(id, `${id}.txt`, bytes);
  for (const stage of STAGES) {
    const t = performance.now();
    doc = stage.run(doc, ctx);
    times[stage.name] = (times[stage.name] ?? 0) + performance.now() - t;
  }
  const t = performance.now();
  const json = issueJson(doc);
  issueJsonText(json);
  for (const table of CSV_TABLES) tableCsv(table, [json]);
  times.write = (times.write ?? 0) + performance.now() - t;
  return json;
}
