/**
 * The CLI as one file, `dist/cli.bundle.cjs` (run by `bin/extract.js`): the
 * compiled modules of dist/ and the pure-JavaScript packages (zod alone is 95
 * modules) in one file, so start-up resolves and links one file instead
 * of ~250 (measured: ~0.17 s less CPU per cold start on the shared machine).
 * It is CommonJS so that bin/cli-bundle.js can compile it with V8's code
 * cache (scripts/code-cache.mjs makes it); `import.meta.url` is the bundle's
 * URL. Native and lazily loaded packages stay outside. It sits next to
 * dist/cli.js, so every `import.meta.url`-relative path (data/, package.json)
 * resolves as from the unbundled modules. The worker threads' entries are
 * bundled the same way as ES modules, `dist/issue-worker.bundle.js` and
 * `dist/segment-worker.bundle.js`, for the same saving in every worker, and
 * so is the segmentation thread's start, `dist/segment-thread.bundle.js`.
 */
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // native (nodejieba, @node-rs/jieba), loaded on first use (compromise, its tagger build compromise/two, lunar-typescript),
  // never on this path (queue), or loaded before the bundle by bin/extract.js (segment-thread, the same module then)
  external: ['nodejieba', '@node-rs/jieba', 'compromise', 'lunar-typescript', 'bullmq', 'ioredis', './segment-thread.js'],
};

// The worker threads' entries, and the segmentation thread's start that bin/extract.js loads before the CLI's bundle.
const modules = {
  'dist/run/issue-worker.js': 'dist/issue-worker.bundle.js',
  'dist/segment-worker.js': 'dist/segment-worker.bundle.js',
  'dist/segment-thread.js': 'dist/segment-thread.bundle.js',
};

rmSync('dist/cli.bundle.cjs.cache', { force: true }); // made for the bundle before this one
await Promise.all([
  build({
    ...common,
    entryPoints: ['dist/cli.js'],
    outfile: 'dist/cli.bundle.cjs',
    format: 'cjs',
    // import.meta.resolve only starts workers from TypeScript sources (src/run/pool.ts), never from the bundle
    define: { 'import.meta.url': 'bundleUrl', 'import.meta.resolve': 'noImportMetaResolve' },
    banner: { js: "const bundleUrl = require('node:url').pathToFileURL(__filename).href; const noImportMetaResolve = () => { throw new Error('import.meta.resolve in the CommonJS bundle'); };" },
  }),
  ...Object.entries(modules).map(([entry, outfile]) => build({
    ...common,
    entryPoints: [entry],
    outfile,
    format: 'esm',
    // bundled CommonJS packages call require() for node's own modules
    banner: { js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);" },
  })),
]);
