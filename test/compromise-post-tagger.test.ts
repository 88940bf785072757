/**
 * The organization parse (`parseForOrganizations`: compromise's steps with
 * `en/compromise-post-tagger.ts` in place of its post-tagger) must give the
 * organizations the stock parse gives, with the same terms, tags and offsets:
 * checked on every sentence of the committed English bench texts and on one
 * case per way compromise tags an organization. Other terms may keep fewer
 * tags (the rules that cannot reach an organization are not run).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Pointer } from 'compromise/misc';
import type twoNlp from 'compromise/two';
import { compromiseModel, parseForOrganizations, type EnglishParse } from '../src/compromise.js';
import { POST_TAGGER_VERSION } from '../src/en/compromise-post-tagger.js';
import { rulesReaching, type Rule, type Term, type Token } from '../src/en/compromise-rule-reach.js';

const stock = createRequire(import.meta.url)('compromise/two') as typeof twoNlp;

type Json = { text: string; terms: { text: string; tags: string[]; offset: { start: number; length: number } }[] }[];
const organizations = (parse: EnglishParse) => (parse.match('#Organization+').json({ offset: true, terms: { offset: true } }) as Json)
  .map((o) => [o.text, o.terms.map((t) => [t.text, t.tags, t.offset.start, t.offset.length])]);
const tagsOf = (parse: EnglishParse) => (parse.json() as Json).flatMap((s) => s.terms.map((t) => t.tags));

const benchDir = new URL('../bench/en/', import.meta.url);
const benchTexts = readdirSync(benchDir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => readFileSync(new URL(f, benchDir), 'utf8'));

describe('organization post-tagger', () => {
  it('follows the installed compromise (with another release, its own post-tagger runs: check this one against it first)', () => {
    expect(compromiseModel().version).toBe(POST_TAGGER_VERSION);
  });

  it('finds the organizations of the stock parse in every bench text', () => {
    let found = 0;
    for (const text of benchTexts) {
      const ours = organizations(parseForOrganizations(text));
      expect(ours).toEqual(organizations(stock(text)));
      found += ours.length;
    }
    expect(found).toBeGreaterThan(50);
  }, 60_000);

  it.each([
    ['lexicon', 'He said NATO would decide.'],
    ['org word after a name', 'Shares of Acme Bank rose, analysts said.'],
    ['the + acronym', 'He said the UNHCR would help.'],
    ['noun & noun', 'He joined Smith & Wesson last year.'],
    ['a rule whose token takes any term (`!`, `.`)', "Douglas & Lomason's profits rose."],
    ['proper noun + inc', 'Zorblax inc reported a loss.'],
    ['school board', 'The school board met on Monday.'],
    ['manchester united', 'They lost to manchester united on Sunday, in the rain.'],
    ['place + society', 'In London, the Chelsea Flower Society met.'],
    ['a name before an org word, in a chunk of its own', 'The Reserve Bank of Australia, he said, will act.'],
    ['accented letters', 'The Société Générale bank fell.'],
  ])('tags as the stock parse does: %s', (_, text) => {
    const ours = organizations(parseForOrganizations(text));
    expect(ours.length).toBeGreaterThan(0);
    expect(ours).toEqual(organizations(stock(text)));
  });

  it('leaves a chunk without organizations as the pre-tagger made it, and the stock parse intact', () => {
    const text = 'I will go home, he said.';
    expect(organizations(parseForOrganizations(text))).toEqual([]);
    expect(tagsOf(parseForOrganizations(text))[1]).toEqual(['Verb', 'Modal']);
    expect(tagsOf(stock(text))[1]).toEqual(['Verb', 'Modal', 'Auxiliary']);
  });

  it('runs in a chunk with an organization only the rules that may tag it', () => {
    const text = 'I will see Acme Bank.';
    expect(organizations(parseForOrganizations(text))).toEqual(organizations(stock(text)));
    expect(organizations(stock(text))).toHaveLength(1);
    expect(tagsOf(parseForOrganizations(text))[1]).toEqual(['Verb', 'Modal']);
    expect(tagsOf(stock(text))[1]).toEqual(['Verb', 'Modal', 'Auxiliary']);
  });

  it('runs in a chunk with a contraction and an organization only the rules that may tag it', () => {
    const text = "I'll see Acme Bank.";
    expect(organizations(parseForOrganizations(text))).toEqual(organizations(stock(text)));
    expect(organizations(stock(text))).toHaveLength(1);
    expect(tagsOf(parseForOrganizations(text))[1]).toEqual(['Verb', 'Modal']);
    expect(tagsOf(stock(text))[1]).toEqual(['Verb', 'Modal', 'Auxiliary']);
  });

  it('runs every rule while the terms that may come out an organization hold the half of a contraction a match steps over', () => {
    const term = (text: string, implicit: string | undefined, ...tags: string[]): Term => ({ text, pre: '', post: '', normal: text, implicit, tags: new Set(tags), index: [0, 0] });
    const chunk = [term("we've", 'we', 'Pronoun'), term('', 'have', 'Verb'), term('Acme', undefined, 'Organization')];
    const we: Rule = { match: 'we', regs: [{ word: 'we' }], needs: [], wants: [], minWant: 0, minWords: 1 };
    const reaching = (reach: Term) => rulesReaching([we], new Map([[we, we.regs]]), new Set([reach]), chunk, () => [], {});
    expect(reaching(chunk[1]!)).toEqual([we]);
    expect(reaching(chunk[2]!)).toEqual([]);
  });

  it('runs a rule on the other terms a safe rule over an organization looks at', () => {
    const term = (text: string, ...tags: string[]): Term => ({ text, pre: '', post: '', normal: text.toLowerCase(), tags: new Set(tags), index: [0, 0] });
    const rule = (match: string, regs: Token[], safe = false): Rule => ({ match, regs, safe, needs: [], wants: [], minWant: 0, minWords: regs.length });
    const chunk = [term('Acme', 'Noun', 'Organization'), term('van', 'Noun'), term('Dyke', 'Noun', 'ProperNoun')];
    const retag = rule('van', [{ word: 'van' }]);
    const person = rule('#Organization van #ProperNoun', [{ tag: 'Organization' }, { word: 'van' }, { tag: 'ProperNoun' }], true);
    const unsafe = { ...person, safe: false };
    const tokens = new Map([retag, person, unsafe].map((r) => [r, r.regs]));
    const matchesOf = (r: Rule): Pointer[] => (r === retag ? [[0, 1, 2]] : [[0, 0, 3]]);
    const reaching = (rules: Rule[]) => rulesReaching(rules, tokens, new Set([chunk[0]!]), chunk, matchesOf, {});
    expect(reaching([retag, person])).toEqual([retag, person]);
    expect(reaching([retag, unsafe])).toEqual([unsafe]);
  });
});
