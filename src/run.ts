import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import pLimit from 'p-limit';
import type { PipelineConfig } from './config.js';
import { emptyDoc } from './doc.js';
import { InputError } from './input-error.js';
import { dateFromFileName } from './issue-date.js';
import { collectInputs } from './inputs.js';
import { TEMP_FILE, writeFileAtomic } from './output/atomic-write.js';
import { issueJson, issueJsonText, type IssueJson } from './output/issue-json.js';
import { tableWriters, type OutputOptions } from './output/table-writers.js';
import { writeReviewPage } from './output/review-page.js';
import { runPipeline } from './pipeline.js';
import { jiebaSegmenter } from './segmenter.js';
import type { Context } from './stage.js';

export interface RunOptions {
  inputs: string[];
  outDir: string;
  issueDate?: string;
  config: PipelineConfig;
  concurrency?: number;
  /** Table formats and CSV options (default: every format, guarded CSV). */
  output?: OutputOptions;
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
  const ctx: Context = { issueDate: issueDateFor(id, file, opts), segmenter: jiebaSegmenter() };
  return issueJson(runPipeline(emptyDoc(id, file, bytes), ctx));
}

function processIssue(file: string, opts: RunOptions): IssueJson {
  const json = extractIssue(file, opts);
  writeFileAtomic(join(opts.outDir, `${json.issue_id}.json`), issueJsonText(json));
  if (opts.output?.html) writeReviewPage(json, opts.outDir);
  return json;
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
  const limit = pLimit(opts.concurrency ?? opts.config.concurrency);
  const firstOfId = new Map<string, string>();
  for (const file of files) if (!firstOfId.has(issueIdOf(file))) firstOfId.set(issueIdOf(file), file);
  const results: (IssueJson | null)[] = new Array(files.length).fill(null);
  const failures: (string | null)[] = new Array(files.length).fill(null);
  const empty: boolean[] = new Array(files.length).fill(false);
  let done = 0;
  await Promise.all(files.map((file, k) => limit(async () => {
    const id = issueIdOf(file);
    try {
      if (firstOfId.get(id) !== file) throw new InputError(file, `issue id "${id}" already used by ${firstOfId.get(id)}`);
      results[k] = processIssue(file, opts);
      empty[k] = results[k]!.articles.length === 0;
    } catch (e) {
      // A bug must not cost the other issues their output either: report it in one line too.
      failures[k] = e instanceof InputError ? e.message : `${file}: internal error: ${(e as Error).message}`;
    }
    opts.onProgress?.(++done, files.length);
  })));
  const issues = results.filter((r): r is IssueJson => r !== null);
  const writers = tableWriters(opts.outDir, opts.output);
  for (const issue of issues) for (const w of writers) w.add(issue);
  for (const w of writers) w.finish();
  const allErrors = [...errors, ...failures.filter((f): f is string => f !== null)];
  writeFileAtomic(join(opts.outDir, 'errors.jsonl'), allErrors.map((message) => `${JSON.stringify({ message })}\n`).join(''));
  const emptyNotices = files.filter((_, k) => empty[k]).map((f) => `${f}: no text (empty or whitespace only); written with no records`);
  return { processed: issues.map((i) => i.source_file), errors: allErrors, notices: [...notices, ...emptyNotices] };
}
