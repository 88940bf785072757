/**
 * A worker thread of the run's pool (src/run/pool.ts) when the CLI runs from
 * its bundle: the bundle run as on the main thread (bin/cli-bundle.js, with
 * V8's code cache), where its entry (src/bundle-entry.ts) serves the pool's
 * issues instead of starting the CLI.
 */
import { runCliBundle } from './cli-bundle.js';

runCliBundle({});
