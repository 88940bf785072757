/**
 * V8's optimizing compiler, tuned for a run: short-lived threads running a
 * large amount of code (the stages, compromise, the Parquet writer) a few
 * thousand times. With inlining, TurboFan spent 35–40% of a run's CPU
 * compiling on its background threads (590 optimizations of big inlined
 * graphs on mixed ×4; `perf`: `v8::internal::compiler` 37% of the samples),
 * which on two cores takes time from the threads that do the work; without
 * it the main thread is as fast (Chinese ×16: 11.0 against 10.9 s of CPU)
 * and a run costs ~20% less CPU (mixed ×4 on two threads: 10.8–11.3 against
 * 13.3–14.2 s). The flag is process-wide (worker threads included) and only
 * changes how code is compiled, never what it computes; it is set when the
 * run's modules load, before any of the pipeline runs hot.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-turbo-inlining');
