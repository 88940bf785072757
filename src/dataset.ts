/**
 * The output folder as a dataset: the per-issue `<id>.json` files are the
 * truth; the run-level tables are rebuilt from them (read one at a time, in
 * issue-id order, so memory stays flat) and replaced atomically, and
 * `run.json` records what the last run did. See docs/robustness.md.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PipelineConfig } from './config.js';
import { dataFileUrl } from './data-file.js';
import { writeFileAtomic, TEMP_FILE } from './output/atomic-write.js';
import type { IssueJson } from './records.js';
import type { IssueTables, RunTables } from './output/table-writers.js';

/**
 * An issue a thread hands to the tables: the text of its `<id>.json`, and
 * its record when the thread has it (its own issue: no parse then).
 */
export interface HandedIssue {
  text: string;
  record?: IssueJson;
}

export const MANIFEST_FILE = 'run.json';
/** `run.json` and the shard records `run.shard-K-of-N.json`: never issue files. */
const MANIFEST_NAME = /^run(\.shard-\d+-of-\d+)?\.json$/;
/** Issue ids an input may not take: their JSON would be a run record. */
export const isReservedId = (id: string): boolean => MANIFEST_NAME.test(`${id}.json`);
export const ERRORS_FILE = 'errors.jsonl';


/** One failure of a run, as printed (`message`) and as logged in `errors.jsonl`. */
export interface RunError {
  file: string;
  /** For a stage error: the stage and the code-point offset of the sentence (null: the whole issue). */
  stage?: string;
  start?: number | null;
  message: string;
}

