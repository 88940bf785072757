/**
 * `npm run bench` (performance part, issue 11): cold start, throughput at 1×,
 * 4× and 16× a committed corpus, 1 vs 2 workers, raw segmentation in the same
 * run, peak RSS, per-stage times. Every run is its own process; figures are
 * printed and written to bench-results.json. Timings depend on the machine
 * and its load: compare figures of one run, not across runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadConfig } from '../../src/config.js';
import { MANIFEST_FILE } from '../../src/dataset.js';
import { issueDateFor, issueIdOf } from '../../src/run.js';
import { segmenterNamed, SEGMENTERS, type SegmenterName } from '../../src/segmenter.js';
import type { Context } from '../../src/stage.js';
import { buildCorpus, COLD_START_FILES, type BenchCorpus, type CorpusKind } from './corpus.js';
import { rawSegmentationMs } from './segment-raw.js';
import { timeStages } from './stage-times.js';
import { targetLines } from './targets.js';

const BENCH = fileURLToPath(new URL('../bench.ts', import.meta.url));
const PEAK_RSS = pathToFileURL(fileURLToPath(new URL('./peak-rss.mjs', import.meta.url))).href;
const COLD_RUNS = 5;
/**
 * Chinese ×16 with the default settings and the raw cuts, run this many
 * times in turn: one pipeline run against one raw cut moved by ±8% from
 * minute to minute on this VM, so the ratio is the medians'.
 */
const RATIO_PAIRS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, digits = 0) => Number(x.toFixed(digits));

function timed(command: string, args: string[]): { ms: number; stderr: string; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, CI: 'true' }, maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${command} ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return { ms, stderr: r.stderr, stdout: r.stdout };
}

/** The figures the preloaded reporter prints on exit: peak RSS (MB) and CPU time of every thread (ms). */
function processFigures(stderr: string): { peakRssMb: number; cpuMs: number } {
  const [, rssKb, cpuUs] = /peak-rss-kb (\d+) cpu-us (\d+)/.exec(stderr) ?? [];
  return { peakRssMb: round(Number(rssKb ?? NaN) / 1024), cpuMs: round(Number(cpuUs ?? NaN) / 1000) };
}

/**
 * Median wall and CPU time of the CLI on one issue, each run a fresh process
 * (`node bin/extract.js`, as `npm run extract` runs it; npm itself adds its own start-up).
 * `--clean`: each run extracts the issue (without it, every run after the first
 * finds the issue unchanged and skips it, which measures the skip path).
 */
function coldStart(file: string, runs: number, scratch: string, config: string[] = []): { ms: number; cpuMs: number; npmMs: number } {
  const out = join(scratch, 'cold');
  const node = Array.from({ length: runs }, () => timed(process.execPath, ['--import', PEAK_RSS, 'bin/extract.js', file, '--out', out, '--clean', ...config]));
  const npm = Array.from({ length: 3 }, () => timed('npm', ['run', '-s', 'extract', '--', file, '--out', out, '--clean', ...config]).ms);
  return { ms: round(median(node.map((r) => r.ms))), cpuMs: median(node.map((r) => processFigures(r.stderr).cpuMs)), npmMs: round(median(npm)) };
}

/**
 * What writing Parquet adds to a run on the sample corpus (issue 12: ≤ 20%):
 * the median of fresh CLI runs with the default formats against the same
 * runs with `--format csv,json`, alternated so that load changes hit both.
 */
function parquetCost(scratch: string, runs = 5): { withMs: number; withoutMs: number; sharePercent: number } {
  const run = (formats: string[]) => timed(process.execPath, ['bin/extract.js', 'corpus', '--out', join(scratch, 'formats'), '--clean', ...formats]).ms;
  const withParquet: number[] = [];
  const without: number[] = [];
  for (let k = 0; k < runs; k++) {
    without.push(run(['--format', 'csv,json']));
    withParquet.push(run([]));
  }
  const [withMs, withoutMs] = [median(withParquet), median(without)];
  return { withMs: round(withMs), withoutMs: round(withoutMs), sharePercent: round((100 * (withMs - withoutMs)) / withoutMs, 1) };
}

