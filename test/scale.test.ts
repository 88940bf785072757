/**
 * Scale (issue 13): idempotent per-issue output (a re-run skips an issue made
 * from the same source, version and settings; --force redoes it), and
 * `--shard K/N` + `--merge`: three shards of a 40-issue corpus, merged, give
 * the bytes of a single run, with no issue done twice.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { mergeTables, run, type RunSummary } from '../src/run.js';
import { inShard, parseShard, shardOf } from '../src/run/shard.js';
import { writeCutCorpus } from './helpers/corpus40.js';
import { tempDir } from './helpers/temp.js';

const root = tempDir('scale');
const input = writeCutCorpus(join(root, 'in'), 40);
const config = parseConfig({}, 'defaults');
const single = join(root, 'single');
const sharded = join(root, 'sharded');
/** Every output file but the run records, which hold times. */
const filesOf = (dir: string) => Object.fromEntries(readdirSync(dir).filter((f) => !f.startsWith('run.')).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('--shard K/N', () => {
  it('parses K/N with 1 ≤ K ≤ N only', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '1/0', '2', 'a/b', '1/3/5']) expect(parseShard(bad), bad).toBeNull();
  });

  it('puts every id in exactly one shard, the same on every call', () => {
    const ids = Array.from({ length: 300 }, (_, k) => `issue-${k}`);
    const shards = [1, 2, 3].map((index) => ids.filter((id) => inShard(id, { index, count: 3 })));
    expect(shards.flat().sort()).toEqual([...ids].sort());
    for (const part of shards) expect(part.length).toBeGreaterThan(60); // roughly even
    expect(ids.map((id) => shardOf(id, 3))).toEqual(ids.map((id) => shardOf(id, 3)));
  });

  let shardRuns: RunSummary[];
  beforeAll(async () => {
    await run({ inputs: [input], outDir: single, config });
    shardRuns = [];
    for (const index of [1, 2, 3]) shardRuns.push(await run({ inputs: [input], outDir: sharded, config, shard: { index, count: 3 } }));
  }, 120_000);

  it('three shards take disjoint parts that cover all 40 issues', () => {
    const done = shardRuns.map((r) => r.processed);
    expect(done.flat().sort()).toEqual(readdirSync(input).map((f) => join(input, f)).sort());
    for (const r of shardRuns) expect(r.processed.length).toBeGreaterThan(0);
    const records = [1, 2, 3].map((k) => JSON.parse(readFileSync(join(sharded, `run.shard-${k}-of-3.json`), 'utf8')).issues as string[]);
    expect(new Set(records.flat()).size).toBe(40);
  });

  it('a shard run writes no tables; --merge makes them, byte-identical to a single run', () => {
    expect(readdirSync(sharded).filter((f) => f.endsWith('.csv'))).toEqual([]);
    expect(mergeTables(sharded)).toEqual({ issues: 40, errors: [] });
    expect(filesOf(sharded)).toEqual(filesOf(single));
  });
});

describe('idempotent per-issue output', () => {
  const out = join(root, 'again');
  const ids = () => readdirSync(input).map((f) => join(input, f)).sort();

  it('records the source SHA-256, the pipeline version and the settings hash in each issue', async () => {
    await run({ inputs: [input], outDir: out, config });
    const issue = JSON.parse(readFileSync(join(out, '2024-03-001-cut.json'), 'utf8'));
    expect(issue.source_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(issue.settings_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(issue.pipeline_version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  }, 60_000);

  it('a re-run skips every unchanged issue and leaves the same bytes', async () => {
    const before = filesOf(out);
    const again = await run({ inputs: [input], outDir: out, config });
    expect(again.processed).toEqual([]);
    expect(again.unchanged.sort()).toEqual(ids());
    expect(filesOf(out)).toEqual(before);
  });

  it('an edited source is redone, alone; --force and other settings redo all', async () => {
    const edited = join(input, '2024-03-007-cut.txt');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\n全市新增企业1200家。`);
    expect((await run({ inputs: [input], outDir: out, config })).processed).toEqual([edited]);
    expect((await run({ inputs: [input], outDir: out, config, force: true })).processed.sort()).toEqual(ids());
    expect((await run({ inputs: [input], outDir: out, config, issueDate: '2024-03-01' })).processed.sort()).toEqual(ids());
  }, 120_000);
});
