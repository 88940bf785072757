/**
 * A worker entry for test/pool.test.ts: doubles a number; 3 kills the worker
 * thread when the pool's data is `{ dieAt3 }` (raising that flag first, for
 * the calling thread waiting on it); the data `'broken'` makes the worker
 * fail as it starts, before it takes a task.
 */
import { parentPort } from 'node:worker_threads';
import { poolWorkerData, serveTasks } from '../../src/run/pool.js';

const pool = await poolWorkerData<string | { dieAt3: Int32Array } | null>();
const { data } = pool;
if (data === 'broken') throw new Error('cannot start');
serveTasks(parentPort!, pool, (n: number) => {
  if (n === 3 && typeof data === 'object' && data) {
    Atomics.store(data.dieAt3, 0, 1);
    Atomics.notify(data.dieAt3, 0);
    process.exit(7);
  }
  return n * 2;
});
