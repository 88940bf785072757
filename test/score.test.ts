import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { score, type IssueRecords } from '../src/eval/score.js';

const read = (p: string) => JSON.parse(readFileSync(new URL(p, import.meta.url), 'utf8'));

describe('TypeScript scorer', () => {
  it('agrees with the reference scorer (shared/tools/score.py) on a perturbed prediction', () => {
    // expected-report.json was written by score.py --json for this gold/prediction pair.
    const gold = read('./gold/2024-02-29-chongqing-daily.gold.json') as IssueRecords;
    const pred = read('./fixtures/score/2024-02-29-chongqing-daily.json') as IssueRecords;
    const expected = read('./fixtures/score/expected-report.json');
    const report = score([[gold, pred]]);
    for (const kind of ['quantities', 'dates', 'organizations'] as const) {
      for (const mode of ['exact', 'overlap'] as const) {
        const { tp, fn, fp, f1 } = report[kind][mode]!;
        expect({ kind, mode, tp, fn, fp }).toEqual({ kind, mode, tp: expected[kind][mode].tp, fn: expected[kind][mode].fn, fp: expected[kind][mode].fp });
        expect(f1).toBeCloseTo(expected[kind][mode].f1, 9);
      }
      for (const [field, v] of Object.entries(expected[kind].fields)) expect(report[kind].fields[field]).toBeCloseTo(v as number, 9);
    }
    expect(report.facts.exact).toMatchObject({ tp: expected.facts.exact.tp, fn: expected.facts.exact.fn, fp: expected.facts.exact.fp });
    for (const [field, v] of Object.entries(expected.facts.fields)) expect(report.facts.fields[field]).toBeCloseTo(v as number, 9);
    expect(report.articles.exact).toMatchObject({ tp: expected.articles.exact.tp, fn: expected.articles.exact.fn, fp: expected.articles.exact.fp });
  });

  it('scores gold against itself as perfect', () => {
    const gold = read('./gold/2024-02-29-chongqing-daily.gold.json') as IssueRecords;
    const report = score([[gold, gold]]);
    for (const kind of ['articles', 'quantities', 'dates', 'organizations', 'facts'] as const) expect(report[kind].exact.f1).toBe(1);
  });
});
