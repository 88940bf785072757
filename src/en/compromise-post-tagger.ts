/**
 * compromise's post-tagger (14.17, `postTagger/compute/index.js`) for a parse
 * read only for its organizations: it runs the rules that may tag a term that
 * may come out an organization, and no other.
 *
 * compromise's post-tagger splits each sentence into chunks at commas, finds
 * the matches of all its rules in a chunk against the tags the pre-tagger
 * left, and only then applies them in order; a rule reads and tags the terms
 * of its own chunk. A term can come out an organization only if it was one
 * before, or if a rule whose tag is `Organization` or one of its kinds
 * (`SportsTeam`) matched over it: tagging adds a tag and its parents,
 * otherwise it only removes. So:
 *  - a chunk with no organization tag in which none of those few rules
 *    matches has no organization after the post-tagger, whatever its other
 *    rules do: none is run there (about half the chunks of a gated view, nine
 *    in ten of all views);
 *  - in another chunk, the terms that may come out an organization get every
 *    rule that may tag them (`compromise-rule-reach.ts`), in compromise's
 *    order: the same candidates, deduplicated and filtered as its `sweep`
 *    does, matched and tagged by its own functions.
 * So those terms end with the tags the stock parse gives them
 * (`test/compromise-post-tagger.test.ts` compares the two); the others may not.
 */

import type { Pointer } from 'compromise/misc';
import type { CompromiseModel } from '../compromise.js';
import { rulesReaching, taggingTokensOf, termsOf, type Rule, type Term, type TermMethods, type Token } from './compromise-rule-reach.js';

/** The release of compromise whose post-tagger this one follows; with another, compromise's own runs (`src/compromise.ts`). */
export const POST_TAGGER_VERSION = '14.17.0';

interface Net {
  hooks: Record<string, Rule[]>;
  always: Rule[];
}

type Found = Rule & { pointer: Pointer };

interface World {
  model: { one: { tagSet: CompromiseModel['tagSet'] }; two: { matches: Record<string, unknown>[] } };
  methods: {
    one: {
      buildNet(matches: object[], world: World): Net;
      parseMatch(match: string, opts: object, world: World): unknown;
      cacheDoc(document: Term[][]): Set<string>[];
      termMethods: TermMethods;
      match(docs: Term[][], rule: Rule): { ptrs: Pointer[] };
      bulkTagger(found: Found[], document: Term[][], world: World): void;
    };
    two: { quickSplit(document: Term[][]): Term[][] };
  };
}

/** The part of a compromise view the post-tagger uses. */
export interface TaggerView {
  world: World;
  docs: Term[][];
  update(pointers: Pointer[]): { docs: Term[][] };
  uncache(): void;
  unfreeze(): void;
}

