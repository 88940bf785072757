import { existsSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { SingleBar } from 'cli-progress';
import { positiveInt } from './cli-options.js';
import { ConfigError, loadConfig, type PipelineConfig } from './config.js';
import { z } from 'zod';
import { DataFileError, describeZodIssues } from './data-file.js';
import { dateFromFileName } from './issue-date.js';
import { FORMATS, type Format } from './output/table-writers.js';
import { parseShard, type Shard } from './run/shard.js';
import { takeThreadStartedAhead, takeWorkerStartedAhead, type SegmentThread } from './segment-thread.js';
import type { RunSummary } from './run.js';

function issueDateOption(value: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? dateFromFileName(value) : null;
  if (!day) throw new InvalidArgumentError('expected a real date YYYY-MM-DD');
  return day;
}

function shardOption(value: string): Shard {
  const shard = parseShard(value);
  if (!shard) throw new InvalidArgumentError('expected K/N with 1 ≤ K ≤ N (e.g. 2/8)');
  return shard;
}

/** Our options that npm takes for its own when the `--` is forgotten (`npm run extract --out results`). */
const OPTIONS_NPM_SWALLOWS = ['out', 'clean', 'issue_date', 'jobs', 'concurrency', 'config', 'shard', 'merge', 'format', 'csv_guard', 'excel', 'html'];

/** A usage error: one line, exit 2, nothing run. */
class UsageError extends Error {}

function checkNpmDidNotSwallowOptions(): void {
  if (!process.env.npm_lifecycle_event) return;
  const taken = OPTIONS_NPM_SWALLOWS.filter((name) => process.env[`npm_config_${name}`] !== undefined);
  if (taken.length) {
    const flag = `--${taken[0]!.replace('_', '-')}`;
    throw new UsageError(`npm took ${flag} as its own option, so the pipeline never saw it; write \`npm run ${process.env.npm_lifecycle_event} -- ${flag} …\` (nothing was run)`);
  }
}

function formatList(value: string): Format[] {
  const formats = value.split(',').map((f) => f.trim());
  const unknown = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (unknown.length) throw new InvalidArgumentError(`unknown format ${unknown.join(', ')} (expected ${FORMATS.join(', ')})`);
  return formats as Format[];
}

function onOff(value: string): boolean {
  if (value !== 'on' && value !== 'off') throw new InvalidArgumentError('expected on or off');
  return value === 'on';
}

const program = new Command()
  .name('extract')
  .description('Extract quantities, dates, organizations and facts from newspaper issues (zh/en).')
  .argument('[inputs...]', 'issue files or directories of .txt files', ['corpus'])
  .option('--out <dir>', 'output directory', 'output')
  .option('--issue-date <date>', 'issue date for every input (YYYY-MM-DD)', issueDateOption)
  .option('--config <file>', 'configuration file (default: pipeline.config.json when present)')
  .option('--jobs <n>', 'worker threads, issues processed at once (default: the config, else one per CPU core)', positiveInt)
  .option('--concurrency <n>', 'alias of --jobs', positiveInt)
  .option('--clean', 'empty the output folder of earlier output before the run')
  .option('--verbose', 'list every file skipped while walking directories')
  .option('--force', 'redo issues whose output is up to date (same source, pipeline version and settings)')
  .option('--shard <K/N>', 'process only shard K of N (split by a hash of the issue id); tables are made by --merge', shardOption)
  .option('--merge <dir>', 'only rebuild the tables of an output folder from its issue files')
  .option('--format <list>', `table formats, comma-separated (${FORMATS.join(',')})`, formatList)
  .option('--csv-guard <on|off>', 'prefix formula-like CSV text cells with an apostrophe (for spreadsheets)', onOff, true)
  .option('--excel', 'start each CSV with a UTF-8 BOM so Excel reads Chinese correctly')
  .option('--html', 'also write each issue\'s review page OUT/<id>.html')
  .showHelpAfterError('(run with --help for usage)')
  // A usage error means the run could not start, like a config error: exit 2 (1 is for failed inputs).
  .exitOverride((e) => process.exit(e.exitCode === 0 ? 0 : 2));

interface CliOptions {
  out: string; issueDate?: string; config?: string; jobs?: number; concurrency?: number; clean?: boolean; verbose?: boolean;
  force?: boolean; shard?: Shard; merge?: string; format?: Format[]; csvGuard: boolean; excel?: boolean; html?: boolean;
}

function progressBar(): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY || process.env.CI) return undefined;
  const bar = new SingleBar({ format: 'extract [{bar}] {value}/{total} issues', clearOnComplete: true });
  let started = false;
  return (done, total) => {
    if (!started) bar.start(total, 0);
    started = true;
    bar.update(done);
    if (done === total) bar.stop();
  };
}

