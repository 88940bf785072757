import { Command, InvalidArgumentError } from 'commander';
import { SingleBar } from 'cli-progress';
import { ConfigError, loadConfig } from './config.js';
import { dateFromFileName } from './issue-date.js';
import { FORMATS, type Format } from './output/table-writers.js';
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
  .option('--concurrency <n>', 'issues processed at once (overrides the config)', positiveInt)
  .option('--format <list>', `table formats, comma-separated (${FORMATS.join(',')})`, formatList)
  .option('--csv-guard <on|off>', 'prefix formula-like CSV text cells with an apostrophe (for spreadsheets)', onOff, true)
  .option('--excel', 'start each CSV with a UTF-8 BOM so Excel reads Chinese correctly')
  .option('--html', 'also write each issue\'s review page OUT/<id>.html')
  .showHelpAfterError('(run with --help for usage)')
  // A usage error means the run could not start, like a config error: exit 2 (1 is for failed inputs).
  .exitOverride((e) => process.exit(e.exitCode === 0 ? 0 : 2));

async function main(): Promise<number> {
  program.parse();
  const opts = program.opts<{
    out: string; issueDate?: string; config?: string; concurrency?: number; format?: Format[]; csvGuard: boolean; excel?: boolean; html?: boolean;
  }>();
  const config = loadConfig(opts.config);
  const interactive = Boolean(process.stderr.isTTY) && !process.env.CI;
  const bar = interactive ? new SingleBar({ format: 'extract [{bar}] {value}/{total} issues', clearOnComplete: true }) : null;
  let started = false;
  const summary = await run({
    inputs: program.args.length ? program.args : ['corpus'],
    outDir: opts.out,
    issueDate: opts.issueDate,
    config,
    concurrency: opts.concurrency,
    output: { formats: opts.format, csvGuard: opts.csvGuard, excel: opts.excel, html: opts.html },
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
