import { once } from 'node:events';
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { parentPort, Worker, workerData, type TransferListItem } from 'node:worker_threads';

/**
 * Input bytes per thread when neither `--jobs` nor the config sets a number:
 * a worker costs a start-up (its modules, its segmenter and vocabularies, and
 * the English parser on its first English sentence, ~0.5–1 s of CPU) that a
 * small run would not earn back.
 */
const BYTES_PER_WORKER = 256 * 1024;
/**
 * Input bytes of another lane a worker must find left to turn to it (see
 * `claimTask`). Turning costs the other language's segmenter or parser
 * (the jieba-rs dictionary: ≈ 0.2 s of CPU and ≈ 45 MB) and a second
 * compile of its code, and gains half of what is left; 1 MB of input is ≈ 2 s
 * of one thread's work. Measured on mixed ×16 with two threads (six runs
 * each): peak RSS 242–251 MB against 243–308 MB when the English thread took
 * the last Chinese issues too, the same wall and CPU time.
 */
const MIN_LANE_SWITCH_BYTES = 1 << 20;

/** Threads by default: one per core, fewer for a small run. */
export function defaultJobs(files: readonly string[]): number {
  const bytes = files.reduce((n, f) => n + fileSize(f), 0);
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(bytes / BYTES_PER_WORKER)));
}

/** A file's size in bytes (0 when it cannot be read: reported when the issue is read). */
export function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // reported when the issue is read
  }
}

/**
 * The URL of a module given by its `.js` path relative to `base`, with the
 * extension `base` itself has: `.js` in the compiled build, `.ts` under tsx.
 */
export function moduleUrl(relative: string, base: string): URL {
  const url = new URL(relative, base);
  return base.endsWith('.ts') ? new URL(url.href.replace(/\.js$/, '.ts')) : url;
}

/**
 * The order in which threads take the tasks: lane by lane (`order` holds
 * the task numbers of lane j from `starts[j]` to `starts[j + 1]`). Thread t
 * takes from lane t first (modulo the number of lanes), then from the next
 * lane, and so on; `claims[j]` counts the tasks taken from lane j. `rest[p]`
 * is the size of the tasks from position p to the end of p's lane: what is
 * left of the lane when p is its next task (0 with a single lane, never read then).
 */
export interface Lanes {
  order: Int32Array;
  starts: Int32Array;
  rest: Float64Array;
}

/** The lanes of `tasks` tasks, task k in lane `laneOf(k)` (0, 1…; none: one lane) and of size `sizeOf(k)` (none: 1). */
export function lanesOf(tasks: number, laneOf?: (k: number) => number, sizeOf?: (k: number) => number): Lanes {
  const of = Array.from({ length: tasks }, (_, k) => laneOf?.(k) ?? 0);
  const count = Math.max(1, ...of.map((j) => j + 1));
  const order = new Int32Array(tasks);
  const starts = new Int32Array(count + 1);
  for (const j of of) starts[j + 1]!++;
  for (let j = 0; j < count; j++) starts[j + 1]! += starts[j]!;
  const next = starts.slice(0, count);
  of.forEach((j, k) => (order[next[j]!++] = k));
  const rest = new Float64Array(tasks);
  // read only by a thread turning to another lane: with a single lane, no size is looked up (a stat per input file)
  if (count === 1) return { order, starts, rest };
  for (let j = 0; j < count; j++) {
    let left = 0;
    for (let p = starts[j + 1]! - 1; p >= starts[j]!; p--) rest[p] = left += sizeOf?.(order[p]!) ?? 1;
  }
  return { order, starts, rest };
}

/**
 * The next task for thread `thread`, or -1 when none is left for it. A lane
 * other than the thread's own is taken from only while at least `minSwitch`
 * of it is left: a thread that turns to another language loads its segmenter
 * or parser and compiles its code, which a short tail would not earn back.
 */
export function claimTask({ order, starts, rest }: Lanes, claims: Int32Array, thread: number, minSwitch = 0): number {
  const count = starts.length - 1;
  for (let step = 0; step < count; step++) {
    const lane = (thread + step) % count;
    const next = starts[lane]! + Atomics.load(claims, lane);
    if (step > 0 && next < starts[lane + 1]! && rest[next]! < minSwitch) continue;
    const at = starts[lane]! + Atomics.add(claims, lane, 1);
    if (at < starts[lane + 1]!) return order[at]!;
  }
  return -1;
}

