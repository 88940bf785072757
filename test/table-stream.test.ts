/**
 * The tables of a run are made from the issues the threads hand over, as
 * records or as the text of their files (`tableStream` in src/dataset.ts):
 * whatever order the issues finish in, and whether an issue is handed over,
 * dropped past the bound, or its file read back, the table files have the
 * bytes of a rebuild from the issue files.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rebuildTables, tableStream } from '../src/dataset.js';
import { emptyDoc, type Doc } from '../src/doc.js';
import { issueJson, issueJsonText } from '../src/output/issue-json.js';
import { runTables } from '../src/output/table-writers.js';
import type { IssueJson } from '../src/records.js';
import { tempDir } from './helpers/temp.js';

const sample = JSON.parse(readFileSync('test/fixtures/sample-issue.json', 'utf8')) as IssueJson;
const root = tempDir('table-stream');
const tables = runTables();
const ids = ['i1', 'i2', 'i3'];
/** Writing Parquet takes a second or more on a busy machine. */
const SLOW = 30_000;
const issueOf = (id: string): IssueJson => ({ ...sample, issue_id: id });

/** A folder holding the issue files of `ids`. */
function folder(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir);
  for (const id of ids) writeFileSync(join(dir, `${id}.json`), issueJsonText(issueOf(id)));
  return dir;
}

/** The table files of a folder, name → bytes. */
const tableFiles = (dir: string) => Object.fromEntries(readdirSync(dir).filter((f) => /\.(csv|parquet)$/.test(f)).sort().map((f) => [f, readFileSync(join(dir, f))]));

const rebuilt = folder('rebuilt');
rebuildTables(rebuilt, tables);

describe('tables from handed-over issues', () => {
  it('issues finishing in any order, as records or as text, give the bytes of a rebuild', () => {
    const dir = folder('reversed');
    const stream = tableStream(dir, tables, ids);
    for (const id of [...ids].reverse()) stream.ready(id, id === 'i2' ? issueJsonText(issueOf(id)) : issueOf(id));
    expect(stream.finish().ids).toEqual(ids);
    expect(Object.keys(tableFiles(rebuilt))).toHaveLength(10);
    expect(tableFiles(dir)).toEqual(tableFiles(rebuilt));
  }, SLOW);

  it('an issue handed over goes into the tables as it is: the file is not read back', () => {
    const dir = folder('handed');
    const stream = tableStream(dir, tables, ids);
    for (const id of ids) stream.ready(id, issueOf(id === 'i2' ? 'other' : id));
    stream.finish();
    expect(readFileSync(join(dir, 'articles.csv'), 'utf8')).toContain('\nother,');
  }, SLOW);

  it('past the bound, an issue waiting for an earlier one is dropped and its file read back', () => {
    const dir = folder('bounded');
    const stream = tableStream(dir, tables, ids, 0);
    // i3 and i2 wait for i1 and are dropped; i1 is added at once, as handed over.
    for (const id of ['i3', 'i2', 'i1']) stream.ready(id, issueOf(id === 'i1' ? 'i1' : 'other'));
    stream.finish();
    expect(tableFiles(dir)).toEqual(tableFiles(rebuilt));
  }, SLOW);

  it('an issue not handed over (unchanged, failed) is read back from its file', () => {
    const dir = folder('read-back');
    const stream = tableStream(dir, tables, ids);
    for (const id of ids) stream.ready(id, id === 'i3' ? undefined : issueOf(id));
    stream.finish();
    expect(tableFiles(dir)).toEqual(tableFiles(rebuilt));
  }, SLOW);
});

it("a record's part of the tables is that of its file read back, -0 included (JSON writes 0)", () => {
  const text = 'x'.repeat(40);
  const doc: Doc = {
    ...emptyDoc('zero', 'zero.txt', new TextEncoder().encode(text)), text, norm: text,
    quantities: [{ ...sample.quantities[0]!, start: 0, end: 3, value: -0, value_max: -0, unit: 'CNY', unit_text: '元' }],
    facts: [{ ...sample.facts[0]!, quantity_id: sample.quantities[0]!.id, value: -0, subject: '', period: '', unit: 'CNY' }],
  };
  const record = issueJson(doc);
  const [fromRecord, fromFile] = [join(root, 'record'), join(root, 'file')];
  for (const [dir, issue] of [[fromRecord, record], [fromFile, JSON.parse(issueJsonText(record)) as IssueJson]] as const) {
    mkdirSync(dir);
    const writer = tables.open(dir);
    writer.add(tables.partOf(issue));
    writer.finish();
  }
  expect(Object.keys(tableFiles(fromFile))).toHaveLength(10);
  expect(tableFiles(fromRecord)).toEqual(tableFiles(fromFile));
}, SLOW);
