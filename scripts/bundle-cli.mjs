/**
 * The CLI as one file, `dist/cli.bundle.js` (run by `bin/extract.js`): the
 * compiled modules of dist/ and the pure-JavaScript packages (zod alone is 95
 * modules) in one ES module, so start-up resolves and links one file instead
 * of ~250 (measured: ~0.17 s less CPU per cold start on the shared machine).
 * Native and lazily loaded packages stay outside. It sits next to dist/cli.js,
 * so every `import.meta.url`-relative path (data/, package.json) resolves as
 * from the unbundled modules. The worker threads' entry is bundled the same
 * way, `dist/issue-worker.bundle.js`, for the same saving in every worker.
 */
import { build } from 'esbuild';

const bundles = {
  'dist/cli.js': 'dist/cli.bundle.js',
  'dist/run/issue-worker.js': 'dist/issue-worker.bundle.js',
  'dist/segment-worker.js': 'dist/segment-worker.bundle.js',
};

await Promise.all(Object.entries(bundles).map(([entry, outfile]) => build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // native (nodejieba, @node-rs/jieba), loaded on first use (compromise, its tagger build compromise/two, lunar-typescript),
  // never on this path (queue), or loaded before the bundle by bin/extract.js (segment-ahead, the same module then)
  external: ['nodejieba', '@node-rs/jieba', 'compromise', 'lunar-typescript', 'bullmq', 'ioredis', './segment-ahead.js'],
  // bundled CommonJS packages call require() for node's own modules
  banner: { js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);" },
})));
