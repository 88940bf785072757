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
import { rebuildTables, tableStream, type HandedIssue } from '../src/dataset.js';
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
/** An issue as the calling thread hands it over (text and record), or as a worker does (`text` alone). */
const handed = (issue: IssueJson, text = false): HandedIssue => (text ? { text: issueJsonText(issue) } : { text: issueJsonText(issue), record: issue });

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
    for (const id of [...ids].reverse()) stream.ready(id, handed(issueOf(id), id === 'i2'));
    expect(stream.finish().ids).toEqual(ids);
    expect(Object.keys(tableFiles(rebuilt))).toHaveLength(10);
    expect(tableFiles(dir)).toEqual(tableFiles(rebuilt));
  }, SLOW);

  it('an issue handed over goes into the tables as it is: the file is not read back', () => {
    const dir = folder('handed');
    const stream = tableStream(dir, tables, ids);
    for (const id of ids) stream.ready(id, handed(issueOf(id === 'i2' ? 'other' : id)));
    stream.finish();
    expect(readFileSync(join(dir, 'articles.csv'), 'utf8')).toContain('\nother,');
  }, SLOW);

  it('within the bound, an issue waiting for an earlier one is kept as the text handed over: the file is not read back', () => {
    const dir = folder('held');
    const stream = tableStream(dir, tables, ids);
    // i3 and i2 wait for i1; the record handed over with i2 is not kept, its text is.
    stream.ready('i3', handed(issueOf('other3'), true));
    stream.ready('i2', { text: issueJsonText(issueOf('other2')), record: issueOf('record2') });
    stream.ready('i1', handed(issueOf('i1')));
    stream.finish();
    const articles = readFileSync(join(dir, 'articles.csv'), 'utf8');
    expect(articles).toContain('\nother2,');
    expect(articles).toContain('\nother3,');
    expect(articles).not.toContain('\nrecord2,');
  }, SLOW);

  it('past the bound, an issue waiting for an earlier one is dropped and its file read back', () => {
    const dir = folder('bounded');
    const stream = tableStream(dir, tables, ids, 0);
    // i3 and i2 wait for i1 and are dropped; i1 is added at once, as handed over.
    for (const id of ['i3', 'i2', 'i1']) stream.ready(id, handed(issueOf(id === 'i1' ? 'i1' : 'other')));
    stream.finish();
    expect(tableFiles(dir)).toEqual(tableFiles(rebuilt));
  }, SLOW);

  it('an issue not handed over (unchanged, failed) is read back from its file', () => {
    const dir = folder('read-back');
    const stream = tableStream(dir, tables, ids);
    for (const id of ids) stream.ready(id, id === 'i3' ? undefined : handed(issueOf(id)));
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
