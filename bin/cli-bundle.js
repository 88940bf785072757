/**
 * Runs the CLI's bundle, dist/cli.bundle.cjs, with V8's code cache: the
 * bundle (1.5 MB) compiled through vm.Script with the cached data that
 * `npm run compile` made (scripts/code-cache.mjs: a run on a Chinese and an
 * English issue, so the cache holds every function a run calls, not only the
 * bundle's top level). Measured on one English issue: ~0.1 s of CPU less per
 * start (no compile of the bundle nor of each function on its first call).
 * Node 20 has no compile cache for ES modules, hence a CommonJS bundle here.
 * Cached data that V8 rejects (another Node, other V8 flags) or that is older
 * than the bundle is not used: the bundle is then compiled as without a cache.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { isMainThread } from 'node:worker_threads';
// V8 flags are part of what cached data is checked against: the run's (set when run.ts loads) are set before compiling.
import '../dist/run/v8-flags.js';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
export const BUNDLE = join(dist, 'cli.bundle.cjs');
export const CODE_CACHE = `${BUNDLE}.cache`;
/** Set by scripts/code-cache.mjs: this run writes the cache at its end. */
export const WRITE_CODE_CACHE = 'EXTRACT_WRITE_CODE_CACHE';

/** The cached data, if there is some made after the bundle was. */
export function cachedDataFor(bundle, cache) {
  const made = statSync(cache, { throwIfNoEntry: false });
  if (!made || made.mtimeMs < statSync(bundle).mtimeMs) return undefined;
  return readFileSync(cache);
}

/** The bundle compiled (with the cached data when V8 accepts it) as a CommonJS module function. */
export function compileBundle(bundle, cachedData) {
  const source = readFileSync(bundle, 'utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
  return { script, run: script.runInThisContext() };
}

/**
 * Run the CLI, or in a worker thread of its pool the worker's loop (see
 * src/cli-bundle.ts). `modules` are the bundle's imports already loaded by
 * the caller (dist/segment-thread.bundle.js, whose thread the CLI takes over).
 * The cache is written by the main thread only.
 */
export function runCliBundle(modules) {
  const { script, run } = compileBundle(BUNDLE, cachedDataFor(BUNDLE, CODE_CACHE));
  if (process.env[WRITE_CODE_CACHE] && isMainThread) process.once('exit', () => writeFileSync(CODE_CACHE, script.createCachedData()));
  const require = createRequire(BUNDLE);
  const module = { exports: {} };
  run.call(module.exports, module.exports, (id) => modules[id] ?? require(id), module, BUNDLE, dist);
}