interface RunFigures {
  issues: number; chars: number; jobs: number | 'default';
  /** Wall time, and CPU time of every thread (less sensitive to other load on the machine). */
  ms: number; cpuMs: number;
  charsPerSecond: number; msPerIssue: number; peakRssMb: number;
}

/** The corpus of `kind` × `times` in `scratch`, copied once however many runs read it. */
const corpora = new Map<string, BenchCorpus>();
function corpusIn(scratch: string, kind: CorpusKind, times: number): BenchCorpus {
  const dir = join(scratch, `${kind}-${times}`);
  let corpus = corpora.get(dir);
  if (!corpus) corpora.set(dir, (corpus = buildCorpus(kind, times, dir)));
  return corpus;
}

/**
 * The CLI over a corpus, in a fresh process, through the entry `npm run
 * extract` runs (`bin/extract.js`: the bundled build); peak RSS from the
 * preloaded reporter. No `config`: the default settings (pipeline.config.json).
 */
function cliRun(kind: CorpusKind, times: number, jobs: number | 'default', scratch: string, config?: string, repeat = 0): RunFigures & { out: string } {
  const corpus = corpusIn(scratch, kind, times);
  const out = join(scratch, `out-${kind}-${times}-${jobs}-${config ? basename(config) : 'default'}${repeat ? `-${repeat}` : ''}`);
  const args = ['--import', PEAK_RSS, 'bin/extract.js', corpus.dir, '--out', out, ...(jobs === 'default' ? [] : ['--jobs', String(jobs)]), ...(config ? ['--config', config] : [])];
  const r = timed(process.execPath, args);
  return {
    out, issues: corpus.files.length, chars: corpus.chars, jobs, ms: round(r.ms), ...processFigures(r.stderr),
    charsPerSecond: round(corpus.chars / (r.ms / 1000)), msPerIssue: round(r.ms / corpus.files.length, 2),
  };
}

/**
 * What two threads could gain on this machine at best: two independent
 * one-thread runs of mixed ×`times` at once (two processes, nothing shared),
 * against one alone (`aloneMs`). Each run already keeps more than one core
 * partly busy (V8 compiles and collects on background threads), so this is
 * below ×2; two threads in one process cannot do better.
 */
function twoAtOnce(times: number, aloneMs: number, scratch: string): { ms: number; speedup: number } {
  const corpus = corpusIn(scratch, 'mixed', times);
  const quoted = (a: string) => `'${a.replaceAll("'", "'\\''")}'`;
  const run = (k: number) => [process.execPath, 'bin/extract.js', corpus.dir, '--out', join(scratch, `together-${k}`), '--jobs', '1'].map(quoted).join(' ');
  const r = timed('sh', ['-c', `${run(1)} >/dev/null 2>&1 & ${run(2)} >/dev/null 2>&1 & wait`]);
  return { ms: round(r.ms), speedup: round((2 * aloneMs) / r.ms, 2) };
}

/** The same output files with the same bytes; `run.json` is left out (it records the run's own times). */
function sameFiles(a: string, b: string): boolean {
  const names = readdirSync(a).filter((n) => n !== MANIFEST_FILE).sort();
  return names.join() === readdirSync(b).filter((n) => n !== MANIFEST_FILE).sort().join() && names.every((n) => readFileSync(join(a, n)).equals(readFileSync(join(b, n))));
}

function child(args: string[]): unknown {
  return JSON.parse(timed(process.execPath, ['--import', 'tsx', BENCH, ...args]).stdout.trim().split('\n').at(-1)!);
}

