/**
 * A worker thread of the run's pool (src/run/pool.ts) when the CLI runs from
 * its bundle: the bundle run as on the main thread (bin/cli-bundle.js, with
 * V8's code cache), where its entry (src/bundle-entry.ts) serves the pool's
 * issues instead of starting the CLI. The bundle takes the segmentation
 * thread's module from outside, as on the main thread (bin/extract.js); a
 * worker never starts that thread, but the run's modules import it.
 */
import { runCliBundle } from './cli-bundle.js';

runCliBundle({ './segment-thread.js': await import('../dist/segment-thread.bundle.js') });