/**
 * What a worker of the pool is given at start: the caller's data and link,
 * every task, and the shared counters through which it claims them
 * (see `Lanes`; `claims[slot]`: the task this worker is on, -1 none).
 */
export interface PoolWorkerData<D, L = undefined> {
  data: D;
  link: L;
  tasks: readonly unknown[];
  lanes: Lanes;
  /** See `claimTask`. */
  minSwitch: number;
  claims: Int32Array;
  thread: number;
  slot: number;
}

export interface WorkerLink {
  link: unknown;
  transfer: TransferListItem[];
  close(): void;
}

export interface PoolOptions<T, R> {
  /** Threads that run tasks at once; 1 (or one task) runs every task on the calling thread, no worker started. */
  jobs: number;
  /** The worker entry (see `serveTasks`), as a URL next to the caller. */
  worker: URL;
  /** Given to every worker at start (structured-cloned), as `workerData.data`. */
  workerData: unknown;
  /** Per worker: what it gets as `workerData.link` (the objects of `transfer` are moved to it); closed when it ends. */
  connect?: () => WorkerLink;
  /**
   * Lanes of tasks (k: task number), so that a thread keeps to tasks of one
   * kind while there are any (see `Lanes`); none: one lane, in task order.
   */
  laneOf?: (k: number) => number;
  /**
   * Input bytes of task k: then a worker turns to another lane only while
   * `MIN_LANE_SWITCH_BYTES` of it is left (the calling thread takes every
   * one left, so none waits for a thread that failed).
   */
  sizeOf?: (k: number) => number;
  /** The same work as the worker's, on the calling thread. */
  inline: (task: T) => R;
  /** What a task whose worker died (crash, out of memory) returns instead. */
  onWorkerDeath: (task: T, reason: string) => R;
  /** Told when a worker ends in error holding no task (it failed at start-up): the other threads took its share. */
  onWorkerLost?: (reason: string) => void;
  /** Called as each task ends, in completion order, on the calling thread. */
  onDone?: (result: R, task: T, done: number, total: number) => void;
  /** A worker of `worker` started ahead (`startWorkerAhead`): the pool's first worker, or stopped when the pool needs none. */
  ahead?: Worker;
}

/**
 * A worker's young generation (two semi-spaces of 4 MB and as much for large
 * objects), where V8 would let it grow to 48 MB: a thread's objects of one
 * issue fit, and each thread is its own isolate with its own young
 * generation. Measured on mixed ×16 with two threads (and v8-flags.ts): peak
 * RSS 258 against 288–348 MB.
 */
const YOUNG_GENERATION_MB = 12;

/**
 * A module under src/ is run by the compiled build as `.js`; under tsx or
 * vitest it is a `.ts` file, which a worker can only load through tsx's
 * loader, registered first by a small bootstrap.
 */
export function startWorker(entry: URL, data: unknown, transferList: TransferListItem[]): Worker {
  const options = { workerData: data, transferList, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } };
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/** The pool worker's entry when the run is the bundled build (bin/issue-worker.js), from the URL of a module under dist/. */
export const bundledWorkerEntry = (distModule: string): URL => new URL('../bin/issue-worker.js', distModule);

/** The `workerData` of a worker started ahead: its pool data comes as its first message. */
const AHEAD = 'pool data to come';

/**
 * A worker started before its pool exists (while the caller still loads and
 * reads its inputs): it loads its modules meanwhile, then waits for its data
 * (`poolWorkerData`). It does not keep the process alive until a pool takes it.
 */
export function startWorkerAhead(entry: URL): Worker {
  const worker = startWorker(entry, AHEAD, []);
  worker.unref();
  return worker;
}

/** A worker started ahead, given its pool data now; it keeps the process alive from here on, as the pool's other workers do. */
function adopted(worker: Worker, data: unknown, transferList: TransferListItem[]): Worker {
  worker.ref();
  worker.postMessage(data, transferList);
  return worker;
}

/** In a worker entry: what the pool gave this worker (at its start, or as its first message when started ahead). */
export async function poolWorkerData<D, L = undefined>(): Promise<PoolWorkerData<D, L>> {
  if (workerData !== AHEAD) return workerData as PoolWorkerData<D, L>;
  const [data] = (await once(parentPort!, 'message')) as [PoolWorkerData<D, L>];
  return data;
}

