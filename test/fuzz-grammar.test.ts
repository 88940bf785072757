/**
 * Grammar-based fuzz (issue 9): realistic sentences generated from the
 * project's own catalogs (test/helpers/grammar.ts), run through the whole
 * pipeline in batches of paragraphs. Every case must give no internal error
 * and a record set that keeps the contract of SPEC §4 (offsets exact, values
 * finite, value_max ≥ value…); the simple classes must also give the value
 * their text states. ~5 000 cases here; `LONG=1` runs 20× as many with a
 * fresh seed (printed), `FC_SEED=<n>` replays one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractViolations, extractText } from './helpers/contract.js';
import {
  enDecimalCase, enIndefiniteCase, enMixedCase, zhBadDatelineCase, zhFractionCase, zhMixedCase, zhSeparatorCase, zhSimpleCase,
} from './helpers/grammar.js';

const LONG = process.env.LONG === '1';
const SCALE = LONG ? 20 : 1;
const SEED = Number(process.env.FC_SEED ?? (LONG ? Date.now() % 1e9 : 9));
if (LONG) console.log(`fuzz-grammar seed ${SEED} (replay with FC_SEED=${SEED})`);
const ISSUE_DATE = '2024-02-29';
/** Cases per pipeline run: one paragraph each. */
const BATCH = 10;

interface Case {
  text: string;
  /** The number as written and the value (and unit) a correct reading gives it. */
  number?: string;
  value?: number;
  unit?: string;
}

type Check = (c: Case, json: ReturnType<typeof extractText>, from: number, to: number) => string[];

/** The value oracle: a quantity read from the written number must carry its value (and unit). */
const valueOracle: Check = (c, json, from, to) => {
  if (c.value === undefined) return [];
  const read = json.quantities.filter((q) => q.start >= from && q.end <= to && q.text.includes(c.number!));
  if (read.length === 0 || read.some((q) => q.value === c.value && (!c.unit || q.unit === c.unit))) return [];
  return [`${JSON.stringify(c.text)}: expected ${c.value} ${c.unit ?? ''}, got ${read.map((q) => `${q.value} ${q.unit}`).join(', ')}`];
};

/** An impossible dateline is ignored: relative days resolve against the issue date, never a wrapped month. */
const noWrappedDateline: Check = (c, json, from, to) => json.dates
  .filter((d) => d.start >= from && d.end <= to && d.relative && d.value !== null && !['2024-02-28', '2024-02-27'].includes(d.value))
  .map((d) => `${JSON.stringify(c.text)}: ${d.text} resolved to ${d.value} through an impossible dateline`);

/** Run the cases in batches; every broken promise as a readable line. */
function failuresOf(cases: Case[], check?: Check): string[] {
  const failures: string[] = [];
  for (let k = 0; k < cases.length; k += BATCH) {
    const batch = cases.slice(k, k + BATCH);
    const text = batch.map((c) => c.text).join('\n\n');
    let json: ReturnType<typeof extractText>;
    try {
      json = extractText(text, ISSUE_DATE);
    } catch {
      for (const c of batch) {
        try {
          extractText(c.text, ISSUE_DATE);
        } catch (e) {
          failures.push(`${JSON.stringify(c.text)}: internal error: ${(e as Error).message}`);
        }
      }
      continue;
    }
    failures.push(...contractViolations(text, json).map((v) => `${v} (batch ${JSON.stringify(text)})`));
    let from = 0;
    for (const c of batch) {
      const to = from + [...c.text].length;
      if (check) failures.push(...check(c, json, from, to));
      from = to + 2;
    }
  }
  return failures;
}

const sample = <T>(arb: fc.Arbitrary<T>, runs: number, salt: number) => fc.sample(arb, { numRuns: runs * SCALE, seed: SEED + salt });
const expectNone = (failures: string[]) => expect(failures.slice(0, 20), `${failures.length} failure(s)`).toEqual([]);
const TIMEOUT = 60_000 * SCALE;

describe('grammar fuzz: the pipeline on generated realistic sentences', () => {
  it('Chinese statements give the value they state (value oracle)', () => {
    expectNone(failuresOf(sample(zhSimpleCase, 1100, 1), valueOracle));
  }, TIMEOUT);

  it('Chinese sentences of the whole grammar keep the contract', () => {
    expectNone(failuresOf(sample(zhMixedCase, 3000, 2)));
  }, TIMEOUT);

  it('English sentences of the whole grammar keep the contract', () => {
    expectNone(failuresOf(sample(enMixedCase, 200, 3)));
  }, TIMEOUT);
});

describe('grammar fuzz: the classes issue 9 found broken', () => {
  // `1,075家`, `１，０７５家`, `12,345.6万元` crashed the facts clause-break.
  it('thousands separators are one number: no internal error, the value stated', () => {
    expectNone(failuresOf(sample(zhSeparatorCase, 200, 4), valueOracle));
  }, TIMEOUT);

  // `数十分之一`, `一二分之三` gave value_max < value.
  it('approximate fractions keep value_max ≥ value', () => {
    expectNone(failuresOf(sample(zhFractionCase, 100, 5)));
  }, TIMEOUT);

  // `a week` gave a quantity with a null value.
  it('indefinite articles never give a null value', () => {
    expectNone(failuresOf(sample(enIndefiniteCase, 100, 6)));
  }, TIMEOUT);

  // `133.7 million` gave 133699999.99999999.
  it('decimal millions are rounded to the precision written', () => {
    expectNone(failuresOf(sample(enDecimalCase, 100, 7), valueOracle));
  }, TIMEOUT);

  // `新华社北京13月5日电` wrapped to another month and shifted 昨天.
  it('an impossible dateline is ignored, never wrapped', () => {
    expectNone(failuresOf(sample(zhBadDatelineCase, 100, 8), noWrappedDateline));
  }, TIMEOUT);
});
