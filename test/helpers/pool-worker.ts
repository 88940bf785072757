/** A worker entry for test/pool.test.ts: doubles a number; 3 kills the worker thread. */
import { parentPort } from 'node:worker_threads';
import { serveTasks } from '../../src/run/pool.js';

serveTasks(parentPort!, (n: number) => {
  if (n === 3) process.exit(7);
  return n * 2;
});