/** A worker's message: the result of task `k`. */
interface Finished<R> {
  k: number;
  result: R;
}

/**
 * Run every task on up to `jobs` threads; results come back in task order.
 * Each thread claims the next task from shared counters as it finishes the
 * last (from its own lane first, see `Lanes`), so a busy calling thread never
 * leaves a worker waiting for work.
 * Workers keep their own state and return only small results; a worker that
 * dies costs its one task, and a new worker takes the remaining ones.
 */
export async function runPool<T, R>(tasks: readonly T[], opts: PoolOptions<T, R>): Promise<R[]> {
  const results: R[] = new Array(tasks.length);
  const finished = new Uint8Array(tasks.length);
  let done = 0;
  const finish = (k: number, result: R) => {
    if (finished[k]) return;
    finished[k] = 1;
    results[k] = result;
    opts.onDone?.(result, tasks[k]!, ++done, tasks.length);
  };
  const threads = Math.max(1, Math.min(opts.jobs, tasks.length));
  const workers = threads - 1; // the calling thread is one of the threads
  const lanes = lanesOf(tasks.length, threads > 1 ? opts.laneOf : undefined, opts.sizeOf);
  const minSwitch = opts.sizeOf ? MIN_LANE_SWITCH_BYTES : 0;
  const laneCount = lanes.starts.length - 1;
  const claims = new Int32Array(new SharedArrayBuffer(4 * (laneCount + workers)));
  const claim = (): number => claimTask(lanes, claims, 0);
  const left = (): boolean => lanes.starts.slice(1).some((end, j) => lanes.starts[j]! + Atomics.load(claims, j) < end);

  let ahead = workers > 0 ? opts.ahead : undefined; // the first worker served, if given
  const live = new Set<Worker>();
  let running = 0;
  let lastError = '';
  let settle: () => void = () => {};
  const allExited = new Promise<void>((resolve) => (settle = resolve));
  const serve = (thread: number): void => {
    const link = opts.connect?.();
    const slot = laneCount + thread - 1;
    claims[slot] = -1;
    const data = { data: opts.workerData, link: link?.link, tasks, lanes, minSwitch, claims, thread, slot };
    const worker = ahead ? adopted(ahead, data, link?.transfer ?? []) : startWorker(opts.worker, data, link?.transfer ?? []);
    ahead = undefined;
    live.add(worker);
    running++;
    let error = '';
    worker.on('message', (m: Finished<R>) => finish(m.k, m.result));
    worker.on('error', (e) => (error = e.message));
    worker.on('exit', (code) => {
      live.delete(worker);
      link?.close();
      const k = Atomics.load(claims, slot);
      if (error || code !== 0) lastError = error || `worker exited with code ${code}`;
      if ((error || code !== 0) && (k < 0 || finished[k])) opts.onWorkerLost?.(lastError);
      if (k >= 0 && !finished[k]) {
        finish(k, opts.onWorkerDeath(tasks[k]!, lastError));
        if (left()) serve(thread); // a replacement takes the remaining tasks
      }
      if (--running === 0) settle();
    });
  };
  if (workers === 0) void opts.ahead?.terminate();
  for (let w = 1; w <= workers; w++) serve(w);
  try {
    for (let k = claim(); k >= 0; k = claim()) {
      finish(k, opts.inline(tasks[k]!));
      if (workers > 0) await nextTurn(); // take the workers' results meanwhile
    }
  } catch (e) {
    // The whole run is wrong (inline throws only then): the workers stop too.
    for (let j = 0; j < laneCount; j++) Atomics.store(claims, j, tasks.length);
    await Promise.all([...live].map((w) => w.terminate()));
    throw e;
  }
  if (workers > 0) await allExited;
  return results;
}

/**
 * In a worker entry: claim tasks one after another and post each result back,
 * until none is left; the thread then ends.
 */
export function serveTasks<T, R>(port: { postMessage(m: Finished<R>): void }, data: PoolWorkerData<unknown, unknown>, work: (task: T) => R): void {
  const { tasks, lanes, minSwitch, claims, thread, slot } = data;
  for (let k = claimTask(lanes, claims, thread, minSwitch); k >= 0; k = claimTask(lanes, claims, thread, minSwitch)) {
    Atomics.store(claims, slot, k);
    port.postMessage({ k, result: work(tasks[k] as T) });
    Atomics.store(claims, slot, -1);
  }
}
