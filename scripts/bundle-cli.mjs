/**
 * The CLI as one file, `dist/cli.bundle.cjs` (run by `bin/extract.js`): the
 * compiled modules of dist/ and the pure-JavaScript packages (zod alone is 95
 * modules) in one file, so start-up resolves and links one file instead
 * of ~250 (measured: ~0.17 s less CPU per cold start on the shared machine).
 * It is CommonJS so that bin/cli-bundle.js can compile it with V8's code
 * cache (scripts/code-cache.mjs makes it); `import.meta.url` is the bundle's
 * URL. Native and lazily loaded packages stay outside. It sits next to
 * dist/cli.js, so every `import.meta.url`-relative path (data/, package.json)
 * resolves as from the unbundled modules. The pool's worker threads run the
 * same bundle, with the same code cache (src/bundle-entry.ts); the
 * segmentation thread's entry is bundled the same way,
 * `dist/segment-worker.bundle.cjs`, and so is its start,
 * `dist/segment-thread.bundle.js`.
 */
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // native (nodejieba, @node-rs/jieba), loaded on first use (compromise, its tagger build compromise/two),
  // never on this path (queue), or loaded before the bundle by bin/extract.js (segment-thread, the same module then)
  external: ['nodejieba', '@node-rs/jieba', 'compromise', 'bullmq', 'ioredis', './segment-thread.js'],
};

/**
 * CommonJS: `import.meta.url` is the bundle's URL; import.meta.resolve only
 * starts workers from TypeScript sources (src/run/pool.ts), never from a bundle.
 */
const commonJs = {
  format: 'cjs',
  define: { 'import.meta.url': 'bundleUrl', 'import.meta.resolve': 'noImportMetaResolve' },
  banner: { js: "const bundleUrl = require('node:url').pathToFileURL(__filename).href; const noImportMetaResolve = () => { throw new Error('import.meta.resolve in a CommonJS bundle'); };" },
};
/** ES modules: bundled CommonJS packages call require() for node's own modules. */
const esModule = {
  format: 'esm',
  banner: { js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);" },
};

const bundles = [
  // the CLI, and the loop of its pool's worker threads (src/bundle-entry.ts)
  { entryPoints: ['dist/bundle-entry.js'], outfile: 'dist/cli.bundle.cjs', ...commonJs },
  // a worker whose entry is CommonJS starts without Node's ES module loader (~10 ms less per thread)
  { entryPoints: ['dist/segment-worker.js'], outfile: 'dist/segment-worker.bundle.cjs', ...commonJs },
  // loaded by bin/extract.js before the CLI's bundle
  { entryPoints: ['dist/segment-thread.js'], outfile: 'dist/segment-thread.bundle.js', ...esModule },
];

await Promise.all(bundles.map((options) => build({ ...common, ...options })));