/** The tags a rule's `tag` sets: one, several (`#Noun . #Organization`, one per term) or a list. */
const tagsOf = (tag: Rule['tag']): string[] =>
  (Array.isArray(tag) ? tag.flatMap(tagsOf) : (tag ?? '').trim().split(' ').map((t) => t.replace(/^#/, '')));

/** A rule's `tag` makes a term an organization: it sets `Organization` or one of its kinds (their parents include it). */
export function tagsOrganization(tag: Rule['tag'], tagSet: CompromiseModel['tagSet']): boolean {
  return tagsOf(tag).some((t) => t === 'Organization' || (tagSet[t]?.parents ?? []).includes('Organization'));
}

interface Rules {
  /** Each hook's position in `Object.keys(net.hooks)`: the order compromise tries them in. */
  hookOrder: Map<string, number>;
  /** The rules of each hook, in that order. */
  hookRules: Rule[][];
  /** Beside each hook's rules, a number per match text: compromise tries a match text once per chunk, first come. */
  hookMatchIds: Int32Array[];
  /** By match text number, the chunk (`chunksSeen`) in which it was last tried: a stamp, so nothing is cleared per chunk. */
  triedIn: Int32Array;
  chunksSeen: number;
  /** The rules tried on every chunk long enough (`net.always`). */
  always: Rule[];
  /** The rules that can make a term an organization. */
  organizationRules: Rule[];
  /** By rule, the tokens that take the terms it tags. */
  taggingTokens: Map<Rule, Token[]>;
}

let rules: Rules | null = null;

/**
 * compromise's rules prepared by its own `buildNet`, on copies: the stock
 * post-tagger prepares the originals in place (it parses their `notIf` into
 * match tokens), and each may run first.
 */
function prepareRules(world: World): Rules {
  const { matches } = world.model.two;
  const copies = matches.map(({ notIf: _notIf, ...rule }) => rule);
  const net = world.methods.one.buildNet(copies, world);
  matches.forEach(({ notIf }, i) => {
    if (notIf !== undefined) copies[i]!.notIf = typeof notIf === 'string' ? world.methods.one.parseMatch(notIf, {}, world) : notIf;
  });
  const hooks = Object.keys(net.hooks);
  const all = new Set([...hooks.flatMap((h) => net.hooks[h]!), ...net.always]);
  const matchIds = new Map([...new Set([...all].map((rule) => rule.match))].map((match, id) => [match, id]));
  return {
    hookOrder: new Map(hooks.map((h, i) => [h, i])),
    hookRules: hooks.map((h) => net.hooks[h]!),
    hookMatchIds: hooks.map((h) => Int32Array.from(net.hooks[h]!, (rule) => matchIds.get(rule.match)!)),
    triedIn: new Int32Array(matchIds.size).fill(-1),
    chunksSeen: 0,
    always: net.always,
    organizationRules: [...all].filter((rule) => tagsOrganization(rule.tag, world.model.one.tagSet)),
    taggingTokens: new Map([...all].map((rule) => [rule, taggingTokensOf(rule)])),
  };
}

/**
 * A rule passes compromise's tests of its words and tags and of the chunk's
 * length (`02-trim-down.js`, `tooSmall`); its `ifNo` words, tested only for
 * hooked rules, are left to `candidates`.
 */
function mayMatch(rule: Rule, haves: Set<string>, length: number): boolean {
  if (length < rule.minWords) return false;
  for (const need of rule.needs) if (!haves.has(need)) return false;
  if (rule.wants.length === 0) return true;
  let wanted = 0;
  for (const want of rule.wants) if (haves.has(want)) wanted++;
  return wanted >= rule.minWant;
}

const hasNone = (haves: Set<string>, words: string[] | undefined): boolean => words === undefined || !words.some((word) => haves.has(word));

/** The rules compromise tries on a chunk, in its order (`sweep`: hooks in key order, first of each match text, then `always`). */
function candidates(r: Rules, haves: Set<string>, length: number): Rule[] {
  const present: number[] = [];
  for (const item of haves) {
    const at = r.hookOrder.get(item);
    if (at !== undefined) present.push(at);
  }
  present.sort((a, b) => a - b);
  const chunk = r.chunksSeen++;
  const found: Rule[] = [];
  for (const at of present) {
    const rules = r.hookRules[at]!;
    const matchIds = r.hookMatchIds[at]!;
    for (let k = 0; k < rules.length; k++) {
      if (r.triedIn[matchIds[k]!] === chunk) continue;
      r.triedIn[matchIds[k]!] = chunk;
      const rule = rules[k]!;
      if (mayMatch(rule, haves, length) && hasNone(haves, rule.ifNo)) found.push(rule);
    }
  }
  for (const rule of r.always) if (length >= rule.minWords) found.push(rule);
  return found;
}

/**
 * compromise's `bulkMatch`, for the terms that may come out an organization:
 * no rule in a chunk without an organization tag where no organization rule
 * matches; elsewhere the rules that may tag them (`rulesReaching`).
 */
function organizationMatches(r: Rules, chunks: Term[][], world: World): Found[] {
  const { methods } = world;
  const caches = methods.one.cacheDoc(chunks);
  const found: Found[] = [];
  for (let n = 0; n < chunks.length; n++) {
    const chunk = chunks[n]!;
    const haves = caches[n]!;
    const matched = new Map<Rule, Pointer[]>();
    const matchesOf = (rule: Rule) => {
      let pointers = matched.get(rule);
      if (!pointers) matched.set(rule, (pointers = methods.one.match([chunk], rule).ptrs));
      return pointers;
    };
    // the organization rules compromise may try here, or more (a term they reach and the stock parse leaves alone costs time, never tags)
    const organizationSpans = r.organizationRules.filter((rule) => mayMatch(rule, haves, chunk.length)).flatMap(matchesOf);
    if (!haves.has('#Organization') && organizationSpans.length === 0) continue;
    const todo = candidates(r, haves, chunk.length);
    const reach = new Set([...chunk.filter((term) => term.tags.has('Organization')), ...organizationSpans.flatMap((pointer) => termsOf(chunk, pointer))]);
    for (const rule of rulesReaching(todo, r.taggingTokens, reach, chunk, matchesOf, methods.one.termMethods)) {
      for (const pointer of matchesOf(rule)) {
        pointer[0] = n;
        found.push({ ...rule, pointer });
      }
    }
  }
  return found;
}

/** Runs in place of compromise's `postTagger` compute for a parse read only for its organizations. */
export function organizationPostTagger(view: TaggerView): TaggerView {
  const { world } = view;
  rules ??= prepareRules(world);
  const chunks = world.methods.two.quickSplit(view.docs);
  const pointers = chunks.map((terms): Pointer => [terms[0]!.index[0], terms[0]!.index[1], terms[0]!.index[1] + terms.length]);
  const docs = view.update(pointers).docs;
  world.methods.one.bulkTagger(organizationMatches(rules, docs, world), docs, world);
  view.uncache();
  view.unfreeze();
  return view;
}
