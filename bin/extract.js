#!/usr/bin/env node
/**
 * `npm run extract`: the compiled CLI bundled into one file
 * (dist/cli.bundle.cjs, see scripts/bundle-cli.mjs), run with V8's code
 * cache (bin/cli-bundle.js), no TypeScript loader at start-up. dist/ is
 * built at install (`prepare` → `npm run compile`) and rebuilt here first
 * when a file under src/ is newer than the last build, so an edit is never
 * run stale. The segmentation thread is started before the bundle loads; the
 * bundle is given its module as loaded here, to take it over.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'dist', '.built');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function builtAt() {
  try {
    return statSync(stamp).mtimeMs;
  } catch {
    return -1;
  }
}

if (builtAt() < newestMtime(join(root, 'src'))) {
  process.stderr.write('extract: compiling src/ to dist/ …\n');
  execFileSync(process.execPath, [join(root, 'scripts', 'compile.mjs')], { stdio: 'inherit', cwd: root });
}

// The segmentation thread first (see src/segment-thread.ts): it builds the dictionary while the CLI loads.
const segmentThread = await import('../dist/segment-thread.bundle.js');
segmentThread.startAhead(process.argv.slice(2));
const { runCliBundle } = await import('./cli-bundle.js');
runCliBundle({ './segment-thread.js': segmentThread });
