/**
 * The CLI's bundle is compiled with V8's code cache (bin/cli-bundle.js): a
 * cache V8 rejects, or one older than the bundle, must cost only the compile.
 */
import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript of bin/, no declarations
import { cachedDataFor, compileBundle } from '../bin/cli-bundle.js';
import { tempDir } from './helpers/temp.js';

interface Compiled {
  script: { cachedDataRejected?: boolean; createCachedData(): Buffer };
  run: (exports: object, require: unknown, module: { exports: unknown }) => void;
}
const compile = compileBundle as (bundle: string, cachedData?: Buffer) => Compiled;
const cached = cachedDataFor as (bundle: string, cache: string) => Buffer | undefined;

const dir = tempDir('code-cache');
/** The same bundle under several names: V8 keeps a compiled script by source and name, and would not read cached data for one it has compiled. */
const copy = (name: string) => {
  writeFileSync(join(dir, name), 'module.exports = [1, 2, 3].map((n) => n * 2);');
  return join(dir, name);
};
const bundle = copy('bundle.cjs');
const cache = join(dir, 'bundle.cjs.cache');

const exportsOf = ({ run }: Compiled) => {
  const module = { exports: {} as unknown };
  run({}, null, module);
  return module.exports;
};

it('runs the bundle with its cached data, and as well with data V8 rejects', () => {
  const first = compile(bundle);
  expect(exportsOf(first)).toEqual([2, 4, 6]);
  writeFileSync(cache, first.script.createCachedData());
  const withCache = compile(copy('accepted.cjs'), cached(bundle, cache));
  expect(withCache.script.cachedDataRejected).toBe(false);
  expect(exportsOf(withCache)).toEqual([2, 4, 6]);
  const rejected = compile(copy('rejected.cjs'), Buffer.from('not cached data'));
  expect(rejected.script.cachedDataRejected).toBe(true);
  expect(exportsOf(rejected)).toEqual([2, 4, 6]);
});

it('leaves out a cache older than the bundle, and a missing one', () => {
  writeFileSync(cache, compile(bundle).script.createCachedData());
  expect(cached(bundle, cache)).toBeInstanceOf(Buffer);
  const later = new Date(Date.now() + 60_000);
  utimesSync(bundle, later, later);
  expect(cached(bundle, cache)).toBeUndefined();
  expect(cached(bundle, join(dir, 'none.cache'))).toBeUndefined();
});
