/**
 * The "done when" figures of issue 11, read from the bench's results and
 * printed one line each with the target and whether it is met. They hold only
 * on an idle machine: the load average is printed first. The two throughput
 * targets (2 workers against 1, English chars/s) are judged at 16× the corpus,
 * the steady rate (cold start is a target of its own), with the 4× figure
 * shown beside it. Memory must not grow with the corpus: compared at 1× and
 * 16× with the same number of threads (by default a small run has one thread
 * and a large one two, each thread its own isolate and segmenter; those
 * figures are shown beside).
 */

interface Run { ms: number; peakRssMb: number; charsPerSecond: number }
interface Results {
  coldStart: Record<'zh' | 'en', { ms: number }>;
  mixedScaling: Run[];
  /** 1 vs 2 threads on mixed ×1, ×4 and ×16. */
  workers: { times: number; speedup: number; identical: boolean; one: { peakRssMb: number }; two: { peakRssMb: number } }[];
  /** Two independent one-thread runs of mixed ×16 at once against one alone: what 2 threads could gain here at best. */
  twoAtOnce: { speedup: number };
  /** English at ×4 and ×16. */
  english: (Run & { times: number })[];
  /** Chinese ×16 with the default settings against raw nodejieba `cut`. */
  defaultRatio: number;
}

export function targetLines(results: Results): string[] {
  const [one, , sixteen] = results.mixedScaling;
  const rss = results.mixedScaling.map((s) => s.peakRssMb);
  const [workers1, workers4, workers16] = results.workers;
  const flat = (threads: 'one' | 'two') => workers16![threads].peakRssMb <= workers1![threads].peakRssMb * 1.1;
  const identical = results.workers.every((w) => w.identical);
  const [english4, english16] = results.english;
  const rows: [string, string, boolean][] = [
    ['cold start, one Chinese issue ≤ 800 ms', `${results.coldStart.zh.ms} ms`, results.coldStart.zh.ms <= 800],
    ['cold start, one English issue ≤ 600 ms', `${results.coldStart.en.ms} ms`, results.coldStart.en.ms <= 600],
    ['2 workers against 1 ≥ ×1.6 (mixed ×16), identical output', `×${workers16!.speedup} (×4: ×${workers4!.speedup}; two one-thread runs at once: ×${results.twoAtOnce.speedup}), identical ${identical}`, workers16!.speedup >= 1.6 && identical],
    ['peak RSS ≤ 250 MB at 1×, 4×, 16×', `${rss.join(' / ')} MB`, Math.max(...rss) <= 250],
    [
      'peak RSS the same at 1× and 16× with the same threads (within 10%)',
      `1 thread ${workers1!.one.peakRssMb} vs ${workers16!.one.peakRssMb} MB, 2 threads ${workers1!.two.peakRssMb} vs ${workers16!.two.peakRssMb} MB (default threads: ${one!.peakRssMb} vs ${sixteen!.peakRssMb} MB)`,
      flat('one') && flat('two'),
    ],
    ['16× the corpus ≤ 17× the time', `×${(sixteen!.ms / one!.ms).toFixed(1)}`, sixteen!.ms <= 17 * one!.ms],
    ['Chinese ×16, default settings ≤ 2× raw nodejieba cut', `×${results.defaultRatio}`, results.defaultRatio <= 2],
    ['English ≥ 150k chars/s (×16)', `${english16!.charsPerSecond} chars/s (×4: ${english4!.charsPerSecond})`, english16!.charsPerSecond >= 150_000],
  ];
  return rows.map(([target, figure, met]) => `${met ? 'met    ' : 'NOT MET'} ${target}: ${figure}`);
}
