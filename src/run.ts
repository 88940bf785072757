import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import pLimit from 'p-limit';
import type { PipelineConfig } from './config.js';
import { cleanOutDir, PIPELINE_VERSION, rebuildTables, writeRunRecord, type RunError } from './dataset.js';
import { DataFileError } from './data-file.js';
import { emptyDoc } from './doc.js';
import { InputError } from './input-error.js';
import { dateFromFileName } from './issue-date.js';
import { collectInputs } from './inputs.js';
import { TEMP_FILE, writeFileAtomic } from './output/atomic-write.js';
import { issueJson, issueJsonText, type IssueJson } from './output/issue-json.js';
import { runPipeline } from './pipeline.js';
import { guardRecords } from './record-guard.js';
import { jiebaSegmenter } from './segmenter.js';
import type { Context, StageError } from './stage.js';

export interface RunOptions {
  inputs: string[];
  outDir: string;
  issueDate?: string;
  config: PipelineConfig;
  concurrency?: number;
  /** Empty the output folder of earlier output first (`--clean`). */
  clean?: boolean;
  /** Called after each input, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export interface RunSummary {
  /** Source files whose `<id>.json` this run wrote. */
  processed: string[];
  errors: RunError[];
  notices: string[];
  /** Files and directories skipped while walking directories, one line each. */
  skipped: string[];
  /** Issues the rebuilt tables cover (this run's and those already in the folder); null: tables left as they were. */
  datasetIssues: number | null;
}

export function issueIdOf(file: string): string {
  return basename(file, extname(file));
}

function issueDateFor(id: string, file: string, opts: Pick<RunOptions, 'issueDate' | 'config'>): Context['issueDate'] {
  if (opts.issueDate) return { date: opts.issueDate, source: 'cli' };
  const configured = opts.config.issues[id]?.issue_date;
  if (configured) return { date: configured, source: 'config' };
  const named = dateFromFileName(basename(file));
  return named ? { date: named, source: 'filename' } : null;
}