function configWith(segmenter: SegmenterName, scratch: string): string {
  const file = join(scratch, `${segmenter}.config.json`);
  writeFileSync(file, JSON.stringify({ segmenter }));
  return file;
}

/** The figures of a run without its output folder. */
function strip<T extends { out: string }>(r: T): Omit<T, 'out'> {
  return Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'out')) as Omit<T, 'out'>;
}

/**
 * Runs every measurement; returns the figures written to bench-results.json.
 * `settings`: a config file taken as the default settings (`--config FILE`),
 * else pipeline.config.json.
 */
export function measure(log: (line: string) => void, settings?: string): Record<string, unknown> {
  const defaults = settings ? ['--config', settings] : [];
  timed(process.execPath, ['bin/extract.js', '--help']); // compiles dist/ if src/ changed
  const scratch = mkdtempSync(join(tmpdir(), 'bench-perf-'));
  log(`${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} (figures are only comparable on an idle machine)`);
  try {
    const results: Record<string, unknown> = { cores: availableParallelism(), loadAverage: loadavg()[0] };
    const cold = {
      zh: coldStart(COLD_START_FILES.zh, COLD_RUNS, scratch, defaults),
      'zh node-rs-jieba': coldStart(COLD_START_FILES.zh, COLD_RUNS, scratch, ['--config', configWith('node-rs-jieba', scratch)]),
      en: coldStart(COLD_START_FILES.en, COLD_RUNS, scratch, defaults),
    };
    results.coldStart = cold;
    for (const [lang, c] of Object.entries(cold)) log(`cold start ${lang} (median of ${COLD_RUNS}): ${c.ms} ms wall, ${c.cpuMs} ms CPU; through npm ${c.npmMs} ms`);

    const scaling = [1, 4, 16].map((times) => ({ times, ...strip(cliRun('mixed', times, 'default', scratch, settings)) }));
    results.mixedScaling = scaling;
    for (const s of scaling) log(`mixed ×${s.times}: ${s.issues} issues, ${s.chars} chars, ${s.ms} ms (CPU ${s.cpuMs} ms), ${s.charsPerSecond} chars/s, ${s.msPerIssue} ms/issue, peak RSS ${s.peakRssMb} MB`);
    log(`16× costs ${round(scaling[2]!.ms / scaling[0]!.ms, 1)}× the time of 1×`);

    // 1 vs 2 threads at 1×, 4× and 16× (memory with a fixed number of threads; speed where start-up weighs less and less),
    // and English throughput at 4× and at 16× (the steady rate, the size of the Chinese ×16 run).
    const workers = [1, 4, 16].map((times) => {
      const [one, two] = [cliRun('mixed', times, 1, scratch, settings), cliRun('mixed', times, 2, scratch, settings)];
      return { times, one: strip(one), two: strip(two), speedup: round(one.ms / two.ms, 2), identical: sameFiles(one.out, two.out) };
    });
    results.workers = workers;
    for (const w of workers) log(`mixed ×${w.times}, 1 vs 2 workers: ${w.one.ms} vs ${w.two.ms} ms (CPU ${w.one.cpuMs} vs ${w.two.cpuMs} ms, peak RSS ${w.one.peakRssMb} vs ${w.two.peakRssMb} MB), speed-up ×${w.speedup}, identical output: ${w.identical}`);
    const ceiling = twoAtOnce(16, workers[2]!.one.ms, scratch);
    results.twoAtOnce = ceiling;
    log(`mixed ×16, two one-thread runs at once: ${ceiling.ms} ms for both (one alone ${workers[2]!.one.ms} ms): the machine's ceiling for 2 threads ×${ceiling.speedup}`);

    const english = [4, 16].map((times) => ({ times, ...strip(cliRun('en', times, 'default', scratch, settings)) }));
    results.english = english;
    for (const en of english) log(`English ×${en.times}: ${en.chars} chars, ${en.ms} ms (CPU ${en.cpuMs} ms), ${en.charsPerSecond} chars/s`);

    // The default settings, then every other backend; each against its own raw cut and nodejieba's.
    const byDefault = loadConfig(settings).segmenter;
    const runs: [string, SegmenterName, string | undefined][] = [
      [`default (${byDefault})`, byDefault, settings],
      ...SEGMENTERS.filter((b) => b !== byDefault).map((b): [string, SegmenterName, string] => [b, b, configWith(b, scratch)]),
    ];
    const zh16 = corpusIn(scratch, 'zh', 16).dir;
    const pairs = Array.from({ length: RATIO_PAIRS }, (_, k) => ({
      raw: Object.fromEntries(SEGMENTERS.map((b) => [b, child(['--raw', b, zh16]) as number])) as Record<SegmenterName, number>,
      run: cliRun('zh', 16, 'default', scratch, settings, k),
    }));
    const rawMs = Object.fromEntries(SEGMENTERS.map((b) => [b, round(median(pairs.map((p) => p.raw[b])))])) as Record<SegmenterName, number>;
    const defaultRun = pairs.map((p) => p.run).sort((a, b) => a.ms - b.ms)[Math.floor(RATIO_PAIRS / 2)]!;
    const segmentation: Record<string, unknown> = { rawCutMs: rawMs, defaultRunsMs: pairs.map((p) => p.run.ms) };
    let defaultRatio = NaN;
    for (const [label, backend, config] of runs) {
      const run = config === settings ? defaultRun : cliRun('zh', 16, 'default', scratch, config);
      const [own, nodejieba] = [round(run.ms / rawMs[backend], 2), round(run.ms / rawMs.nodejieba, 2)];
      segmentation[label] = { pipeline: strip(run), ratio: own, ratioToNodejieba: nodejieba };
      if (config === settings) defaultRatio = nodejieba;
      const of = config === settings ? ` (median of ${pairs.map((p) => p.run.ms).join(', ')})` : '';
      log(`Chinese ×16, ${label}: pipeline ${run.ms} ms${of} (CPU ${run.cpuMs} ms, ${run.charsPerSecond} chars/s, peak RSS ${run.peakRssMb} MB); raw cut (load included, median of ${RATIO_PAIRS}) ${rawMs[backend]} ms, ratio ${own}; to raw nodejieba cut ${rawMs.nodejieba} ms: ${nodejieba}`);
    }
    results.segmentation = segmentation;

    const parquet = parquetCost(scratch);
    results.parquet = parquet;
    log(`sample corpus with Parquet ${parquet.withMs} ms, without ${parquet.withoutMs} ms: Parquet adds ${parquet.sharePercent}% (≤ 20%)`);

    const stages = child(['--stages', corpusIn(scratch, 'mixed', 1).dir, ...defaults]) as Record<string, number>;
    results.stageMs = stages;
    log(`stages on mixed ×1 (ms, one thread): ${Object.entries(stages).map(([s, ms]) => `${s} ${ms}`).join(', ')}`);
    log(`issue 11 targets (load average now ${loadavg()[0]!.toFixed(1)}):`);
    for (const line of targetLines({ coldStart: cold, mixedScaling: scaling, workers, twoAtOnce: ceiling, english, defaultRatio })) log(`  ${line}`);
    return results;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** In a child: the per-stage totals over a corpus directory, one thread, the configured segmenter. */
export function stageTimes(dir: string, settings?: string): Record<string, number> {
  const config = loadConfig(settings);
  const segmenter = segmenterNamed(config.segmenter);
  const times: Record<string, number> = {};
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const ctx: Context = { issueDate: issueDateFor(issueIdOf(f), f, { config }), segmenter }; // as a run takes it: inferred only without one
    timeStages(f, readFileSync(join(dir, f)), ctx, times);
  }
  return Object.fromEntries(Object.entries(times).map(([s, ms]) => [s, round(ms)]));
}

export { rawSegmentationMs };
