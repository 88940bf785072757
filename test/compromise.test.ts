/**
 * The project parses English with compromise's tagger build (`compromise/two`,
 * no phrase chunker): it must tag as the full build does, or organizations
 * would change with the build. Checked on sentences of the committed bench texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type fullNlp from 'compromise';
import type twoNlp from 'compromise/two';

const require = createRequire(import.meta.url);
const full = require('compromise') as typeof fullNlp;
const two = require('compromise/two') as typeof twoNlp;
const benchDir = new URL('../bench/en/', import.meta.url);
const benchText = readdirSync(benchDir).filter((f) => f.endsWith('.txt')).sort().slice(0, 6)
  .map((f) => readFileSync(new URL(f, benchDir), 'utf8')).join('\n\n');

type Json = { terms: { text: string; tags: string[]; offset: { start: number; length: number } }[] }[];
const tagged = (json: Json) => json.map((s) => s.terms.map((t) => [t.text, t.tags, t.offset.start, t.offset.length]));

describe('compromise', () => {
  it('tags as its full build does', () => {
    const opts = { offset: true, terms: { offset: true } };
    const ours = tagged(two(benchText).json(opts) as Json);
    expect(ours.length).toBeGreaterThan(50); // sentences
    expect(ours).toEqual(tagged(full(benchText).json(opts) as Json));
  }, 30_000);
});