function report(summary: RunSummary, opts: CliOptions): void {
  if (opts.verbose) for (const line of summary.skipped) console.error(`notice: ${line}`);
  else if (summary.skipped.length) console.error(`notice: ${summary.skipped.length} path(s) skipped in the input folders (not .txt, node_modules, .git, the output folder…); --verbose lists them`);
  for (const line of summary.notices) console.error(`notice: ${line}`);
  for (const e of summary.errors) console.error(`error: ${e.message}`);
  if (!summary.ran) {
    console.error(`no input to process: ${opts.out}/ left as it was`);
    return;
  }
  const failed = new Set(summary.errors.map((e) => e.file)).size;
  const unchanged = summary.unchanged.length ? ` (${summary.unchanged.length} unchanged, skipped)` : '';
  const tables = opts.shard
    ? `shard ${opts.shard.index}/${opts.shard.count}; make the tables with --merge ${opts.out} when every shard is done`
    : `the tables cover ${summary.datasetIssues} issue(s)`;
  console.error(`${summary.processed.length} issue(s) written to ${opts.out}/${unchanged}, ${failed} with errors; ${tables}`);
}

/**
 * The segmentation thread bin/extract.js started (segment-thread.ts), its
 * dictionary built meanwhile, when the run is to segment with that backend
 * (the run then tags through it); else the thread is stopped.
 */
function threadStartedAhead(config: PipelineConfig, opts: CliOptions): SegmentThread | undefined {
  const thread = takeThreadStartedAhead();
  if (thread && !opts.merge && thread.name === config.segmenter) return thread;
  void thread?.stop();
  return undefined;
}

async function main(): Promise<number> {
  program.parse();
  const opts = program.opts<CliOptions>();
  checkNpmDidNotSwallowOptions();
  const config = loadConfig(opts.config);
  const segmentThread = threadStartedAhead(config, opts);
  // Imported here, not above: a broken data file then fails inside main(), as one line.
  const { run, mergeTables } = await import('./run.js').catch((e: unknown) => {
    throw e instanceof z.ZodError ? new DataFileError('data/', 'a vocabulary file', describeZodIssues(e.issues)) : e;
  });
  const output = { formats: opts.format, csvGuard: opts.csvGuard, excel: opts.excel, html: opts.html };
  if (opts.merge) {
    if (program.args.length) throw new UsageError('--merge rebuilds the tables of a folder: give it no inputs');
    if (!existsSync(opts.merge)) throw new UsageError(`${opts.merge}: no such output folder`);
    const merged = mergeTables(opts.merge, output);
    for (const e of merged.errors) console.error(`error: ${e.message}`);
    console.error(`tables of ${opts.merge}/ rebuilt: ${merged.issues} issue(s)`);
    return merged.errors.length ? 1 : 0;
  }
  const summary = await run({
    inputs: program.args.length ? program.args : ['corpus'],
    outDir: opts.out,
    issueDate: opts.issueDate,
    config,
    concurrency: opts.jobs ?? opts.concurrency,
    clean: opts.clean,
    force: opts.force,
    shard: opts.shard,
    output,
    onProgress: progressBar(),
    segmentThread,
    workerAhead: takeWorkerStartedAhead(),
  });
  report(summary, opts);
  return summary.errors.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof ConfigError || e instanceof DataFileError || e instanceof UsageError) {
      console.error(`error: ${e.message}`);
      process.exit(2);
    }
    const io = e as NodeJS.ErrnoException;
    if (io.code && io.path) {
      // The output directory or a run-wide file cannot be written (ENOTDIR, EACCES, ENOSPC…): one line, exit 2.
      console.error(`error: ${io.path}: cannot write output (${io.code})`);
      process.exit(2);
    }
    throw e;
  },
);
