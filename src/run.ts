import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { PipelineConfig } from './config.js';
import { emptyDoc } from './doc.js';
import { InputError } from './input-error.js';
import { dateFromFileName } from './issue-date.js';
import { collectInputs } from './inputs.js';
import { syncDirectory, TEMP_FILE, writeFileAtomic } from './output/atomic-write.js';
import { CSV_TABLES, tableCsv } from './output/csv.js';
import { issueJson, issueJsonText, type IssueJson } from './output/issue-json.js';
import { runPipeline } from './pipeline.js';
import { defaultJobs, moduleUrl, runPool } from './run/pool.js';
import { segmenterNamed } from './segmenter.js';
import type { Context } from './stage.js';

export interface RunOptions {
  inputs: string[];
  outDir: string;
  issueDate?: string;
  config: PipelineConfig;
  concurrency?: number;
  /** Called after each input, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export interface RunSummary {
  processed: string[];
  /** One line per failed input: `file: reason`. */
  errors: string[];
  notices: string[];
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

/** One issue file → its `<id>.json` record; bad input becomes an InputError. */
export function extractIssue(file: string, opts: Pick<RunOptions, 'issueDate' | 'config'>): IssueJson {
  const id = issueIdOf(file);
  const bytes = readInput(file, opts.config.max_file_bytes);
  const ctx: Context = { issueDate: issueDateFor(id, file, opts), segmenter: segmenterNamed(opts.config.segmenter) };
  return issueJson(runPipeline(emptyDoc(id, file, bytes), ctx));
}

export type IssueTaskOptions = Pick<RunOptions, 'outDir' | 'issueDate' | 'config'>;

/** What the run needs back from one issue (the records stay in its `<id>.json`). */
export interface IssueOutcome {
  file: string;
  /** The summary line of a failed input, or null. */
  error: string | null;
  empty: boolean;
}

/** One issue extracted and its `<id>.json` written, on whichever thread runs it; a failure is its one summary line. */
export function processIssue(file: string, opts: IssueTaskOptions): IssueOutcome {
  try {
    const json = extractIssue(file, opts);
    writeFileAtomic(join(opts.outDir, `${json.issue_id}.json`), issueJsonText(json));
    return { file, error: null, empty: json.articles.length === 0 };
  } catch (e) {
    // A bug must not cost the other issues their output either: report it in one line too.
    return { file, error: e instanceof InputError ? e.message : `${file}: internal error: ${(e as Error).message}`, empty: false };
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

/**
 * Inputs → pipeline per issue → `<id>.json` each, then the four CSVs over all
 * issues in input order, whatever the concurrency. A failing input costs only
 * its own output.
 */
export async function run(opts: RunOptions): Promise<RunSummary> {
  const { files, errors, notices } = collectInputs(opts.inputs);
  mkdirSync(opts.outDir, { recursive: true });
  removeStaleTempFiles(opts.outDir);
  const firstOfId = new Map<string, string>();
  for (const file of files) if (!firstOfId.has(issueIdOf(file))) firstOfId.set(issueIdOf(file), file);
  const unique = files.filter((file) => firstOfId.get(issueIdOf(file)) === file);
  const taskOpts: IssueTaskOptions = { outDir: opts.outDir, issueDate: opts.issueDate, config: opts.config };
  const outcomes = new Map((await runPool(unique, {
    jobs: opts.concurrency ?? opts.config.concurrency ?? defaultJobs(unique),
    worker: moduleUrl('./run/issue-worker.js', import.meta.url),
    workerData: taskOpts,
    inline: (file) => processIssue(file, taskOpts),
    onWorkerDeath: (file, reason) => ({ file, error: `${file}: internal error: ${reason}`, empty: false }),
    onDone: opts.onProgress,
  })).map((o) => [o.file, o]));
  const failures = files.map((file) => {
    const outcome = outcomes.get(file);
    return outcome ? outcome.error : `${file}: issue id "${issueIdOf(file)}" already used by ${firstOfId.get(issueIdOf(file))}`;
  });
  const written = files.filter((file, k) => outcomes.has(file) && failures[k] === null);
  const issues = written.map((file) => JSON.parse(readFileSync(join(opts.outDir, `${issueIdOf(file)}.json`), 'utf8')) as IssueJson);
  for (const table of CSV_TABLES) writeFileAtomic(join(opts.outDir, `${table}.csv`), tableCsv(table, issues));
  const allErrors = [...errors, ...failures.filter((f): f is string => f !== null)];
  writeFileAtomic(join(opts.outDir, 'errors.jsonl'), allErrors.map((message) => `${JSON.stringify({ message })}\n`).join(''));
  syncDirectory(opts.outDir);
  const emptyNotices = written.filter((file) => outcomes.get(file)!.empty).map((f) => `${f}: no text (empty or whitespace only); written with no records`);
  return { processed: issues.map((i) => i.source_file), errors: allErrors, notices: [...notices, ...emptyNotices] };
}
