import { tierUpFor } from './run/v8-flags.js';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { PipelineConfig } from './config.js';
import {
  cleanOutDir, isReservedId, issueIdsIn, rebuildTables, settingsSha256, shardErrors, tableStream, upToDateIssue,
  writeErrors, writeManifest, type HandedIssue, type Provenance, type RunError, type RunManifest,
} from './dataset.js';
import { DataFileError } from './data-file.js';
import { emptyDoc } from './doc.js';
import { InputError } from './input-error.js';
import { dateFromFileName } from './issue-date.js';
import { collectInputs, issueIdOf } from './inputs.js';
import { earlyWriteback, removeStaleTempFiles, syncDirectory, writeFileAtomic } from './output/atomic-write.js';
import { issueJson, issueJsonText, sourceSha256, withSettings, type IssueJson } from './output/issue-json.js';
import { runTables, type OutputOptions } from './output/table-writers.js';
import { writeReviewPage } from './output/review-page.js';
import { runPipeline } from './pipeline.js';
import { guardRecords } from './record-guard.js';
import { bundledWorkerEntry, defaultJobs, fileSize, moduleUrl, runPool } from './run/pool.js';
import { scriptLane } from './run/script-lane.js';
import { inShard, shardManifest, type Shard } from './run/shard.js';
import type { SegmentThread } from './segment-thread.js';
import { segmentationOf } from './segmentation.js';
import { segmenterNamed } from './segmenter.js';
import { PIPELINE_VERSION } from './version.js';
import type { Context, StageError } from './stage.js';

export interface RunOptions {
  inputs: string[];
  outDir: string;
  issueDate?: string;
  config: PipelineConfig;
  concurrency?: number;
  /** Empty the output folder of earlier output first (`--clean`). */
  clean?: boolean;
  /** Redo issues whose `<id>.json` is up to date (`--force`). */
  force?: boolean;
  /** Only this shard's issues; their JSON files and a shard record are written, not the tables (`--shard K/N`). */
  shard?: Shard;
  /** Table formats and CSV options (default: every format, guarded CSV). */
  output?: OutputOptions;
  /** Called after each input, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** The segmentation thread bin/extract.js started ahead for this run's backend (see segmentation.ts); the caller stops it. */
  segmentThread?: SegmentThread;
  /** The pool worker bin/extract.js started ahead (see segment-thread.ts), taken by the run's pool. */
  workerAhead?: Worker;
}

export interface RunSummary {
  /** Source files whose `<id>.json` this run wrote. */
  processed: string[];
  /** Source files skipped because their `<id>.json` was made from the same bytes, version and settings. */
  unchanged: string[];
  errors: RunError[];
  notices: string[];
  /** Files and directories skipped while walking directories, one line each. */
  skipped: string[];
  /** Issues the rebuilt tables cover (this run's and those already in the folder); null: tables not rebuilt. */
  datasetIssues: number | null;
  /** False when the run found no input (nothing was written). */
  ran: boolean;
}

export { issueIdOf };

