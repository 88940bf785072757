import { expect, it } from 'vitest';
import { claimTask, lanesOf, runPool, type PoolOptions, type WorkerLink } from '../src/run/pool.js';

const options = (jobs: number, data: string | null): PoolOptions<number, number | string> => ({
  jobs,
  worker: new URL('./helpers/pool-worker.ts', import.meta.url),
  workerData: data,
  inline: (n) => n * 2,
  onWorkerDeath: (n, reason) => `task ${n}: ${reason}`,
});

/** A link per worker, counted: with one, the calling thread only serves the workers and runs no task. */
function counting(): { connect: () => WorkerLink; opened: () => number; closed: () => number } {
  let [opened, closed] = [0, 0];
  const connect = (): WorkerLink => {
    opened++;
    return { link: null, transfer: [], close: () => closed++ };
  };
  return { connect, opened: () => opened, closed: () => closed };
}

it('returns results in task order on two workers; a worker that dies costs only its task', async () => {
  const done: number[] = [];
  const links = counting();
  const inline = () => {
    throw new Error('the calling thread serves the links; it runs no task');
  };
  const results = await runPool([1, 2, 3, 4, 5, 6], { ...options(2, 'die at 3'), connect: links.connect, inline, onDone: (_r, _t, d) => done.push(d) });
  expect(results).toEqual([2, 4, 'task 3: worker exited with code 7', 8, 10, 12]);
  expect(done).toEqual([1, 2, 3, 4, 5, 6]);
  expect(links.opened()).toBeGreaterThanOrEqual(2);
  expect(links.closed()).toBe(links.opened());
}, 30_000);

it('with the calling thread as one of two threads: every task run once, results in task order', async () => {
  const tasks = Array.from({ length: 40 }, (_, k) => k + 10);
  const seen: number[] = [];
  const results = await runPool(tasks, { ...options(2, null), onDone: (_r, task) => seen.push(task) });
  expect(results).toEqual(tasks.map((n) => n * 2));
  expect(seen.sort((a, b) => a - b)).toEqual(tasks);
}, 30_000);

it('gives the tasks of workers that fail at start-up the death result, without retrying for ever', async () => {
  const links = counting();
  const results = await runPool([1, 2, 3], { ...options(2, 'broken'), connect: links.connect });
  expect(results).toEqual([1, 2, 3].map((n) => `task ${n}: cannot start`));
  expect(links.opened()).toBe(2);
}, 30_000);

it('with the calling thread working, a worker that fails at start-up is reported and its share run by the calling thread', async () => {
  const lost: string[] = [];
  const results = await runPool([1, 2, 3, 4], { ...options(2, 'broken'), onWorkerLost: (reason) => lost.push(reason) });
  expect(results).toEqual([2, 4, 6, 8]);
  expect(lost).toEqual(['cannot start']);
}, 30_000);

it('stops its workers and fails when a task of the calling thread throws (the whole run is wrong)', async () => {
  const inline = (n: number) => {
    if (n === 1) throw new Error('broken data file');
    return n * 2;
  };
  // The calling thread claims task 1 before any worker has started.
  await expect(runPool([1, 2, 3, 4], { ...options(2, null), inline })).rejects.toThrow('broken data file');
}, 30_000);

it('runs on the calling thread with one job', async () => {
  expect(await runPool([1, 2, 3], options(1, null))).toEqual([2, 4, 6]);
});

it('a thread takes the tasks of its own lane first, in task order, then those of the other lanes', () => {
  const lanes = lanesOf(7, (k) => (k % 3 === 0 ? 1 : 0)); // lane 0: 1 2 4 5; lane 1: 0 3 6
  const claims = new Int32Array(2);
  const taken = (thread: number, n: number) => Array.from({ length: n }, () => claimTask(lanes, claims, thread));
  expect(taken(1, 2)).toEqual([0, 3]);
  expect(taken(0, 3)).toEqual([1, 2, 4]);
  expect(taken(1, 3)).toEqual([6, 5, -1]);
  expect(taken(0, 1)).toEqual([-1]);
  const one = lanesOf(3); // without lanes: every thread takes the next task
  const counter = new Int32Array(1);
  expect([1, 0, 1, 0].map((thread) => claimTask(one, counter, thread))).toEqual([0, 1, 2, -1]);
});

it('with lanes, every task is run once and the results come in task order', async () => {
  const tasks = Array.from({ length: 40 }, (_, k) => k + 10);
  const results = await runPool(tasks, { ...options(2, null), laneOf: (k) => tasks[k]! % 3 === 0 ? 1 : 0 });
  expect(results).toEqual(tasks.map((n) => n * 2));
}, 30_000);
