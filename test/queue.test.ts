/**
 * Queue mode on a real Redis (issue 13): 40 issues and a bad one enqueued
 * twice, two workers, one SIGKILLed mid-run and a third started; every issue
 * is written once and complete, the merged CSVs are byte-identical to a local
 * run, the bad input ends in the failed set with its reason, and SIGTERM
 * stops a worker cleanly (at once, status 1, when its Redis has gone away). Needs `redis-server` (Debian package); outside CI
 * the test is skipped with a message when it is missing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { mergeTables, run } from '../src/run.js';
import type { Redis } from 'ioredis';
import { QUEUE_NAME, redisClient } from '../src/run/issue-job.js';
import { writeCutCorpus } from './helpers/corpus40.js';
import { hasRedis, startRedis } from './helpers/redis.js';
import { tempDir } from './helpers/temp.js';

const available = hasRedis();
if (!available && !process.env.CI) console.warn('queue tests skipped: redis-server not found (apt-get install redis-server)');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function startNode(script: string, args: string[]): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function until(what: string, ok: () => Promise<boolean> | boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

describe.skipIf(!available && !process.env.CI)('queue mode on BullMQ and a real Redis', () => {
  const root = tempDir('queue');
  const input = writeCutCorpus(join(root, 'in'), 40);
  const badDir = join(root, 'bad');
  const bad = join(badDir, 'photo-2024-03-01.txt');
  const out = join(root, 'out');
  const local = join(root, 'local');
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let queue: Queue;
  let connection: Redis;

  beforeAll(async () => {
    mkdirSync(badDir);
    writeFileSync(bad, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    redis = await startRedis(root);
    connection = redisClient(redis.url);
    queue = new Queue(QUEUE_NAME, { connection });
  }, 30_000);
  afterAll(async () => {
    await queue?.close();
    await connection?.quit();
    await redis?.stop();
  });

  it('enqueued twice, 2 workers, one SIGKILLed and one started: every issue once, same tables as a local run', async () => {
    const enqueue = () => startNode('src/run/enqueue.ts', [input, badDir, '--redis', redis.url]);
    const first = enqueue();
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('41 issue(s) submitted to queue "issues"; 41 new job(s)');
    const second = enqueue();
    expect(await second.exited).toBe(0);
    expect(second.output()).toContain('41 issue(s) submitted to queue "issues"; 0 new job(s)');

    const worker = () => startNode('src/run/queue.ts', ['--redis', redis.url, '--out', out, '--lock-ms', '5000']);
    const [w1, w2] = [worker(), worker()];
    const written = () => (existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.json')).length : 0);
    await until('a few issues written', () => written() >= 4, 30_000).catch((e: Error) => {
      throw new Error(`${e.message}\n${w1.output()}\n${w2.output()}`);
    });
    w1.child.kill('SIGKILL');
    await w1.exited;
    expect(written()).toBeLessThan(40); // killed mid-run
    const w3 = worker();
    await until('every job done', async () => {
      const counts = await queue.getJobCounts('completed', 'failed');
      return counts.completed! + counts.failed! === 41;
    }, 60_000);

    // SIGTERM while a worker still loads ends it at once (it holds no job yet); here both are running.
    await until('the third worker ready', () => w3.output().includes('worker: ready'), 30_000);
    w2.child.kill('SIGTERM');
    w3.child.kill('SIGTERM');
    expect(await w2.exited).toBe(0);
    expect(await w3.exited).toBe(0);
    expect(w2.output()).toContain('worker: stopping after the running job(s)');

    expect(await queue.getJobCounts('completed', 'failed', 'waiting', 'active', 'delayed')).toEqual({ completed: 40, failed: 1, waiting: 0, active: 0, delayed: 0 });
    const [failed] = await queue.getFailed();
    expect(failed!.data.file).toBe(bad);
    expect(failed!.failedReason).toBe(`${bad}: binary file (contains NUL bytes), not text`);
    expect(failed!.attemptsMade).toBe(1); // bad input is not retried

    expect(mergeTables(out)).toEqual({ issues: 40, errors: [] });
    await run({ inputs: [input, badDir], outDir: local, config: loadConfig(undefined) });
    const files = readdirSync(local).filter((f) => /\.(csv|parquet)$/.test(f) || (f.endsWith('.json') && !f.startsWith('run'))).sort();
    expect(files).toHaveLength(40 + 5 + 5); // issues, then five tables as CSV and as Parquet
    for (const f of files) expect(readFileSync(join(out, f)).equals(readFileSync(join(local, f))), f).toBe(true);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  }, 120_000);

  it('a worker told to stop after its Redis has gone away exits at once with status 1 and the reason', async () => {
    const own = await startRedis(root);
    const w = startNode('src/run/queue.ts', ['--redis', own.url, '--out', join(root, 'gone')]);
    await until('the worker ready', () => w.output().includes('worker: ready'), 30_000);
    await own.stop();
    // Told to stop once its client has seen the connection go (before that, the 10 s close grace ends it, also with status 1).
    await until('the lost connection noticed', () => w.output().includes('ECONNREFUSED'), 30_000);
    w.child.kill('SIGTERM');
    expect(await w.exited).toBe(1);
    expect(w.output()).toContain(`error: worker: Redis at ${own.url} is unreachable; stopping without a clean close`);
  }, 60_000);
});
