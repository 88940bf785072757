import { once } from 'node:events';
import { expect, it } from 'vitest';
import { claimTask, lanesOf, runPool, startWorkerAhead, type PoolOptions, type WorkerLink } from '../src/run/pool.js';

const options = (jobs: number, data: string | { dieAt3: Int32Array } | null): PoolOptions<number, number | string> => ({
  jobs,
  worker: new URL('./helpers/pool-worker.ts', import.meta.url),
  workerData: data,
  inline: (n) => n * 2,
  onWorkerDeath: (n, reason) => `task ${n}: ${reason}`,
});

/** A link per worker, counted. */
function counting(): { connect: () => WorkerLink; opened: () => number; closed: () => number } {
  let [opened, closed] = [0, 0];
  const connect = (): WorkerLink => {
    opened++;
    return { link: null, transfer: [], close: () => closed++ };
  };
  return { connect, opened: () => opened, closed: () => closed };
}

it('returns results in task order on two threads; a worker that dies costs only its task, and its link is closed', async () => {
  const done: number[] = [];
  const links = counting();
  const dieAt3 = new Int32Array(new SharedArrayBuffer(4));
  // Task 3 alone in the worker's lane; the calling thread holds on to its first task until the worker has died on task 3.
  const inline = (n: number) => {
    if (n === 1) Atomics.wait(dieAt3, 0, 0, 20_000);
    return n * 2;
  };
  const results = await runPool([1, 2, 3, 4, 5, 6], {
    ...options(2, { dieAt3 }), laneOf: (k) => (k === 2 ? 1 : 0), connect: links.connect, inline, onDone: (_r, _t, d) => done.push(d),
  });
  expect(results).toEqual([2, 4, 'task 3: worker exited with code 7', 8, 10, 12]);
  expect(done).toEqual([1, 2, 3, 4, 5, 6]);
  expect(links.opened()).toBeGreaterThanOrEqual(1);
  expect(links.closed()).toBe(links.opened());
}, 30_000);

it('with the calling thread as one of two threads: every task run once, results in task order', async () => {
  const tasks = Array.from({ length: 40 }, (_, k) => k + 10);
  const seen: number[] = [];
  const results = await runPool(tasks, { ...options(2, null), onDone: (_r, task) => seen.push(task) });
  expect(results).toEqual(tasks.map((n) => n * 2));
  expect(seen.sort((a, b) => a - b)).toEqual(tasks);
}, 30_000);

it('a worker that fails at start-up is reported, its link closed, and its share run by the calling thread', async () => {
  const lost: string[] = [];
  const links = counting();
  const results = await runPool([1, 2, 3, 4], { ...options(2, 'broken'), connect: links.connect, onWorkerLost: (reason) => lost.push(reason) });
  expect(results).toEqual([2, 4, 6, 8]);
  expect(lost).toEqual(['cannot start']);
  expect([links.opened(), links.closed()]).toEqual([1, 1]);
}, 30_000);

it('stops its workers and fails when a task of the calling thread throws (the whole run is wrong)', async () => {
  const inline = (n: number) => {
    if (n === 1) throw new Error('broken data file');
    return n * 2;
  };
  // The calling thread claims task 1 before any worker has started.
  await expect(runPool([1, 2, 3, 4], { ...options(2, null), inline })).rejects.toThrow('broken data file');
}, 30_000);

it('a worker started ahead gets its data from the pool and takes tasks; with one job it is stopped', async () => {
  const worker = new URL('./helpers/pool-worker.ts', import.meta.url);
  const ahead = startWorkerAhead(worker);
  const aheadEnds = once(ahead, 'exit');
  const never = new Int32Array(new SharedArrayBuffer(4));
  // The calling thread holds its first task while the worker (the one started ahead, or none) takes the others.
  const inline = (n: number) => (n === 1 && Atomics.wait(never, 0, 0, 3_000), `inline ${n}`);
  const results = await runPool([1, 2, 3, 4, 5, 6], { ...options(2, null), inline, ahead });
  expect(results[0]).toBe('inline 1');
  expect(results.slice(1).filter((r) => typeof r === 'number').length).toBeGreaterThan(0);
  await aheadEnds; // it ran the pool's tasks and ended; a worker waiting for data would never end

  const unused = startWorkerAhead(worker);
  const unusedEnds = once(unused, 'exit');
  expect(await runPool([1, 2, 3], { ...options(1, null), ahead: unused })).toEqual([2, 4, 6]);
  await unusedEnds;
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

it('a thread turns to another lane only while at least the minimum of it is left, counted in task sizes', () => {
  const sizes = [5, 1, 1, 5, 1, 5, 1]; // lane 0: tasks 1 2 4 6 (sizes 1 1 1 1); lane 1: tasks 0 3 5 (5 5 5)
  const lanes = lanesOf(7, (k) => (sizes[k] === 5 ? 1 : 0), (k) => sizes[k]!);
  expect([...lanes.rest]).toEqual([4, 3, 2, 1, 15, 10, 5]);
  const claims = new Int32Array(2);
  expect(claimTask(lanes, claims, 0, 3)).toBe(1); // its own lane, whatever is left
  expect([claimTask(lanes, claims, 1, 3), claimTask(lanes, claims, 1, 3), claimTask(lanes, claims, 1, 3)]).toEqual([0, 3, 5]);
  expect(claimTask(lanes, claims, 1, 3)).toBe(2); // 3 of lane 0 left: still enough
  expect(claimTask(lanes, claims, 1, 3)).toBe(-1); // 2 left: not worth turning to
  expect([claimTask(lanes, claims, 0, 3), claimTask(lanes, claims, 0, 3), claimTask(lanes, claims, 0, 3)]).toEqual([4, 6, -1]);
});

it('a worker leaves a short tail of another lane to the calling thread, and every task still runs once', async () => {
  const tasks = Array.from({ length: 12 }, (_, k) => k);
  const onMain: number[] = [];
  const results = await runPool(tasks, {
    ...options(2, null), laneOf: (k) => (k < 10 ? 0 : 1), sizeOf: () => 1, // lane 0 far below the minimum: the worker keeps to lane 1
    inline: (n: number) => {
      onMain.push(n);
      return n * 2;
    },
  });
  expect(results).toEqual(tasks.map((n) => n * 2));
  expect(onMain.filter((n) => n < 10)).toEqual(tasks.slice(0, 10));
}, 30_000);

it('with lanes, every task is run once and the results come in task order', async () => {
  const tasks = Array.from({ length: 40 }, (_, k) => k + 10);
  const results = await runPool(tasks, { ...options(2, null), laneOf: (k) => tasks[k]! % 3 === 0 ? 1 : 0 });
  expect(results).toEqual(tasks.map((n) => n * 2));
}, 30_000);
