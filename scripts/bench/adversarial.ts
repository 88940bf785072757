/**
 * `npm run bench -- [CASE…] [--limit SECONDS] [--scale] [--adversarial]`: adversarial inputs (issue 6).
 * Each case runs in its own process (clean peak RSS; a hang is killed at the
 * limit) and prints the pipeline time, the slowest stage and the peak RSS;
 * cases over 2 s are flagged. Not a unit test: timings depend on the machine.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jiebaSegmenter } from '../../src/segmenter.js';
import type { Context } from '../../src/stage.js';
import { timeStages } from './stage-times.js';

const MB = 1024 * 1024;
const FLAG_SECONDS = 2;
const SAMPLE = 'corpus/2024-02-29-chongqing-daily.txt';
/**
 * Cases full of real records measure throughput (about 0.3 MB/s: every record
 * costs its rules), not backtracking; they are printed but not flagged.
 */
const THROUGHPUT_CASES = new Set(['one 1 MB line, dense records', 'sample issue ×20']);

/** `unit` repeated to about `bytes` of UTF-8. */
function fill(unit: string, bytes = MB): string {
  return unit.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(unit))));
}

const CASES: Record<string, (bytes: number) => string> = {
  'digits 1111…': (b) => fill('1', b),
  '亿亿亿…': (b) => fill('亿', b),
  '万万万…': (b) => fill('万', b),
  '，，，…': (b) => fill('，', b),
  'nested brackets （（…））': (b) => { const n = Math.floor(b / 6); return '（'.repeat(n) + '重庆' + '）'.repeat(n); },
  'nested brackets ([{“《…': (b) => { const n = Math.floor(b / 20); return '([{“《'.repeat(n) + '750亿元' + '》”}])'.repeat(n); },
  'one 1 MB line, no punctuation': (b) => fill('重庆加快推动科技创新平台建设形成新的创新格局推动产业高质量发展', b),
  'one 1 MB line, dense records': (b) => fill('重庆市科技局投入750亿元增长10个百分点全市高新技术企业达到6000家 Inc Bank of China ', b),
  'digits with dots 1.1.1.…': (b) => fill('1.', b),
  'digits with commas 1,111,…': (b) => fill('1,111', b),
  'full-width digits １１１…': (b) => fill('１', b),
  'Chinese numerals 一二三…': (b) => fill('一二三四五六七八九十百千', b),
  'dates 2024年2024年…': (b) => fill('2024年', b),
  'ranges 1-1-1-…': (b) => fill('1-', b),
  'English words Inc. Inc. …': (b) => fill('Inc. ', b),
  'English capitals A B C …': (b) => fill('Bank Of China Group ', b),
  'one million line breaks': (b) => fill('\n', b),
  'one million short lines': (b) => fill('重庆\n', b),
  'sample issue ×20': (b) => Array.from({ length: Math.max(1, Math.round(20 * b / MB)) }, () => readFileSync(SAMPLE, 'utf8')).join('\n\n'),
};

interface Result {
  name: string;
  bytes: number;
  ms: number;
  stages: Record<string, number>;
  peakRssMb: number;
  records: number;
}

/** In the child: run one case stage by stage, then the writers, and print a JSON result line. */
function runCase(name: string, size: number): void {
  const text = CASES[name]!(size);
  const ctx: Context = { issueDate: { date: '2024-02-29', source: 'cli' }, segmenter: jiebaSegmenter() };
  ctx.segmenter.tag('预热'); // load the dictionary outside the timing
  const bytes = new TextEncoder().encode(text);
  const stages: Record<string, number> = {};
  const json = timeStages('bench', bytes, ctx, stages);
  const result: Result = {
    name, bytes: bytes.length, ms: Object.values(stages).reduce((a, b) => a + b, 0), stages,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    records: json.quantities.length + json.dates.length + json.organizations.length + json.facts.length,
  };
  console.log(JSON.stringify(result));
}