/** The ids of the `<id>.json` files of the folder, sorted (code-unit order, the same on every machine). */
export function issueIdsIn(outDir: string): string[] {
  return readdirSync(outDir)
    .filter((name) => name.endsWith('.json') && !MANIFEST_NAME.test(name) && !name.startsWith('.'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort(byCodeUnit);
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const RECORD_LISTS = ['articles', 'quantities', 'dates', 'organizations', 'facts'] as const;

/** Why a parsed file is not an issue record of this folder, or null when it is one. */
function notAnIssue(raw: unknown, id: string): string | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'not a JSON object';
  const record = raw as Record<string, unknown>;
  if (record.issue_id !== id) return `its issue_id ${JSON.stringify(record.issue_id)} is not the file name "${id}"`;
  const missing = RECORD_LISTS.filter((key) => !Array.isArray(record[key]));
  return missing.length ? `no ${missing.join(', ')} list` : null;
}

/** The issue record `<id>.json` of the folder; a file that is not one throws with the reason. */
export function readIssue(outDir: string, id: string): IssueJson {
  return readIssueFile(outDir, id).issue;
}

/** `readIssue`, with the text of the file. */
function readIssueFile(outDir: string, id: string): { issue: IssueJson; text: string } {
  let text: string;
  let raw: unknown;
  try {
    text = readFileSync(join(outDir, `${id}.json`), 'utf8');
    raw = JSON.parse(text);
  } catch (e) {
    throw Object.assign(new Error(`not valid JSON (${(e as Error).message.split('\n')[0]})`), { missing: (e as NodeJS.ErrnoException).code === 'ENOENT' });
  }
  const problem = notAnIssue(raw, id);
  if (problem) throw new Error(problem);
  return { issue: raw as IssueJson, text };
}

/** The tables' issues so far: those added, and the files refused (not issue records), in issue-id order. */
export interface TablesMade {
  ids: string[];
  refused: RunError[];
}

/**
 * Characters of issue files handed over ahead of their turn (`ready`) that a
 * table stream keeps, as text (a record is not kept: its text is parsed at its
 * turn); past them an issue is dropped and its file read back at its turn, so
 * memory stays bounded however far the threads run ahead (a thread on one
 * language's issues while the other has the earlier ids). Reading a file
 * back costs little more than parsing the text held. Rows made at once cost
 * more than their text (the 576 English issues of mixed ×16: 3.6 M
 * characters, 6 MB of rows), and were held up to 50,000 rows (≈ 24 MB).
 */
const HELD_CHARS = 2 << 20;

/**
 * The run-level tables built while a run goes: the issue files of the folder
 * are added in issue-id order, each as soon as every issue before it is final
 * (`ready`), so memory stays flat. An issue this run wrote or found up to
 * date comes from the thread that ran it (its record, or its file's text from
 * a worker), its rows made at its turn; any other issue file (one already in the
 * folder, one dropped: see `HELD_CHARS`) is read back. `expected` are the ids this run writes; the folder's other
 * issue files are final from the start. A JSON file that is not an issue
 * record is refused (reported, left out); an expected id with no file (its
 * input failed) is passed over. `finish` adds the rest and commits the
 * tables; if the folder's issue files are then not the ones added (changed
 * during the run), the tables are rebuilt from the folder as it is. A
 * writer's error aborts them all and is thrown by `finish`.
 */
export function tableStream(outDir: string, tables: RunTables, expected: readonly string[], heldChars = HELD_CHARS) {
  const pending = new Set(expected);
  const held = new Map<string, HandedIssue>();
  let holding = 0;
  let order = [...new Set([...issueIdsIn(outDir), ...expected])].sort(byCodeUnit);
  let open = tables.open(outDir);
  let made: TablesMade = { ids: [], refused: [] };
  /** The ids whose file was there, added or refused. */
  let present: string[] = [];
  let at = 0;
  let failure: unknown;
  const readBack = (id: string): IssueTables | null => {
    const file = join(outDir, `${id}.json`);
    try {
      return tables.partOf(readIssue(outDir, id));
    } catch (e) {
      if ((e as { missing?: boolean }).missing) return null;
      made.refused.push({ file, message: `${file}: not an issue record, left out of the tables: ${(e as Error).message}` });
      present.push(id);
      return null;
    }
  };
  const add = (id: string): void => {
    const issue = held.get(id);
    if (issue) {
      held.delete(id);
      holding -= issue.text.length;
    }
    const part = issue ? tables.partOf(issue.record ?? (JSON.parse(issue.text) as IssueJson)) : readBack(id);
    if (!part) return;
    open.add(part);
    made.ids.push(id);
    present.push(id);
  };
  const guarded = (step: () => void): void => {
    if (failure !== undefined) return;
    try {
      step();
    } catch (e) {
      failure = e;
      open.abort();
    }
  };
  const advance = () => guarded(() => {
    while (at < order.length && !pending.has(order[at]!)) add(order[at++]!);
  });
  return {
    /**
     * The issue `id` of this run is final in the folder (written, unchanged,
     * or failed); `issue`: what its file holds, when this run wrote it or read it to find it unchanged.
     */
    ready(id: string, issue?: HandedIssue): void {
      if (issue && pending.has(id)) {
        held.set(id, issue);
        holding += issue.text.length;
      }
      pending.delete(id);
      advance();
      const waiting = held.get(id); // still waiting for an earlier issue: its text kept, or read back at its turn
      if (!waiting) return;
      if (holding > heldChars) {
        held.delete(id);
        holding -= waiting.text.length;
      } else if (waiting.record) held.set(id, { text: waiting.text });
    },
    finish(): TablesMade {
      pending.clear();
      advance();
      const now = issueIdsIn(outDir);
      if (failure === undefined && now.join('\n') !== present.join('\n')) {
        open.abort();
        held.clear();
        holding = 0;
        [open, made, present, order, at] = [tables.open(outDir), { ids: [], refused: [] }, [], now, 0];
        advance();
      }
      guarded(() => open.finish());
      if (failure !== undefined) throw failure;
      return made;
    },
  };
}

/**
 * Rebuild the run-level tables from the issue files present in `outDir` (see
 * `tableStream`); the tables then cover exactly the issues listed in `ids`.
 */
export function rebuildTables(outDir: string, tables: RunTables): TablesMade {
  return tableStream(outDir, tables, []).finish();
}

/**
 * What an `<id>.json` was made from: the source bytes, the pipeline version
 * and the settings (config, issue date option, every file under data/). A
 * re-run skips an issue whose record matches.
 */
export interface Provenance {
  source_sha256: string;
  pipeline_version: string;
  settings_sha256: string;
}


/**
 * The hash of everything besides the source that decides an issue's output:
 * the issue dates of the config and of `--issue-date`, the segmenter, and every file under
 * data/. Settings that change only how a run goes (`concurrency`,
 * `max_file_bytes`, `$schema`) are left out.
 */
export function settingsSha256(config: PipelineConfig, issueDate: string | undefined): string {
  const hash = createHash('sha256').update(JSON.stringify({ issues: config.issues, segmenter: config.segmenter, issueDate: issueDate ?? null }));
  const dataDir = fileURLToPath(dataFileUrl('.'));
  const files = (readdirSync(dataDir, { recursive: true }) as string[]).filter((f) => statSync(join(dataDir, f)).isFile()).sort();
  for (const file of files) hash.update(`\0${file}\0`).update(readFileSync(join(dataDir, file)));
  return hash.digest('hex');
}

/**
 * `OUT/<id>.json` (its record and text) when it exists and was made from
 * exactly this source, version and settings; else null.
 */
export function upToDateIssue(outDir: string, id: string, made: Provenance): { issue: IssueJson; text: string } | null {
  let file: { issue: IssueJson; text: string };
  try {
    file = readIssueFile(outDir, id);
  } catch {
    return null;
  }
  const was = file.issue as Partial<Provenance>;
  return was.source_sha256 === made.source_sha256 && was.pipeline_version === made.pipeline_version && was.settings_sha256 === made.settings_sha256 ? file : null;
}

/** What `run.json` records about the last run that wrote the folder. */
export interface RunManifest {
  pipeline_version: string;
  started_at: string;
  finished_at: string;
  inputs: string[];
  /** Issues written by this run, in issue-id order. */
  issues: string[];
  counts: Record<string, number>;
  errors: RunError[];
}

export function writeErrors(outDir: string, errors: RunError[]): void {
  writeFileAtomic(join(outDir, ERRORS_FILE), errors.map((e) => `${JSON.stringify(e)}\n`).join(''));
}

export function writeManifest(outDir: string, manifest: RunManifest, name = MANIFEST_FILE): void {
  writeFileAtomic(join(outDir, name), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** The errors recorded by the shard runs of the folder (`run.shard-K-of-N.json`), for `--merge`. */
export function shardErrors(outDir: string): RunError[] {
  return readdirSync(outDir).filter((name) => name !== MANIFEST_FILE && MANIFEST_NAME.test(name)).sort()
    .flatMap((name) => (JSON.parse(readFileSync(join(outDir, name), 'utf8')) as RunManifest).errors);
}

/** Files the pipeline writes into an output folder; `--clean` removes these and nothing else. */
const OUTPUT_FILE = /\.(json|jsonl|csv|parquet|html)$/;

/** `--clean`: the folder emptied of every output file (other files and subfolders are left alone). */
export function cleanOutDir(outDir: string): void {
  if (!existsSync(outDir)) return;
  for (const name of readdirSync(outDir)) {
    const path = join(outDir, name);
    if ((OUTPUT_FILE.test(name) || TEMP_FILE.test(name)) && statSync(path).isFile()) rmSync(path);
  }
}
