import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

/**
 * A corpus of `count` small issues cut from the sample at fixed places (a
 * fixed seed), dated so that dates resolve; returns the input folder.
 */
export function writeCutCorpus(dir: string, count: number): string {
  mkdirSync(dir, { recursive: true });
  const paragraphs = readFileSync('corpus/2024-02-29-chongqing-daily.txt', 'utf8').split('\n').filter((l) => l.trim());
  const picks = fc.sample(fc.shuffledSubarray(paragraphs, { minLength: 2, maxLength: 5 }), { numRuns: count, seed: 13 });
  picks.forEach((lines, k) => writeFileSync(join(dir, `2024-03-${String(k + 1).padStart(3, '0')}-cut.txt`), lines.join('\n')));
  return dir;
}
