/**
 * Which of compromise's post-tagger rules may tag a given term, without
 * running them: a rule tags only the terms its tagging tokens take (those of
 * its `[...]` group, else all), and a token takes only a term compromise's
 * `doesMatch` says it matches. The tests here say "may" whenever `doesMatch`
 * could say yes, and for every kind of token they do not test (`!`, `.`,
 * `/regex/`), so a rule they rule out cannot tag the term.
 */

import type { Match, Pointer, Term as CompromiseTerm } from 'compromise/misc';

/** A term of compromise's document, with the fields its tagger gives it and those read here. */
export interface Term extends CompromiseTerm {
  tags: Set<string>;
  index: [number, number];
  machine?: string | null;
  implicit?: string;
  root?: string;
  alias?: string[];
  switch?: string;
}

/** One token of a rule's match, as compromise's `parseMatch` makes it (the fields read here). */
export interface Token {
  operator?: string;
  method?: string;
  /** The `[...]` group the token is in. */
  group?: string;
  word?: string;
  tag?: string;
  fastOr?: Set<string>;
  switch?: string;
  choices?: Token[][];
  negative?: boolean;
}

/** One of compromise's post-tagger rules (`Match`), as its `buildNet` prepares it. */
export interface Rule extends Match {
  regs: Token[];
  /** The group whose terms it tags (else it tags the whole match). */
  group?: number | string;
  safe?: boolean;
  notIf?: unknown;
  ifNo?: string[];
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
}

/** Token fields that say how many terms, and where, not which (`+`, `?`, `^`, `[...]`). */
const COUNTING = new Set(['operator', 'optional', 'group', 'groupStart', 'groupEnd', 'start', 'end', 'greedy', 'min', 'max']);
/** Token fields tested here as compromise's `doesMatch` tests them; any other (`!`, `.`, `/regex/`) takes every term. */
const TESTED = new Set(['word', 'tag', 'fastOr', 'switch', 'method', 'choices']);

/** compromise's `@method` tests of a term (`@hasHyphen`). */
export type TermMethods = Record<string, ((term: Term) => boolean) | undefined>;

/** The forms of a term compromise compares a word or a `(a|b)` list with. */
const formsOf = (term: Term): (string | null | undefined)[] => [term.text, term.normal, term.machine, term.implicit, term.root, ...(term.alias ?? [])];

/** Tokens with a field not tested here (their answer is always "may"), found once per token. */
const untested = new WeakMap<Token, boolean>();
const isUntested = (token: Token): boolean => {
  let answer = untested.get(token);
  if (answer === undefined) {
    const fields = Object.keys(token).filter((field) => !COUNTING.has(field));
    untested.set(token, (answer = fields.length === 0 || fields.some((field) => !TESTED.has(field))));
  }
  return answer;
};

/**
 * Whether a term may be one a match of the token takes: true whenever
 * compromise's `doesMatch` can say so (and for every kind of token not tested
 * here). A term an `&&` block of one-token sides takes matches every side.
 */
function mayTake(token: Token, term: Term, methods: TermMethods): boolean {
  if (isUntested(token)) return true;
  const { word, tag, fastOr, method, choices } = token;
  if (tag !== undefined && term.tags.has(tag)) return true;
  if ((word !== undefined || fastOr !== undefined) && formsOf(term).some((form) => typeof form === 'string' && (form === word || fastOr?.has(form) === true))) return true;
  if (token.switch !== undefined && term.switch === token.switch) return true;
  const test = method === undefined ? undefined : methods[method];
  if (method !== undefined && (test === undefined || test(term))) return true;
  const takes = (tokens: Token[]) => tokens.some((t) => mayTake(t, term, methods));
  return choices !== undefined && (token.operator === 'and' && choices.every((side) => side.length === 1) ? choices.every(takes) : choices.some(takes));
}

/**
 * The tokens of a rule that take the terms it tags: those of its group, when
 * they stand together (a group's terms run from its first token's to its
 * last's), else all.
 */
export function taggingTokensOf(rule: Rule): Token[] {
  if (rule.group === undefined) return rule.regs;
  const inGroup = rule.regs.map((token) => token.group === String(rule.group));
  const first = inGroup.indexOf(true);
  const together = first >= 0 && inGroup.lastIndexOf(true) - first + 1 === inGroup.filter(Boolean).length;
  return together ? rule.regs.filter((_, i) => inGroup[i]) : rule.regs;
}

/** The terms a match tags (its pointer: chunk, start, end). */
export const termsOf = (chunk: Term[], pointer: Pointer): Term[] => chunk.slice(pointer[1], pointer[2]);

/**
 * The terms a match may span though none of its tokens takes them: the
 * implicit half of a contraction after an implicit first half (`we've` → we
 * [have]), which compromise's `contractionSkip` steps over with the first.
 */
const skippedTerms = (chunk: Term[]): Set<Term> => new Set(chunk.filter((term, i) => i > 0 && term.implicit && chunk[i - 1]!.implicit));

/**
 * The rules (in their order) that may tag a term of `reach`, the terms of a
 * chunk that may come out an organization; any other rule leaves them as they
 * are. A safe rule looks at every term it tags before tagging them (`canBe`):
 * the terms of its matches join the reach, so that they too have the tags the
 * stock parse gives them when it looks. While the reach holds a term a match
 * may step over (`skippedTerms`), every rule may tag it.
 */
export function rulesReaching(todo: Rule[], taggingTokens: Map<Rule, Token[]>, reach: Set<Term>, chunk: Term[], matchesOf: (rule: Rule) => Pointer[], methods: TermMethods): Rule[] {
  const skipped = skippedTerms(chunk);
  let terms = [...reach];
  let stepsOver = false;
  const reaches = (rule: Rule) => stepsOver || taggingTokens.get(rule)!.some((token) => terms.some((term) => mayTake(token, term, methods)));
  for (let size = -1; size !== reach.size; terms = [...reach]) {
    size = reach.size;
    stepsOver = terms.some((term) => skipped.has(term));
    for (const rule of todo) {
      if (rule.safe && reaches(rule)) for (const pointer of matchesOf(rule)) termsOf(chunk, pointer).forEach((term) => reach.add(term));
    }
  }
  return todo.filter(reaches);
}

