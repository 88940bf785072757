import { Command, InvalidArgumentError } from 'commander';
import { SingleBar } from 'cli-progress';
import { ConfigError, loadConfig } from './config.js';
import { dateFromFileName } from './issue-date.js';
import { run } from './run.js';

function issueDateOption(value: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? dateFromFileName(value) : null;
  if (!day) throw new InvalidArgumentError('expected a real date YYYY-MM-DD');
  return day;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
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
  .showHelpAfterError('(run with --help for usage)')
  // A usage error means the run could not start, like a config error: exit 2 (1 is for failed inputs).
  .exitOverride((e) => process.exit(e.exitCode === 0 ? 0 : 2));

async function main(): Promise<number> {
  program.parse();
  const opts = program.opts<{ out: string; issueDate?: string; config?: string; jobs?: number; concurrency?: number }>();
  const config = loadConfig(opts.config);
  const interactive = Boolean(process.stderr.isTTY) && !process.env.CI;
  const bar = interactive ? new SingleBar({ format: 'extract [{bar}] {value}/{total} issues', clearOnComplete: true }) : null;
  let started = false;
  const summary = await run({
    inputs: program.args.length ? program.args : ['corpus'],
    outDir: opts.out,
    issueDate: opts.issueDate,
    config,
    concurrency: opts.jobs ?? opts.concurrency,
    onProgress: (done, total) => {
      if (!bar) return;
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
      if (done === total) bar.stop();
    },
  });
  for (const line of summary.notices) console.error(`notice: ${line}`);
  for (const line of summary.errors) console.error(`error: ${line}`);
  console.error(`${summary.processed.length} issue(s) written to ${opts.out}/, ${summary.errors.length} failed`);
  return summary.errors.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof ConfigError) {
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
