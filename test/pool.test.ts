import { expect, it } from 'vitest';
import { runPool, type PoolOptions } from '../src/run/pool.js';

const options = (jobs: number): PoolOptions<number, number | string> => ({
  jobs,
  worker: new URL('./helpers/pool-worker.ts', import.meta.url),
  workerData: null,
  inline: (n) => n * 2,
  onWorkerDeath: (n, reason) => `task ${n}: ${reason}`,
});

it('returns results in task order on two workers; a worker that dies costs only its task', async () => {
  const done: number[] = [];
  const results = await runPool([1, 2, 3, 4, 5, 6], { ...options(2), onDone: (d) => done.push(d) });
  expect(results).toEqual([2, 4, 'task 3: worker exited with code 7', 8, 10, 12]);
  expect(done).toEqual([1, 2, 3, 4, 5, 6]);
}, 30_000);

it('runs on the calling thread with one job', async () => {
  expect(await runPool([1, 2, 3], options(1))).toEqual([2, 4, 6]);
});
