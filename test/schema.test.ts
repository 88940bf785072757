/**
 * The published schema documents (issue 12): the committed files are what the
 * code generates (`npm run docs:schema`), and the sample output validates
 * against the committed JSON Schema with an independent validator (Ajv).
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { schemaDocs } from '../src/output/schema.js';
import { TABLES } from '../src/output/tables.js';

const SAMPLE = 'test/golden/2024-02-29-chongqing-daily.json';
const committed = (path: string) => readFileSync(path, 'utf8');

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(committed('docs/issue.schema.json')) as object);
}

describe('generated schema documents', () => {
  it.each(Object.entries(schemaDocs()))('%s matches the code (run npm run docs:schema)', (path, text) => {
    expect(committed(path)).toBe(text);
  });

  it('the data dictionary has a section per table and a row per unit of the catalog', () => {
    const dictionary = committed('docs/data-dictionary.md');
    for (const t of TABLES) expect(dictionary).toContain(`### ${t} (\`${t}.csv\``);
    expect(dictionary).toMatch(/\| `mu` \| area \| mu \| 亩 \| m2 \| 666\.6/);
  });
});

describe('the JSON Schema of <id>.json', () => {
  it('validates the sample output', () => {
    const validate = validator();
    const ok = validate(JSON.parse(committed(SAMPLE)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects an empty string for a missing value, an unknown field and a wrong type', () => {
    const validate = validator();
    const sample = JSON.parse(committed(SAMPLE)) as { quantities: Record<string, unknown>[] };
    const broken = (change: (q: Record<string, unknown>) => void) => {
      const copy = structuredClone(sample);
      change(copy.quantities[0]!);
      return validate(copy);
    };
    expect(broken((q) => { q.unit = ''; })).toBe(false);
    expect(broken((q) => { q.extra = 1; })).toBe(false);
    expect(broken((q) => { q.value = '750'; })).toBe(false);
    expect(broken((q) => { q.start = 1.5; })).toBe(false);
  });
});
