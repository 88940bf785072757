/**
 * Specs as data (STYLE.md): test/specs/quantities.<lang>.jsonl, one case per line,
 * `{input, expected: [{text, value, unit, qualifier, value_max?, unit_text?}]}`.
 * An empty `expected` is a negative case: nothing may be extracted. One generic runner.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/doc.js';
import { foldFullWidth } from '../src/stages/normalize.js';
import { extractZhQuantities } from '../src/zh/quantities.js';
import { extractEnQuantities } from '../src/en/quantities.js';
import type { QuantityMatch } from '../src/quantity-match.js';

interface ExpectedQuantity { text: string; value: number; unit: string; qualifier: string; value_max?: number; unit_text?: string }
interface SpecCase { input: string; expected: ExpectedQuantity[] }

const EXTRACT: Record<Lang, (view: string, original: string) => QuantityMatch[]> = {
  zh: extractZhQuantities,
  en: extractEnQuantities,
};

function cases(lang: Lang): SpecCase[] {
  return readFileSync(new URL(`./specs/quantities.${lang}.jsonl`, import.meta.url), 'utf8')
    .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as SpecCase);
}

/** Rounded so that 1/3 written as 0.333333333333333 compares equal. */
const round = (v: number | null | undefined): number | null => (v === null || v === undefined ? null : Number(v.toPrecision(12)));

function actual(input: string, q: QuantityMatch, e: ExpectedQuantity | undefined): ExpectedQuantity {
  const got: ExpectedQuantity = { text: input.slice(q.start, q.end), value: round(q.value)!, unit: q.unit, qualifier: q.qualifier };
  if (e?.value_max !== undefined || q.value_max !== null) got.value_max = round(q.value_max)!;
  if (e?.unit_text !== undefined) got.unit_text = q.unit_text;
  return got;
}

describe.each(['zh', 'en'] as const)('quantity specs (%s)', (lang) => {
  it.each(cases(lang).map((c) => [c.input, c] as const))('%s', (input, c) => {
    const found = EXTRACT[lang](foldFullWidth(input), input);
    const expected = c.expected.map((e) => ({ ...e, value: round(e.value)!, ...(e.value_max !== undefined ? { value_max: round(e.value_max)! } : {}) }));
    expect(found.map((q, i) => actual(input, q, c.expected[i]))).toEqual(expected);
  });
});
