import { createRequire } from 'node:module';
import type nlpType from 'compromise/two';
import { organizationPostTagger, POST_TAGGER_VERSION } from './en/compromise-post-tagger.js';

type Nlp = typeof nlpType;
/** A document parsed by compromise. */
export type EnglishParse = ReturnType<Nlp>;

const require = createRequire(import.meta.url);
let nlp: Nlp | null = null;

/** The name our organization post-tagger (`en/compromise-post-tagger.ts`) is registered under among compromise's computes. */
const ORGANIZATION_POST_TAGGER = 'organizationPostTagger';
/** compromise's steps (`nlp.hooks()`) with our post-tagger in place of its own, set once with the parser. */
let organizationSteps: string[] = [];

/**
 * compromise's tagger (`compromise/two`: its lexicon, pre- and post-tagger;
 * the same tags as the full build, without the phrase chunker that runs on
 * every parse and that nothing here reads), loaded on first use: a run
 * without a sentence to parse never pays its start-up.
 */
function loadNlp(): Nlp {
  if (!nlp) {
    nlp = require('compromise/two') as Nlp;
    nlp.plugin({ compute: { [ORGANIZATION_POST_TAGGER]: organizationPostTagger } });
    // another release's post-tagger may differ from the one ours follows: its own then runs
    const stock = nlp.hooks();
    organizationSteps = nlp.version === POST_TAGGER_VERSION ? stock.map((step) => (step === 'postTagger' ? ORGANIZATION_POST_TAGGER : step)) : stock;
  }
  return nlp;
}

/**
 * compromise's parse of an English text read only for its organizations
 * (`#Organization` terms and their tags): its own steps (`nlp.hooks()`), with
 * the post-tagger that skips the comma chunks where no organization can come
 * out (`en/compromise-post-tagger.ts`). compromise runs the steps of
 * `world.hooks`: they are ours for the parse alone, which runs synchronously,
 * and its own again after it, whether it returns or throws.
 */
export function parseForOrganizations(text: string): EnglishParse {
  const parse = loadNlp();
  const world = parse.world() as { hooks: string[] };
  const steps = world.hooks;
  world.hooks = organizationSteps;
  try {
    return parse(text);
  } finally {
    world.hooks = steps;
  }
}

type Lexicon = Record<string, string | string[]>;

/** compromise's word lexicon (lower-case word → tag or tags), loaded on first use like the parser. */
export function englishLexicon(): Lexicon {
  return compromiseModel().lexicon;
}

/** The parts of compromise's model that say how it can tag an organization (read by `en/compromise-gate.ts`). */
export interface CompromiseModel {
  /** compromise's version (`14.17.0`). */
  version: string;
  lexicon: Lexicon;
  /** Several-word entries matched before any other tagging (`labour party`). */
  frozenLexicon: Lexicon;
  tagSet: Record<string, { parents?: string[] }>;
  /** Nouns that make the names before them an organization (`bank`, `group`). */
  orgWords: string[];
  /** Words of two classes (`Person|Noun`) settled from their neighbours. */
  switches: Record<string, string>;
  /** Patterns of normal forms with the tags they give (`mcdonald` → LastName). */
  regexNormal: [RegExp, string | string[]][];
  /** By length n (2 to 7): the tag compromise guesses from a word's last n letters when the word is outside its lexicon (`-field` → ProperNoun). */
  suffixPatterns: (Record<string, string> | undefined)[];
}

interface World {
  model: {
    one: { lexicon: Lexicon; frozenLex?: Lexicon; tagSet: CompromiseModel['tagSet'] };
    two: { orgWords: Record<string, boolean>; switches: Record<string, string>; regexNormal: CompromiseModel['regexNormal']; suffixPatterns: CompromiseModel['suffixPatterns'] };
  };
}

let model: CompromiseModel | null = null;

/** compromise's model, loaded on first use like the parser. */
export function compromiseModel(): CompromiseModel {
  model ??= readModel();
  return model;
}

function readModel(): CompromiseModel {
  const { one, two } = (loadNlp() as unknown as { world(): World }).world().model;
  return {
    version: loadNlp().version,
    lexicon: one.lexicon, frozenLexicon: one.frozenLex ?? {}, tagSet: one.tagSet,
    orgWords: Object.keys(two.orgWords).filter((w) => two.orgWords[w] === true), switches: two.switches, regexNormal: two.regexNormal,
    suffixPatterns: two.suffixPatterns,
  };
}
