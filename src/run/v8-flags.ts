/**
 * V8 tuned for a run: short-lived threads running a large amount of code
 * (the stages, compromise, the Parquet writer) a few thousand times. The
 * flags are process-wide (worker threads included) and change only how code
 * is compiled and when the heap is collected, never what a run computes;
 * they are set when the run's modules load, before any issue is read (and by
 * bin/cli-bundle.js before it compiles the bundle: cached code is checked
 * against the flags), and the one that depends on the run's threads
 * (`tierUpFor`) when the run starts.
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
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-turbo-inlining');
setFlagsFromString('--heap-growing-percent=20');

/** V8's `--interrupt-budget` (bytecode run between tier-up checks, V8 11), and the one for busy cores (see `tierUpFor`). */
const INTERRUPT_BUDGET = 67_584;
const BUSY_CORES_INTERRUPT_BUDGET = 8 * INTERRUPT_BUDGET;

/**
 * When every core runs a thread of the run, a function has to run eight times
 * as long before TurboFan compiles it: the compiler threads then take their
 * time from the threads doing the work, and a function that runs only a
 * little costs more to compile than it saves. With a core left over, compiling is
 * nearly free and V8's budget stays. Measured on this 2-core machine, medians
 * of 3–5 alternating runs: two threads, Chinese ×16 4.1 against 4.7 s
 * (budget ×4: 4.4 s, ×16: 4.4 s), English ×16 4.3 against 5.3 s, mixed ×16
 * 7.3 against 8.1 s; one thread, Chinese ×16 6.2 against 5.2 s, so not then.
 * Process-wide: set before the run starts its workers.
 */
export function tierUpFor(threads: number): void {
  setFlagsFromString(`--interrupt-budget=${threads >= availableParallelism() ? BUSY_CORES_INTERRUPT_BUDGET : INTERRUPT_BUDGET}`);
}
