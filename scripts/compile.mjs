/**
 * `npm run compile` (run at install by `prepare`, and by bin/extract.js when
 * a file under src/ is newer than the last build): src/ compiled to dist/,
 * the bundles made (scripts/bundle-cli.mjs), the build stamped
 * (dist/.built), then V8's code cache made by a run of the stamped build
 * (scripts/code-cache.mjs; stamped first, or that run would build again).
 */
import { execFileSync } from 'node:child_process';
import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = (...args) => execFileSync(process.execPath, args, { stdio: 'inherit', cwd: root });

node(join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json'));
node(join(root, 'scripts', 'bundle-cli.mjs'));
const stamp = join(root, 'dist', '.built');
writeFileSync(stamp, '');
const now = new Date();
utimesSync(stamp, now, now);
node(join(root, 'scripts', 'code-cache.mjs'));
