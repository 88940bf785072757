import { createRequire } from 'node:module';
import type nlpType from 'compromise';

type Nlp = typeof nlpType;
/** A document parsed by compromise. */
export type EnglishParse = ReturnType<Nlp>;

const require = createRequire(import.meta.url);
let nlp: Nlp | null = null;

/** Parses kept for reuse: the quantity and organization stages read the same sentences. */
const parses = new Map<string, EnglishParse>();
const MAX_PARSES = 512;

/**
 * compromise's parse of an English text, loaded on first use (a Chinese-only
 * run never pays its start-up) and computed once per text: the stages that
 * need it share one parse. Callers only read the parse, never change it.
 */
function loadNlp(): Nlp {
  nlp ??= require('compromise') as Nlp;
  return nlp;
}

export function parseEnglish(text: string): EnglishParse {
  const known = parses.get(text);
  if (known) return known;
  const nlp = loadNlp();
  const parse = nlp(text);
  if (parses.size >= MAX_PARSES) parses.delete(parses.keys().next().value!);
  parses.set(text, parse);
  return parse;
}

type Lexicon = Record<string, string | string[]>;
let lexicon: Lexicon | null = null;

/** compromise's word lexicon (lower-case word → tag or tags), loaded on first use like the parser. */
export function englishLexicon(): Lexicon {
  lexicon ??= (loadNlp() as unknown as { world(): { model: { one: { lexicon: Lexicon } } } }).world().model.one.lexicon;
  return lexicon;
}
