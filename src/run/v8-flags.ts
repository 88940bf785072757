/**
 * V8 tuned for a run: short-lived threads running a large amount of code
 * (the stages, compromise, the Parquet writer) a few thousand times. The
 * flags are process-wide (worker threads included) and change only how code
 * is compiled and when the heap is collected, never what a run computes;
 * they are set when the run's modules load, before any issue is read (and by
 * bin/cli-bundle.js before it compiles the bundle: cached code is checked
 * against the flags).
 *
 * `--no-turbo-inlining`: with inlining, TurboFan spent 35–40% of a run's CPU
 * compiling on its background threads (590 optimizations of big inlined
 * graphs on mixed ×4; `perf`: `v8::internal::compiler` 37% of the samples),
 * which on two cores takes time from the threads that do the work; without
 * it the main thread is as fast (Chinese ×16: 11.0 against 10.9 s of CPU)
 * and a run costs ~20% less CPU (mixed ×4 on two threads: 10.8–11.3 against
 * 13.3–14.2 s).
 *
 * `--heap-growing-percent=20`: each thread's live heap is 25–35 MB (code,
 * vocabularies, the English parser) with a stream of short-lived objects per
 * issue. By default an isolate lets its old generation grow to about four
 * times what a full collection keeps before it collects again, so a thread's
 * heap drifted from 40 to over 95 MB in a long run without holding more;
 * here it grows by 20% of what was kept (V8 adds a floor of some MB).
 * Measured on mixed ×16 with two threads, with the workers' smaller young
 * generation (pool.ts): peak RSS 258 against 288–348 MB.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-turbo-inlining');
setFlagsFromString('--heap-growing-percent=20');
