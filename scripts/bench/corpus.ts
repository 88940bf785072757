import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The committed texts the bench runs on: a sample of PD98 (zh), of CoNLL-2003 (en), and the sample issue. */
const SOURCES = { zh: ['bench/zh', 'corpus'], en: ['bench/en'] } as const;
export type CorpusKind = 'zh' | 'en' | 'mixed';

export interface BenchCorpus {
  dir: string;
  files: string[];
  chars: number;
}

function sourceFiles(kind: CorpusKind): string[] {
  const dirs = kind === 'mixed' ? [...SOURCES.zh, ...SOURCES.en] : SOURCES[kind];
  return dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => join(d, f)));
}

/**
 * The texts of `kind` copied `times` times into `dir` (copy k of `x.txt` is
 * `x-rk.txt`: same text, its own issue id); deterministic.
 */
export function buildCorpus(kind: CorpusKind, times: number, dir: string): BenchCorpus {
  mkdirSync(dir, { recursive: true });
  const sources = sourceFiles(kind);
  const chars = sources.reduce((n, f) => n + [...readFileSync(f, 'utf8')].length, 0) * times;
  const files: string[] = [];
  for (let k = 1; k <= times; k++) {
    for (const source of sources) {
      const file = join(dir, `${basename(source, '.txt')}-r${k}.txt`);
      copyFileSync(source, file);
      files.push(file);
    }
  }
  return { dir, files, chars };
}

/** One Chinese and one English issue for the cold-start runs. */
export const COLD_START_FILES = { zh: 'corpus/2024-02-29-chongqing-daily.txt', en: join(SOURCES.en[0], 'conll-dev-001.txt') };
