/**
 * The compromise gate may skip a sentence only when compromise's parse of it
 * has no organization: checked on every sentence of the committed English
 * bench texts, on one case per way compromise tags an organization, and on
 * compromise's own rule list and model (an upgrade that changes either fails here).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compromiseModel, parseForOrganizations } from '../src/compromise.js';
import { readDataFile } from '../src/data-file.js';
import { compromiseOrgRules, GATE_DATA_FILE, mayHaveCompromiseOrganization } from '../src/en/compromise-gate.js';
import { buildGateData } from '../src/en/compromise-gate-data.js';
import { tagsOrganization } from '../src/en/compromise-post-tagger.js';

const hasOrganization = (text: string) => parseForOrganizations(text).match('#Organization+').found;

const benchDir = new URL('../bench/en/', import.meta.url);
const benchSentences = readdirSync(benchDir).filter((f) => f.endsWith('.txt')).sort().slice(0, 8)
  .flatMap((f) => readFileSync(new URL(f, benchDir), 'utf8').split(/\n|(?<=[.!?]["']?)\s+(?=[A-Z"])/))
  .filter((s) => s.trim());

describe('compromise gate', () => {
  it('knows every post-tagger rule of compromise that tags an organization', () => {
    const world = (parseForOrganizations('') as unknown as { world: { model: { two: { matches: { tag: string | string[]; reason?: string }[] } } } }).world;
    const { tagSet } = compromiseModel();
    const reasons = world.model.two.matches.filter((m) => tagsOrganization(m.tag, tagSet)).map((m) => m.reason).sort();
    expect(reasons).toEqual(Object.keys(compromiseOrgRules).sort());
  });

  it('reads the lists of the installed compromise\'s model (else run `npm run compromise:gate`)', () => {
    const committed = JSON.parse(readDataFile(GATE_DATA_FILE)) as Record<string, unknown>;
    const fresh: Record<string, unknown> = buildGateData(compromiseModel());
    const keys = [...new Set([...Object.keys(committed), ...Object.keys(fresh)])];
    expect(keys.filter((k) => JSON.stringify(committed[k]) !== JSON.stringify(fresh[k]))).toEqual([]);
  });

  it('lets through every bench sentence in which compromise finds an organization, and skips most others', () => {
    const missed = benchSentences.filter((s) => !mayHaveCompromiseOrganization(s) && hasOrganization(s));
    expect(missed).toEqual([]);
    const skipped = benchSentences.filter((s) => !mayHaveCompromiseOrganization(s)).length;
    expect(skipped).toBeGreaterThan(benchSentences.length / 2);
  }, 30_000); // compromise parses every sentence: seconds on a loaded machine

  it.each([
    ['lexicon', 'He said NATO would decide.'],
    ['several-word lexicon entry', 'He voted for the labour party again.'],
    ['org word after a name', 'Shares of Acme Bank rose.'],
    ['org word after a lower-case name (its ending makes it one)', 'stock of smithfield bank rose'],
    ['the + acronym', 'He said the UNHCR would help.'],
    ['noun & noun', 'He joined Smith & Wesson last year.'],
    ['proper noun + inc', 'Zorblax inc reported a loss.'],
    ['school board', 'The school board met on Monday.'],
    ['manchester united', 'They lost to manchester united on Sunday.'],
    ['accented letters', 'The Société Générale bank fell.'],
  ])('lets through a sentence with an organization: %s', (_, text) => {
    expect(hasOrganization(text)).toBe(true);
    expect(mayHaveCompromiseOrganization(text)).toBe(true);
  });

  it.each([
    'The company said profits rose 5 percent in the first quarter.',
    'He said the group would sell the unit after the results on Tuesday.',
    'He scored twice in the second half.',
  ])('skips a sentence without any: %s', (text) => {
    expect(hasOrganization(text)).toBe(false);
    expect(mayHaveCompromiseOrganization(text)).toBe(false);
  });
});