/** An issue's date as a run takes it: the command line's, the config's for its id, else its file name's (null: inferred from the text). */
export function issueDateFor(id: string, file: string, opts: Pick<RunOptions, 'issueDate' | 'config'>): Context['issueDate'] {
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

/** `sha256`: of `bytes`, when the caller has it (see `issueJson`). */
function extractBytes(file: string, bytes: Uint8Array, opts: ExtractOptions, sha256?: string): IssueJson {
  const id = issueIdOf(file);
  const ctx: Context = { issueDate: issueDateFor(id, file, opts), segmenter: segmenterNamed(opts.config.segmenter) };
  const json = issueJson(runPipeline(emptyDoc(id, file, bytes), ctx, undefined, opts.onStageError), sha256);
  if (!opts.onStageError) return json;
  const guarded = guardRecords(json);
  guarded.errors.forEach(opts.onStageError);
  return guarded.json;
}

/** One issue file → its `<id>.json` record; bad input becomes an InputError. */
export function extractIssue(file: string, opts: ExtractOptions): IssueJson {
  return extractBytes(file, readInput(file, opts.config.max_file_bytes), opts);
}

/**
 * Load everything the first issue would otherwise load (segmenter dictionary,
 * English parser, vocabularies) by running the pipeline on a short text, so
 * that a worker's first job takes as long as any other.
 */
export function warmUp(config: PipelineConfig): void {
  const text = '新华社北京3月5日电 重庆市今年投入750亿元。\nAcme Corp said sales rose 5 percent in 2023.\n';
  const ctx: Context = { issueDate: null, segmenter: segmenterNamed(config.segmenter) };
  runPipeline(emptyDoc('warm-up', 'warm-up.txt', new TextEncoder().encode(text)), ctx);
}

export function stageErrorLine(file: string, e: StageError): string {
  const where = e.start === null ? 'its records are left out' : `at offset ${e.start}`;
  return `${file}: stage ${e.stage} failed (${where}): ${e.message}; the rest of the issue is written`;
}

/** What became of one input; plain data, so that a worker thread or process can send it back. */
export interface IssueOutcome {
  file: string;
  issueId: string;
  /** `failed`: bad input (retrying cannot help); `crashed`: an internal error (a retry may). */
  status: 'written' | 'unchanged' | 'failed' | 'crashed';
  /** Written with no article (empty or whitespace-only text). */
  empty: boolean;
  errors: RunError[];
  /** A written or unchanged issue for the run's tables, when the job asks for it (handed to the table stream, then dropped). */
  issue?: HandedIssue;
}

/** What `processIssue` needs besides the file: the settings hash is computed once per run. */
export interface IssueJob extends Pick<RunOptions, 'issueDate' | 'config' | 'outDir' | 'force'> {
  settingsSha256: string;
  /** Also write the issue's review page `<id>.html`. */
  html: boolean;
  /** The ids of the issue files in `outDir` when the run started: no other can be up to date (unset: every issue is looked for). */
  present?: ReadonlySet<string>;
  /**
   * A written or unchanged issue's outcome carries the issue for the run's tables: its
   * JSON text and the record itself (`record`, on the thread that builds the tables),
   * or its text alone (`text`, from a worker thread: sent far faster than the record).
   */
  handOver?: 'record' | 'text';
}

/** What an outcome carries for the run's tables (`IssueJob.handOver`): the issue file's text, and its record. */
function handed(job: IssueJob, record: IssueJson, text: string): Pick<IssueOutcome, 'issue'> {
  return job.handOver === 'record' ? { issue: { text, record } } : job.handOver === 'text' ? { issue: { text } } : {};
}

/**
 * One input → `OUT/<id>.json` stamped with its provenance, every failure
 * caught and returned as a line; an issue whose JSON is up to date is skipped.
 */
export function processIssue(file: string, job: IssueJob): IssueOutcome {
  const errors: RunError[] = [];
  const issueId = issueIdOf(file);
  const onStageError = (e: StageError) => errors.push({ file, stage: e.stage, start: e.start, message: stageErrorLine(file, e) });
  try {
    const bytes = readInput(file, job.config.max_file_bytes);
    const made: Provenance = { source_sha256: sourceSha256(bytes), pipeline_version: PIPELINE_VERSION, settings_sha256: job.settingsSha256 };
    const old = !job.force && (job.present?.has(issueId) ?? true) ? upToDateIssue(job.outDir, issueId, made) : null;
    if (old) return { file, issueId, status: 'unchanged', empty: false, errors, ...handed(job, old.issue, old.text) };
    const json = extractBytes(file, bytes, { ...job, onStageError }, made.source_sha256);
    const stamped = withSettings(json, job.settingsSha256);
    const text = issueJsonText(stamped);
    writeFileAtomic(join(job.outDir, `${issueId}.json`), text);
    if (job.html) writeReviewPage(stamped, job.outDir);
    return { file, issueId, status: 'written', empty: json.articles.length === 0, errors, ...handed(job, stamped, text) };
  } catch (e) {
    if (e instanceof DataFileError) throw e; // the whole run is wrong, not this input
    // A bug must not cost the other issues their output either: report it in one line too.
    if (e instanceof InputError) return { file, issueId, status: 'failed', empty: false, errors: [...errors, { file, message: e.message }] };
    const message = `${file}: internal error: ${(e as Error).message}`;
    return { file, issueId, status: 'crashed', empty: false, errors: [...errors, { file, message }] };
  }
}

/** Inputs in order; a second file with an issue id already taken is refused. */
function withUniqueIds(files: string[]): { files: string[]; errors: RunError[] } {
  const firstOfId = new Map<string, string>();
  const errors: RunError[] = [];
  const unique = files.filter((file) => {
    const id = issueIdOf(file);
    const first = firstOfId.get(id);
    const refusal = first ? `issue id "${id}" already used by ${first}` : isReservedId(id) ? `issue id "${id}" is reserved for the run record ${id}.json; rename the file` : null;
    if (refusal) errors.push({ file, message: new InputError(file, refusal).message });
    else firstOfId.set(id, file);
    return !refusal;
  });
  return { files: unique, errors };
}

/**
 * The worker threads' entry: from the bundled CLI the same bundle (with its
 * code cache, see bin/issue-worker.js), else the module beside this one.
 */
function workerEntry(): URL {
  return import.meta.url.endsWith('/cli.bundle.cjs') ? bundledWorkerEntry(import.meta.url) : moduleUrl('./run/issue-worker.js', import.meta.url);
}

/**
 * Inputs → pipeline per issue → `<id>.json` each; the run-level tables are
 * built from every issue file in the folder, in issue-id order, as the issues
 * are written (`tableStream` in `dataset.ts`). A failing input
 * costs only its own output; a run that finds no input writes nothing; a
 * shard run writes its issues and its record, and `mergeTables` makes the tables.
 */
export async function run(opts: RunOptions): Promise<RunSummary> {
  const startedAt = new Date().toISOString();
  const collected = collectInputs(opts.inputs, [opts.outDir]);
  const inputErrors: RunError[] = collected.errors.map((e) => ({ file: e.file, message: e.message }));
  const unique = withUniqueIds(collected.files);
  const files = opts.shard ? unique.files.filter((f) => inShard(issueIdOf(f), opts.shard!)) : unique.files;
  const nothing = { processed: [], unchanged: [], notices: [], skipped: collected.skipped, datasetIssues: null };
  if (files.length === 0) return { ...nothing, errors: [...inputErrors, ...unique.errors], ran: false };

  mkdirSync(opts.outDir, { recursive: true });
  if (opts.clean) cleanOutDir(opts.outDir);
  removeStaleTempFiles(opts.outDir);
  const job: IssueJob = {
    issueDate: opts.issueDate, config: opts.config, outDir: opts.outDir, force: opts.force, html: opts.output?.html ?? false,
    settingsSha256: settingsSha256(opts.config, opts.issueDate), present: new Set(issueIdsIn(opts.outDir)),
  };
  // The tables are written as the issues are, by this thread, between its other work, from the issues the threads hand over.
  const inlineJob: IssueJob = opts.shard ? job : { ...job, handOver: 'record' };
  const tables = opts.shard ? null : tableStream(opts.outDir, runTables(opts.output), files.map(issueIdOf));
  const lostWorkers: string[] = [];
  const wrote = earlyWriteback(opts.outDir);
  const jobs = Math.min(opts.concurrency ?? opts.config.concurrency ?? defaultJobs(files), files.length);
  tierUpFor(jobs);
  const lanes = jobs > 1 ? files.map(scriptLane) : [];
  const segmentation = segmentationOf(opts.config.segmenter, jobs, lanes, opts.segmentThread);
  const outcomes = await runPool(files, {
    jobs,
    worker: workerEntry(),
    workerData: opts.shard ? job : { ...job, handOver: 'text' },
    connect: segmentation.connect,
    ahead: opts.workerAhead,
    laneOf: (k) => lanes[k]!,
    sizeOf: (k) => fileSize(files[k]!),
    inline: (file) => processIssue(file, inlineJob),
    onWorkerDeath: (file, reason): IssueOutcome => ({
      file, issueId: issueIdOf(file), status: 'failed', empty: false, errors: [{ file, message: `${file}: internal error: ${reason}` }],
    }),
    onWorkerLost: (reason) => lostWorkers.push(`a worker thread failed (${reason}); the other threads took its issues`),
    onDone: (outcome, _file, done, total) => {
      if (outcome.status === 'written' && outcome.issue) wrote(outcome.issue.text.length);
      tables?.ready(outcome.issueId, outcome.issue);
      outcome.issue = undefined; // the outcomes are kept to the end of the run, the issues must not be (unset, not deleted: the object keeps its shape)
      opts.onProgress?.(done, total);
    },
  }).finally(segmentation.end);

  const made = tables?.finish();
  const errors = [...inputErrors, ...unique.errors, ...outcomes.flatMap((o) => o.errors), ...(made?.refused ?? [])];
  const of = (status: IssueOutcome['status']) => outcomes.filter((o) => o.status === status);
  const manifest: RunManifest = {
    pipeline_version: PIPELINE_VERSION,
    started_at: startedAt,
    finished_at: new Date().toISOString(),
    inputs: opts.inputs,
    issues: of('written').map((o) => o.issueId).sort(),
    counts: { inputs: files.length, written: of('written').length, unchanged: of('unchanged').length, failed: of('failed').length + of('crashed').length, dataset: made?.ids.length ?? 0 },
    errors,
  };
  if (opts.shard) writeManifest(opts.outDir, manifest, shardManifest(opts.shard));
  else {
    writeErrors(opts.outDir, errors);
    writeManifest(opts.outDir, manifest);
  }
  syncDirectory(opts.outDir);
  return {
    processed: of('written').map((o) => o.file),
    unchanged: of('unchanged').map((o) => o.file),
    errors,
    notices: [...lostWorkers, ...outcomes.filter((o) => o.empty).map((o) => `${o.file}: no text (empty or whitespace only); written with no records`)],
    skipped: collected.skipped,
    datasetIssues: made?.ids.length ?? null,
    ran: true,
  };
}

/**
 * `--merge OUT`: the tables rebuilt from the folder's issue files,
 * `errors.jsonl` from its shard records and refusals; temporary files of
 * writers that died (a killed worker) are removed. Durable at its end, as a run is.
 */
export function mergeTables(outDir: string, output?: OutputOptions): { issues: number; errors: RunError[] } {
  removeStaleTempFiles(outDir);
  const { ids, refused } = rebuildTables(outDir, runTables(output));
  const errors = [...shardErrors(outDir), ...refused];
  writeErrors(outDir, errors);
  syncDirectory(outDir);
  return { issues: ids.length, errors };
}
