/**
 * V8's code cache of the CLI's bundle (see bin/cli-bundle.js), made by a run
 * of the bundle on the sample issue and an English one: cached data written
 * at the end of a run holds every function the run compiled. Run by
 * scripts/compile.mjs (`npm run compile`, and bin/extract.js when it
 * rebuilds dist/) after the bundle is made and stamped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// dist/ is built by then (scripts/compile.mjs): bin/cli-bundle.js, which imports from it, loads.
import { CODE_CACHE, WRITE_CODE_CACHE } from '../bin/cli-bundle.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const INPUTS = ['corpus/2024-02-29-chongqing-daily.txt', 'bench/en/conll-dev-001.txt'];

rmSync(CODE_CACHE, { force: true }); // made for the bundle before this one: no cache rather than a stale one if the run fails
const out = mkdtempSync(join(tmpdir(), 'code-cache-'));
try {
  const run = spawnSync(process.execPath, [join(root, 'bin', 'extract.js'), ...INPUTS.map((f) => join(root, f)), '--out', out], {
    cwd: root, env: { ...process.env, [WRITE_CODE_CACHE]: '1' }, encoding: 'utf8',
  });
  if (run.status !== 0 || !existsSync(CODE_CACHE)) {
    process.stderr.write(`code cache: the run that makes it failed (status ${run.status}); the CLI runs without one\n${run.stderr}`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
