import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, type TransferListItem } from 'node:worker_threads';

/**
 * Input bytes per worker thread when neither `--jobs` nor the config sets a
 * number: a worker costs a start-up (its modules and vocabularies, and the
 * English parser on its first English sentence) that a small run would not earn back.
 */
const BYTES_PER_WORKER = 256 * 1024;

/** Worker threads by default: one per core, fewer for a small run. */
export function defaultJobs(files: readonly string[]): number {
  const bytes = files.reduce((n, f) => n + sizeOf(f), 0);
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(bytes / BYTES_PER_WORKER)));
}

function sizeOf(file: string): number {
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

/** What a worker of the pool is given at start. */
export interface PoolWorkerData<D, L = undefined> {
  data: D;
  link: L;
}

export interface WorkerLink {
  link: unknown;
  transfer: TransferListItem[];
  close(): void;
}

export interface PoolOptions<T, R> {
  /** Threads at most; 1 runs every task on the calling thread, no worker started. */
  jobs: number;
  /** The worker entry (see `serveTasks`), as a URL next to the caller. */
  worker: URL;
  /** Given to every worker at start (structured-cloned), as `workerData.data`. */
  workerData: unknown;
  /** Per worker: what it gets as `workerData.link` (the objects of `transfer` are moved to it); closed when it ends. */
  connect?: () => WorkerLink;
  /** The same work as the worker's, on the calling thread. */
  inline: (task: T) => R;
  /** What a task whose worker died (crash, out of memory) returns instead. */
  onWorkerDeath: (task: T, reason: string) => R;
  /** Called as each task ends, in completion order. */
  onDone?: (done: number, total: number) => void;
}

/**
 * A module under src/ is run by the compiled build as `.js`; under tsx or
 * vitest it is a `.ts` file, which a worker can only load through tsx's
 * loader, registered first by a small bootstrap.
 */
function startWorker(entry: URL, workerData: PoolWorkerData<unknown, unknown>, transferList: TransferListItem[]): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData, transferList });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData, transferList });
}

/**
 * Run every task on up to `jobs` worker threads, each taking the next task as
 * it finishes the last; results come back in task order. Workers keep their
 * own state and return only small results.
 */
export async function runPool<T, R>(tasks: readonly T[], opts: PoolOptions<T, R>): Promise<R[]> {
  const results: R[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  const finish = (k: number, result: R) => {
    results[k] = result;
    opts.onDone?.(++done, tasks.length);
  };
  const threads = Math.min(opts.jobs, tasks.length);
  if (threads <= 1) {
    for (let k = 0; k < tasks.length; k++) finish(k, opts.inline(tasks[k]!));
    return results;
  }
  await new Promise<void>((resolve) => {
    let running = 0;
    const serve = (): void => {
      if (next >= tasks.length) return;
      const link = opts.connect?.();
      const worker = startWorker(opts.worker, { data: opts.workerData, link: link?.link }, link?.transfer ?? []);
      running++;
      let current = -1;
      const give = (): void => {
        if (next >= tasks.length) {
          current = -1;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage(tasks[current]);
      };
      worker.on('message', (result: R) => {
        finish(current, result);
        give();
      });
      const died = (reason: string): void => {
        if (current >= 0) finish(current, opts.onWorkerDeath(tasks[current]!, reason));
        current = -1;
        serve(); // a replacement takes the remaining tasks
      };
      worker.on('error', (e) => died(e.message));
      worker.on('exit', (code) => {
        link?.close();
        if (current >= 0) died(`worker exited with code ${code}`);
        if (--running === 0) resolve();
      });
      give();
    };
    for (let w = 0; w < threads; w++) serve();
  });
  return results;
}

/** In a worker entry: run each task posted by `runPool` and post its result back. */
export function serveTasks<T, R>(port: { on(e: 'message', f: (t: T) => void): void; postMessage(r: R): void }, work: (task: T) => R): void {
  port.on('message', (task) => port.postMessage(work(task)));
}
