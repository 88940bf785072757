/**
 * A worker entry for test/pool.test.ts: doubles a number; 3 kills the worker
 * thread when the pool's data is `'die at 3'`; the data `'broken'` makes the
 * worker fail as it starts, before it takes a task.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { serveTasks, type PoolWorkerData } from '../../src/run/pool.js';

const { data } = workerData as PoolWorkerData<string | null>;
if (data === 'broken') throw new Error('cannot start');
serveTasks(parentPort!, (n: number) => {
  if (n === 3 && data === 'die at 3') process.exit(7);
  return n * 2;
});
