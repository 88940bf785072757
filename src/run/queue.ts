/**
 * `npm run worker -- --redis URL --out DIR [--concurrency N]`: a BullMQ
 * worker that processes issue jobs with the same `processIssue` as a local
 * run. Bad input fails the job at once with its one-line reason; an internal
 * error is retried with back-off (`JOB_OPTIONS`); SIGTERM lets the running
 * jobs finish, then exits (at once, with status 1, when Redis has gone away);
 * the job of a worker killed outright is taken up again by another
 * (stalled-job recovery). The tables are made by `npm run extract -- --merge DIR`.
 */
import { mkdirSync } from 'node:fs';
import { Command } from 'commander';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { positiveInt } from '../cli-options.js';
import { loadConfig } from '../config.js';
import { removeStaleTempFiles } from '../output/atomic-write.js';
import type { IssueJob, IssueOutcome } from '../run.js';
import { QUEUE_NAME, redisClient, type IssueJobData } from './issue-job.js';

const program = new Command()
  .name('worker')
  .requiredOption('--redis <url>', 'Redis URL (redis://host:port/db)')
  .requiredOption('--out <dir>', 'output directory (shared by every worker)')
  .option('--config <file>', 'configuration file (default: pipeline.config.json when present)')
  .option('--queue <name>', 'queue name', QUEUE_NAME)
  .option('--concurrency <n>', 'jobs processed at once by this worker', positiveInt, 1)
  .option('--lock-ms <ms>', 'how long a job stays locked without a heartbeat before another worker may take it; more than the slowest issue takes', positiveInt, 30_000)
  .exitOverride((e) => process.exit(e.exitCode === 0 ? 0 : 2));

interface WorkerOptions { redis: string; out: string; config?: string; queue: string; concurrency: number; lockMs: number }

/** One job: the issue written, or the job failed — at once for bad input, with retries for a bug. */
function processor(spec: IssueJob, processIssue: typeof import('../run.js').processIssue) {
  return async (job: Job<IssueJobData>): Promise<IssueOutcome> => {
    const outcome = processIssue(job.data.file, spec);
    if (outcome.status === 'written' || outcome.status === 'unchanged') return outcome;
    const reason = outcome.errors.map((e) => e.message).join('; ');
    throw outcome.status === 'crashed' ? new Error(reason) : new UnrecoverableError(reason);
  };
}

/** How long a stopping worker waits for Redis to take its last results (Redis may go away meanwhile). */
const CLOSE_GRACE_MS = 10_000;

/** SIGTERM before the worker exists (the pipeline still loading) stops at once; after, once the running jobs are done. */
let stop: () => void = () => process.exit(0);
process.once('SIGTERM', () => stop());
process.once('SIGINT', () => stop());

async function main(): Promise<void> {
  program.parse();
  const opts = program.opts<WorkerOptions>();
  const config = loadConfig(opts.config);
  mkdirSync(opts.out, { recursive: true });
  // Imported here, after the signal handlers are in place: loading the pipeline takes a while.
  const { processIssue, warmUp } = await import('../run.js');
  removeStaleTempFiles(opts.out); // left by a worker of this machine that was killed mid-write
  warmUp(config); // a job must not hold the event loop longer than its lock: no dictionary loading inside the first one
  const { settingsSha256 } = await import('../dataset.js');
  const spec: IssueJob = { config, outDir: opts.out, html: false, settingsSha256: settingsSha256(config, undefined) };
  const connection = redisClient(opts.redis);
  const worker = new Worker<IssueJobData, IssueOutcome>(opts.queue, processor(spec, processIssue), {
    connection,
    concurrency: opts.concurrency,
    lockDuration: opts.lockMs,
    stalledInterval: Math.max(500, opts.lockMs / 2),
    maxStalledCount: 2,
  });
  worker.on('failed', (_job, e) => console.error(`error: ${e.message}`));
  worker.on('error', (e) => console.error(`error: worker: ${e.message}`));
  stop = () => {
    // A job runs synchronously, so none is half-done here: closing only hands the last results to Redis.
    if (connection.status !== 'ready') {
      console.error(`error: worker: Redis at ${opts.redis} is unreachable; stopping without a clean close (jobs it still holds are taken up again by another worker)`);
      process.exit(1);
    }
    console.error('worker: stopping after the running job(s)');
    setTimeout(() => {
      console.error(`error: worker: Redis did not confirm the close within ${CLOSE_GRACE_MS / 1000} s; exiting`);
      process.exit(1);
    }, CLOSE_GRACE_MS).unref();
    worker.close().then(() => connection.quit()).then(() => process.exit(0), () => process.exit(1));
  };
  await worker.waitUntilReady();
  console.error(`worker: ready on queue "${opts.queue}" (concurrency ${opts.concurrency}), writing to ${opts.out}/`);
}

main().catch((e: unknown) => {
  console.error(`error: ${(e as Error).message}`);
  process.exit(2);
});
