/**
 * The entry of the CLI's bundle, dist/cli.bundle.cjs (scripts/bundle-cli.mjs):
 * the CLI on the main thread; in a worker thread of the run's pool (started
 * through bin/issue-worker.js) the worker's loop. Both threads then compile
 * the same bundle with the same V8 code cache (bin/cli-bundle.js), and a
 * worker finds compiled the functions the cache's run called instead of
 * compiling a bundle of its own without a cache (measured on Chinese ×1 with
 * two threads: the worker's thread ≈ 40 ms of CPU less to its first task,
 * ≈ 40 ms less through its first issue).
 */
import { isMainThread } from 'node:worker_threads';

void (isMainThread ? import('./cli.js') : import('./run/issue-worker.js'));
