/**
 * Organization specs as data: every line of test/specs/organizations.<lang>.jsonl
 * is one input with the exact list of organizations expected (text, type and,
 * for aliases, canonical). An empty list is a negative case.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { docOf } from './helpers/doc.js';

const specSchema = z.object({
  name: z.string(),
  input: z.string(),
  expected: z.array(z.object({ text: z.string(), type: z.string(), canonical: z.string().optional() })),
});

for (const lang of ['zh', 'en']) {
  const lines = readFileSync(new URL(`./specs/organizations.${lang}.jsonl`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim());
  describe(`organization specs (${lang})`, () => {
    for (const line of lines) {
      const spec = specSchema.parse(JSON.parse(line));
      it(spec.name, () => {
        const doc = docOf(spec.input, 'organizations');
        const got = doc.organizations.map((o) => ({ text: o.text, type: o.type, canonical: o.canonical }));
        expect(got).toEqual(spec.expected.map((e) => ({ ...e, canonical: e.canonical ?? e.text })));
      });
    }
  });
}
