/**
 * compromise's post-tagger (14.17, `postTagger/compute/index.js`) for a parse
 * read only for its organizations: a comma chunk in which no organization can
 * come out is left as the pre-tagger made it.
 *
 * compromise's post-tagger splits each sentence into chunks at commas,
 * finds the matches of all its rules in a chunk against the chunk's tags as
 * the pre-tagger left them, and only then applies them in order; a rule reads
 * and tags the terms of its own chunk. A term can come out an organization
 * only if it was one before, or if a rule whose tag is `Organization` or one
 * of its kinds (`SportsTeam`) matched over it: tagging adds a tag and its
 * parents, otherwise it only removes. So a chunk with no organization tag in
 * which none of those few rules matches has no organization after the
 * post-tagger, whatever its other rules do, and they are not run there (about
 * half the chunks of a gated view, more than nine in ten of all views). Every
 * other chunk gets all its rules in compromise's order, which is kept
 * exactly: the same candidates, deduplicated and filtered as compromise's
 * `sweep` does, then matched and tagged by compromise's own functions. So the
 * terms that can be in an organization end with the tags the stock parse gives
 * them (`test/compromise-post-tagger.test.ts` compares the two).
 */

/** A term of compromise's document (the fields read here). */
interface Term {
  tags: Set<string>;
  index: [number, number];
}

/** One of compromise's post-tagger rules, as its `buildNet` prepares it. */
interface Rule {
  match: string;
  tag?: string | string[];
  notIf?: unknown;
  unTag?: string;
  ifNo?: string[];
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
}

interface Net {
  hooks: Record<string, Rule[]>;
  always: Rule[];
}

type Pointer = number[];
type Found = Rule & { pointer: Pointer };

interface World {
  model: { one: { tagSet: Record<string, { parents?: string[] }> }; two: { matches: Record<string, unknown>[] } };
  methods: {
    one: {
      buildNet(matches: object[], world: World): Net;
      parseMatch(match: string, opts: object, world: World): unknown;
      cacheDoc(document: Term[][]): Set<string>[];
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

/** A tag that makes a term an organization: `Organization` or one of its kinds (its parents include it). */
export function addsOrganization(tag: string, tagSet: World['model']['one']['tagSet']): boolean {
  return tag === 'Organization' || (tagSet[tag]?.parents ?? []).includes('Organization');
}

interface Rules {
  net: Net;
  /** Each hook's position in `Object.keys(net.hooks)`: the order compromise tries them in. */
  hookOrder: Map<string, number>;
  hookRules: Rule[][];
  /** The rules that can make a term an organization. */
  organizationRules: Rule[];
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
  return {
    net,
    hookOrder: new Map(hooks.map((h, i) => [h, i])),
    hookRules: hooks.map((h) => net.hooks[h]!),
    organizationRules: [...all].filter((rule) => tagsOf(rule.tag).some((tag) => addsOrganization(tag, world.model.one.tagSet))),
  };
}

/**
 * A rule passes compromise's tests of its words and tags and of the chunk's
 * length (`02-trim-down.js`, `tooSmall`); its `ifNo` words, tested only for
 * hooked rules, are left to `candidates`.
 */
const mayMatch = (rule: Rule, haves: Set<string>, length: number): boolean =>
  length >= rule.minWords && rule.needs.every((need) => haves.has(need))
  && (rule.wants.length === 0 || rule.wants.filter((want) => haves.has(want)).length >= rule.minWant);

/** The rules compromise tries on a chunk, in its order (`sweep`: hooks in key order, first of each match text, then `always`). */
function candidates(r: Rules, haves: Set<string>, length: number): Rule[] {
  const present: number[] = [];
  for (const item of haves) {
    const at = r.hookOrder.get(item);
    if (at !== undefined) present.push(at);
  }
  present.sort((a, b) => a - b);
  const seen = new Set<string>();
  const found: Rule[] = [];
  for (const at of present) {
    for (const rule of r.hookRules[at]!) {
      if (seen.has(rule.match)) continue;
      seen.add(rule.match);
      if (mayMatch(rule, haves, length) && !(rule.ifNo?.some((no) => haves.has(no)) ?? false)) found.push(rule);
    }
  }
  for (const rule of r.net.always) if (length >= rule.minWords) found.push(rule);
  return found;
}

/** compromise's `bulkMatch`, except in chunks where no organization can come out. */
function organizationMatches(r: Rules, chunks: Term[][], world: World): Found[] {
  const { methods } = world;
  const caches = methods.one.cacheDoc(chunks);
  const found: Found[] = [];
  for (let n = 0; n < chunks.length; n++) {
    const chunk = chunks[n]!;
    const haves = caches[n]!;
    const matched = new Map<Rule, Pointer[]>();
    const matchesOf = (rule: Rule) => {
      let ptrs = matched.get(rule);
      if (!ptrs) matched.set(rule, (ptrs = methods.one.match([chunk], rule).ptrs));
      return ptrs;
    };
    // the organization rules compromise may try here, or more: a full run when one matches is never wrong
    const mayHaveOrganization = haves.has('#Organization')
      || r.organizationRules.some((rule) => mayMatch(rule, haves, chunk.length) && matchesOf(rule).length > 0);
    if (!mayHaveOrganization) continue;
    for (const rule of candidates(r, haves, chunk.length)) {
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
  const pointers = chunks.map((terms) => [terms[0]!.index[0], terms[0]!.index[1], terms[0]!.index[1] + terms.length]);
  const docs = view.update(pointers).docs;
  world.methods.one.bulkTagger(organizationMatches(rules, docs, world), docs, world);
  view.uncache();
  view.unfreeze();
  return view;
}
