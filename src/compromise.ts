import { createRequire } from 'node:module';
import type nlpType from 'compromise';

type Nlp = typeof nlpType;
/** A document parsed by compromise. */
export type EnglishParse = ReturnType<Nlp>;

const require = createRequire(import.meta.url);
let nlp: Nlp | null = null;

/** compromise itself, loaded on first use: a Chinese-only run never pays its start-up. */
function loadNlp(): Nlp {
  nlp ??= require('compromise') as Nlp;
  return nlp;
}

/** compromise's parse of an English text (the organization rules parse each sentence once). */
export function parseEnglish(text: string): EnglishParse {
  return loadNlp()(text);
}

type Lexicon = Record<string, string | string[]>;
let lexicon: Lexicon | null = null;

/** compromise's word lexicon (lower-case word → tag or tags), loaded on first use like the parser. */
export function englishLexicon(): Lexicon {
  lexicon ??= (loadNlp() as unknown as { world(): { model: { one: { lexicon: Lexicon } } } }).world().model.one.lexicon;
  return lexicon;
}