function readInput(file: string, maxBytes: number): Uint8Array {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    throw new InputError(file, `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (size > maxBytes) throw new InputError(file, `too large (${size} bytes; max_file_bytes is ${maxBytes})`);
  try {
    return readFileSync(file);
  } catch (e) {
    throw new InputError(file, `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

export interface ExtractOptions extends Pick<RunOptions, 'issueDate' | 'config'> {
  /** Receives each isolated stage error; without it a stage exception fails the issue. */
  onStageError?: (e: StageError) => void;
}

/** One issue file → its `<id>.json` record; bad input becomes an InputError. */
export function extractIssue(file: string, opts: ExtractOptions): IssueJson {
  const id = issueIdOf(file);
  const bytes = readInput(file, opts.config.max_file_bytes);
  const ctx: Context = { issueDate: issueDateFor(id, file, opts), segmenter: jiebaSegmenter() };
  const json = issueJson(runPipeline(emptyDoc(id, file, bytes), ctx, undefined, opts.onStageError));
  if (!opts.onStageError) return json;
  const guarded = guardRecords(json);
  guarded.errors.forEach(opts.onStageError);
  return guarded.json;
}

export function stageErrorLine(file: string, e: StageError): string {
  const where = e.start === null ? 'its records are left out' : `at offset ${e.start}`;
  return `${file}: stage ${e.stage} failed (${where}): ${e.message}; the rest of the issue is written`;
}

/** What became of one input; plain data, so that a worker thread or process can send it back. */
export interface IssueOutcome {
  file: string;
  issueId: string;
  written: boolean;
  /** Written with no article (empty or whitespace-only text). */
  empty: boolean;
  errors: RunError[];
}

/** One input → `OUT/<id>.json`, every failure caught and returned as a line. */
export function processIssue(file: string, opts: Pick<RunOptions, 'issueDate' | 'config' | 'outDir'>): IssueOutcome {
  const errors: RunError[] = [];
  const outcome = { file, issueId: issueIdOf(file), errors };
  const onStageError = (e: StageError) => errors.push({ file, stage: e.stage, start: e.start, message: stageErrorLine(file, e) });
  try {
    const json = extractIssue(file, { ...opts, onStageError });
    writeFileAtomic(join(opts.outDir, `${json.issue_id}.json`), issueJsonText(json));
    return { ...outcome, written: true, empty: json.articles.length === 0 };
  } catch (e) {
    if (e instanceof DataFileError) throw e; // the whole run is wrong, not this input
    // A bug must not cost the other issues their output either: report it in one line too.
    const message = e instanceof InputError ? e.message : `${file}: internal error: ${(e as Error).message}`;
    return { file, issueId: outcome.issueId, written: false, empty: false, errors: [...errors, { file, message }] };
  }
}

/**
 * Temporary files of `writeFileAtomic` left by a run that was killed (their
 * process is gone) are removed, so a re-run leaves a clean directory.
 */
function removeStaleTempFiles(outDir: string): void {
  for (const name of readdirSync(outDir)) {
    const pid = TEMP_FILE.exec(name)?.[1];
    if (pid && !processIsAlive(Number(pid))) rmSync(join(outDir, name), { force: true });
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Inputs in order; a second file with an issue id already taken is refused. */
function withUniqueIds(files: string[]): { files: string[]; errors: RunError[] } {
  const firstOfId = new Map<string, string>();
  const errors: RunError[] = [];
  const unique = files.filter((file) => {
    const first = firstOfId.get(issueIdOf(file));
    if (first) errors.push({ file, message: new InputError(file, `issue id "${issueIdOf(file)}" already used by ${first}`).message });
    else firstOfId.set(issueIdOf(file), file);
    return !first;
  });
  return { files: unique, errors };
}

/**
 * Inputs → pipeline per issue → `<id>.json` each, then the run-level tables
 * rebuilt from every issue file in the folder (`dataset.ts`). A failing input
 * costs only its own output; a run that finds no input writes nothing.
 */
export async function run(opts: RunOptions): Promise<RunSummary> {
  const startedAt = new Date().toISOString();
  const collected = collectInputs(opts.inputs, [opts.outDir]);
  const inputErrors: RunError[] = collected.errors.map((e) => ({ file: e.file, message: e.message }));
  const { files, errors: duplicates } = withUniqueIds(collected.files);
  if (files.length === 0) return { processed: [], errors: [...inputErrors, ...duplicates], notices: [], skipped: collected.skipped, datasetIssues: null };

  mkdirSync(opts.outDir, { recursive: true });
  if (opts.clean) cleanOutDir(opts.outDir);
  removeStaleTempFiles(opts.outDir);
  const limit = pLimit(opts.concurrency ?? opts.config.concurrency);
  let done = 0;
  const outcomes = await Promise.all(files.map((file) => limit(async () => {
    const outcome = processIssue(file, opts);
    opts.onProgress?.(++done, files.length);
    return outcome;
  })));

  const { ids, refused } = rebuildTables(opts.outDir);
  const written = outcomes.filter((o) => o.written);
  const errors = [...inputErrors, ...duplicates, ...outcomes.flatMap((o) => o.errors), ...refused];
  writeRunRecord(opts.outDir, {
    pipeline_version: PIPELINE_VERSION,
    started_at: startedAt,
    finished_at: new Date().toISOString(),
    inputs: opts.inputs,
    issues: written.map((o) => o.issueId).sort(),
    counts: { inputs: files.length, written: written.length, failed: outcomes.length - written.length, dataset: ids.length },
    errors,
  }, errors);
  const notices = outcomes.filter((o) => o.empty).map((o) => `${o.file}: no text (empty or whitespace only); written with no records`);
  return { processed: written.map((o) => o.file), errors, notices, skipped: collected.skipped, datasetIssues: ids.length };
}
