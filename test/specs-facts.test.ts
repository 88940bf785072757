import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Fact } from '../src/doc.js';
import { docOf } from './helpers/doc.js';

/**
 * Fact specs as data (test/specs/facts.{zh,en}.jsonl), run through the whole
 * pipeline. Each expected fact names its quantity by its text and gives the
 * fields it checks; `facts: []` is a negative case (no fact at all). With
 * `only: true` the expected facts are all the facts of the text, in order.
 */
interface ExpectedFact {
  quantity: string;
  metric?: string;
  kind?: Fact['kind'];
  value?: number;
  period?: string;
  subject?: string;
  status?: Fact['status'];
}
interface FactSpec {
  text: string;
  issue_date: string;
  facts: ExpectedFact[];
  only?: boolean;
  note?: string;
}

const specs = (lang: string): FactSpec[] => readFileSync(new URL(`./specs/facts.${lang}.jsonl`, import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as FactSpec);

/** Every fact of the text, with the text of its quantity and only the fields the expectation names. */
function factsOf(lang: string, spec: FactSpec, fields: (keyof ExpectedFact)[]) {
  const doc = docOf(`${lang === 'zh' ? '标题' : 'Title'}\n${spec.text}\n`, 'facts', spec.issue_date);
  const text = new Map(doc.quantities.map((q) => [q.id, q.text]));
  return doc.facts.map((f) => {
    const row: Record<string, unknown> = { quantity: text.get(f.quantity_id) };
    for (const k of fields) if (k !== 'quantity') row[k] = f[k];
    return row;
  });
}

beforeAll(() => void docOf('标题\n全市企业10家。Sales rose 5 percent.\n', 'facts'), 60_000);

for (const lang of ['zh', 'en']) {
  describe(`fact specs (${lang})`, () => {
    it.each(specs(lang).map((s) => [s.text, s] as const))('%s', (_, spec) => {
      const fields = [...new Set(spec.facts.flatMap((f) => Object.keys(f) as (keyof ExpectedFact)[]))];
      const got = factsOf(lang, spec, fields.length ? fields : ['metric']);
      if (spec.facts.length === 0) expect(got).toEqual([]);
      else if (spec.only) expect(got).toEqual(spec.facts);
      else for (const f of spec.facts) expect(got).toContainEqual(expect.objectContaining(f));
    });
  });
}
