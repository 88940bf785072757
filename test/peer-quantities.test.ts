/**
 * Conformance with Recognizers-Text's own number, percent, currency and dimension
 * cases (copied unchanged into test/peer/). Items outside SPEC's scope, or where
 * their convention differs from SPEC, are listed with a reason in
 * test/peer/quantities-scope.json; the rest must be found with an equal value
 * (and the same unit for currency and dimension).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldFullWidth } from '../src/stages/normalize.js';
import { findChineseNumbers } from '../src/zh/numbers.js';
import { findEnglishNumbers } from '../src/en/numbers.js';
import { extractZhQuantities } from '../src/zh/quantities.js';
import { extractEnQuantities } from '../src/en/quantities.js';

interface Expected { text: string; value: string | null; unit: string | null; iso?: string; start: number; end: number }
interface Case { id: string; input: string; expected: Expected[] }
interface Found { start: number; end: number; value: number; unit: string }
interface Scope {
  rules: { suites: string[]; pattern: string; reason: string }[];
  cases: Record<string, string>;
  units: Record<string, string>;
}

const scope = JSON.parse(readFileSync(new URL('./peer/quantities-scope.json', import.meta.url), 'utf8')) as Scope;
const rules = scope.rules.map((r) => ({ ...r, re: new RegExp(r.pattern) }));

const SUITES: Record<string, { floor: number; find: (input: string, raw: string) => Found[]; unitChecked: boolean }> = {
  'zh-number': { floor: 0.97, unitChecked: false, find: (s) => findChineseNumbers(s).map((n) => ({ ...n, unit: '' })) },
  'zh-percent': { floor: 0.97, unitChecked: false, find: (s, raw) => extractZhQuantities(s, raw).filter((q) => q.dimension === 'percent') },
  'zh-currency': { floor: 0.97, unitChecked: true, find: extractZhQuantities },
  'zh-dimension': { floor: 0.97, unitChecked: true, find: extractZhQuantities },
  'en-number': { floor: 0.9, unitChecked: false, find: (s) => findEnglishNumbers(s).map((n) => ({ ...n, unit: '' })) },
  'en-percent': { floor: 0.9, unitChecked: false, find: (s) => extractEnQuantities(s).filter((q) => q.dimension === 'percent') },
  'en-currency': { floor: 0.9, unitChecked: true, find: extractEnQuantities },
};

function load(suite: string): Case[] {
  return readFileSync(new URL(`./peer/${suite}.jsonl`, import.meta.url), 'utf8')
    .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Case);
}

function expectedValue(e: Expected): number | null {
  if (e.value === null || e.value === 'null') return null;
  return Number(e.value.replace('%', ''));
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(1e-9, 1e-6 * Math.abs(b));
}

/** Why an item is out of scope, or null when it counts. */
function outOfScope(suite: string, c: Case, e: Expected): string | null {
  const byCase = scope.cases[c.id];
  if (byCase) return byCase;
  if (e.value === null || e.value === 'null') return 'no number: a bare currency name is not a quantity (SPEC: a number with its unit)';
  const rule = rules.find((r) => r.suites.includes(suite) && r.re.test(e.text));
  return rule ? rule.reason : null;
}

function found(suite: string, e: Expected, items: Found[]): boolean {
  const value = expectedValue(e)!;
  const unit = e.iso ?? (e.unit ? scope.units[e.unit] ?? null : null);
  return items.some((f) => f.start < e.end && e.start < f.end && sameValue(f.value, value)
    && (!SUITES[suite]!.unitChecked || unit === null || f.unit === unit));
}

describe('Recognizers-Text conformance (quantities)', () => {
  for (const [suite, cfg] of Object.entries(SUITES)) {
    it(`${suite}: ≥ ${cfg.floor * 100}% of in-scope items found with an equal value`, () => {
      let total = 0, hit = 0;
      const misses: string[] = [];
      for (const c of load(suite)) {
        const items = cfg.find(foldFullWidth(c.input), c.input);
        for (const e of c.expected) {
          if (outOfScope(suite, c, e)) continue;
          total++;
          if (found(suite, e, items)) hit++;
          else misses.push(`${c.id} ${JSON.stringify(c.input.slice(0, 60))} expected ${e.text}=${e.value} ${e.iso ?? e.unit ?? ''}`);
        }
      }
      if (process.env.PEER_VERBOSE) console.log(`${suite}: ${hit}/${total}\n${misses.join('\n')}`);
      expect(total).toBeGreaterThan(0);
      expect(hit / total).toBeGreaterThanOrEqual(cfg.floor);
    });
  }
});
