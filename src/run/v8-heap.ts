/**
 * V8's heap, sized for a run: one isolate per thread, each with a live heap
 * of 25–35 MB (code, vocabularies, the English parser) and a stream of
 * short-lived objects per issue. By default an isolate lets its old
 * generation grow to about four times what a full collection keeps before it
 * collects again, so a thread's heap drifted from 40 to over 95 MB in a long
 * run without holding more. Here it grows by 20% of what was kept (V8 adds a
 * floor of some MB), for every thread of the process: measured on mixed ×16
 * with two threads, with the workers' smaller young generation (pool.ts),
 * peak RSS 258 against 288–348 MB. The flag changes only when the heap is
 * collected, never what a run computes; it is set when the run's modules
 * load, before any issue is read.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--heap-growing-percent=20');