function spawnCase(name: string, limitSeconds: number, size = MB): Promise<Result | string> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../bench.ts', import.meta.url)), '--adversarial', '--case', name, '--bytes', String(size)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), limitSeconds * 1000);
  return new Promise((resolve) => child.on('close', (code, signal) => {
    clearTimeout(timer);
    if (signal === 'SIGKILL') resolve(`killed after ${limitSeconds} s (hang or catastrophic backtracking)`);
    else if (code !== 0) resolve(`crashed: ${stderr.trim().split('\n').find((l) => /Error/.test(l)) ?? stderr.trim().split('\n')[0]}`);
    else resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as Result);
  }));
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
const lpad = (s: string, n: number) => ' '.repeat(Math.max(0, n - s.length)) + s;

/** The adversarial cases, or one of them in a child process (`--case`). */
export async function adversarial(args: string[]): Promise<number> {
  const caseAt = args.indexOf('--case');
  const option = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  if (caseAt >= 0) {
    runCase(args[caseAt + 1]!, Number(option('--bytes') ?? MB));
    return 0;
  }
  const limit = Number(option('--limit') ?? 60);
  const valued = new Set(['--limit'].filter((f) => args.includes(f)).map((f) => args.indexOf(f) + 1));
  const chosen = args.filter((a, k) => !a.startsWith('--') && !valued.has(k));
  const names = chosen.length ? Object.keys(CASES).filter((n) => chosen.some((c) => n.includes(c))) : Object.keys(CASES);
  if (args.includes('--scale')) return scale(names, limit);
  console.log(`${pad('case', 32)} ${lpad('MB', 5)} ${lpad('time s', 7)} ${lpad('MB/s', 6)} ${lpad('RSS MB', 7)} ${lpad('records', 7)}  slowest stages`);
  let flagged = 0;
  for (const name of names) {
    const r = await spawnCase(name, limit);
    if (typeof r === 'string') {
      flagged++;
      console.log(`${pad(name, 32)} ${r}  ⚠`);
      continue;
    }
    const slow = Object.entries(r.stages).sort((a, b) => b[1] - a[1]).slice(0, 3)
      .map(([s, ms]) => `${s} ${(ms / 1000).toFixed(2)}`).join(', ');
    const over = r.ms / 1000 > FLAG_SECONDS && !THROUGHPUT_CASES.has(name);
    if (over) flagged++;
    console.log(`${pad(name, 32)} ${lpad((r.bytes / MB).toFixed(2), 5)} ${lpad((r.ms / 1000).toFixed(2), 7)} ${lpad((r.bytes / MB / (r.ms / 1000)).toFixed(2), 6)} ${lpad(r.peakRssMb.toFixed(0), 7)} ${lpad(String(r.records), 7)}  ${slow}${over ? `  ⚠ over ${FLAG_SECONDS} s` : ''}`);
  }
  console.log(flagged ? `${flagged} case(s) over ${FLAG_SECONDS} s or failed` : `every case under ${FLAG_SECONDS} s`);
  return flagged ? 1 : 0;
}

/**
 * `--scale`: each case at 64, 128 and 256 KB, time per stage, and the growth
 * exponent from 128 to 256 KB (1 linear, 2 quadratic) of the stages that matter.
 */
async function scale(names: string[], limit: number): Promise<number> {
  const sizes = [64 * 1024, 128 * 1024, 256 * 1024];
  for (const name of names) {
    const runs: Result[] = [];
    for (const size of sizes) {
      const r = await spawnCase(name, limit, size);
      if (typeof r === 'string') {
        console.log(`${name} at ${size / 1024} KB: ${r}`);
        break;
      }
      runs.push(r);
    }
    if (runs.length < 2) continue;
    const [a, b] = [runs.at(-2)!, runs.at(-1)!];
    const growth = Object.keys(b.stages)
      .filter((s) => b.stages[s]! > 50)
      .map((s) => `${s} ${runs.map((r) => (r.stages[s]! / 1000).toFixed(2)).join('→')} s (×${(Math.log(b.stages[s]! / Math.max(a.stages[s]!, 0.01)) / Math.log(b.bytes / a.bytes)).toFixed(1)})`);
    console.log(`${pad(name, 32)} ${growth.join('; ') || 'every stage under 50 ms'}`);
  }
  return 0;
}

