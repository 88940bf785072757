/**
 * `npm run enqueue -- FILE_OR_DIR... --redis URL`: one BullMQ job per issue
 * file, id = issue id + content hash (enqueueing the same file twice adds
 * nothing; an edited file is a new job).
 */
import { Command } from 'commander';
import { Queue } from 'bullmq';
import { collectInputs } from '../inputs.js';
import { issueJob, JOB_OPTIONS, QUEUE_NAME, redisClient } from './issue-job.js';

const program = new Command()
  .name('enqueue')
  .argument('<inputs...>', 'issue files or directories of .txt files')
  .requiredOption('--redis <url>', 'Redis URL (redis://host:port/db)')
  .option('--queue <name>', 'queue name', QUEUE_NAME)
  .exitOverride((e) => process.exit(e.exitCode === 0 ? 0 : 2));

async function main(): Promise<number> {
  program.parse();
  const opts = program.opts<{ redis: string; queue: string }>();
  const { files, errors } = collectInputs(program.args);
  for (const e of errors) console.error(`error: ${e.message}`);
  const connection = redisClient(opts.redis);
  const queue = new Queue(opts.queue, { connection });
  try {
    const total = () => queue.getJobCountByTypes('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized');
    const before = await total();
    await queue.addBulk(files.map(issueJob).map((j) => ({ name: 'issue', data: j.data, opts: { ...JOB_OPTIONS, jobId: j.id } })));
    console.error(`${files.length} issue(s) submitted to queue "${opts.queue}"; ${(await total()) - before} new job(s), the others were already there`);
  } finally {
    await queue.close();
    await connection.quit();
  }
  return errors.length ? 1 : 0;
}

main().then((code) => process.exit(code), (e: unknown) => {
  console.error(`error: ${(e as Error).message}`);
  process.exit(2);
});
