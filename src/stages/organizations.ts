/**
 * Organizations stage (SPEC §4 Organization): per sentence, the language's
 * proposers give candidate names on the sentence view; aliases declared in the
 * issue (`(以下简称鑫景特玻)`) add later mentions with their full name as
 * `canonical`; overlapping candidates keep the longest; ids follow document order.
 */
import { viewSpan, type Doc, type Organization, type OrgType, type Sentence } from '../doc.js';
import type { Stage } from '../stage.js';
import { findEnAliasDeclarations } from '../en/org-aliases.js';
import { compromiseOrganizations, proposeEnglishOrganizations, type CompromiseOrg } from '../en/organizations.js';
import { repeatedEnglishNames } from '../en/org-repeats.js';
import { findAliasDeclarations } from '../zh/org-aliases.js';
import { proposeOrganizations } from '../zh/organizations.js';
import { impliedShortForm, isShortFormWord } from '../zh/org-short-forms.js';

interface Mention {
  start: number;
  end: number;
  type: OrgType;
  canonical: string | null;
}

interface Alias {
  canonical: string;
  type: OrgType;
  /** Implied by a full name (绿城集团 → 绿城), not declared: an occurrence must be a word of its own. */
  implied: boolean;
}

/** Longest first, then earliest; a candidate overlapping one already kept is dropped. */
export function keepLongest<T extends { start: number; end: number }>(candidates: T[]): T[] {
  if (candidates.length < 2) return [...candidates];
  const ordered = [...candidates].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  let size = 0;
  for (const c of candidates) size = Math.max(size, c.end);
  const taken = new Uint8Array(size);
  const kept: T[] = [];
  for (const c of ordered) {
    if (isTaken(taken, c.start, c.end)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Whether any offset of [start, end) is taken (a loop: a `subarray` per candidate costs more than a name's few offsets). */
function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i] === 1) return true;
  return false;
}

function allIndexes(view: string, word: string): number[] {
  const at: number[] = [];
  for (let i = view.indexOf(word); i >= 0; i = view.indexOf(word, i + word.length)) at.push(i);
  return at;
}

/** An English alias (`BSE`) counts only as a whole word, not inside `BSEX`. */
function isWholeWord(view: string, start: number, length: number): boolean {
  return !/\w/.test(view[start - 1] ?? '') && !/\w/.test(view[start + length] ?? '');
}

/**
 * Every mention is built here, so that all share one object shape (V8
 * compiles the code reading them for the shapes it has seen).
 */
function mention(start: number, end: number, type: OrgType, canonical: string | null): Mention {
  return { start, end, type, canonical };
}

/** The proposers' candidates in a sentence (a function of its own: the other language's steps, first taken at its first sentence, are V8's to compile again here). */
function proposed(s: Sentence, compromiseOrgs: Map<string, CompromiseOrg[]>): { start: number; end: number; type: OrgType }[] {
  return s.lang === 'zh' ? proposeOrganizations(s.view, s.tokens) : proposeEnglishOrganizations(s.view, compromiseOrgs.get(s.view));
}

/** Candidates of one sentence, in view offsets; registers the aliases it declares. */
function sentenceMentions(doc: Doc, s: Sentence, aliases: Map<string, Alias>, compromiseOrgs: Map<string, CompromiseOrg[]>): Mention[] {
  const named: Mention[] = [];
  for (const c of proposed(s, compromiseOrgs)) {
    // compromise can report offsets past the text it was given: keep only spans inside the view
    if (c.start >= 0 && c.start < c.end && c.end <= s.view.length) named.push(mention(c.start, c.end, c.type, null));
  }
  // most sentences: nothing named, and no alias in the issue yet to look for
  if (named.length === 0 && aliases.size === 0) return named;
  const kept = keepLongest(named);
  registerDeclarations(doc, s, kept, aliases);
  const mentions = keepLongest(withAliasMentions(s, aliases, kept)); // a declared alias keeps its canonical name where a proposer found it too
  if (s.lang === 'zh') registerShortForms(doc, s, mentions, aliases);
  return mentions;
}

/*
 * Aliases are few (most issues declare none): their steps are functions of
 * their own, down to one alias and one mention, so that V8 compiles the
 * functions run for every sentence once, and only small ones again when the
 * first alias turns up (it compiles code for the steps it has seen run).
 */

/** The aliases the sentence declares (`…有限公司(以下简称鑫景特玻)`), each tied to the organization right before it. */
function registerDeclarations(doc: Doc, s: Sentence, kept: Mention[], aliases: Map<string, Alias>): void {
  for (const decl of (s.lang === 'zh' ? findAliasDeclarations : findEnAliasDeclarations)(s.view)) {
    const full = kept.find((m) => s.view.slice(m.end, decl.open).trim() === '');
    if (!full || aliases.has(decl.alias)) continue;
    const span = viewSpan(s, full.start, full.end);
    aliases.set(decl.alias, { canonical: doc.text.slice(span.start, span.end), type: full.type, implied: false });
  }
}

/**
 * The occurrences of the aliases so far in the sentence, with their
 * full names as canonical, then the `kept` mentions (pushed, not concatenated:
 * the lists come in two array kinds, empty and filled, a second shape for the code).
 */
function withAliasMentions(s: Sentence, aliases: Map<string, Alias>, kept: Mention[]): Mention[] {
  const aliased: Mention[] = [];
  // forEach, not for…of: the loop's steps are then in the function given, not here
  aliases.forEach((alias, name) => pushAliasMentions(s, name, alias, aliased));
  for (const m of kept) aliased.push(m);
  return aliased;
}

/** The occurrences of one alias in the sentence. */
function pushAliasMentions(s: Sentence, name: string, { canonical, type, implied }: Alias, out: Mention[]): void {
  for (const start of allIndexes(s.view, name)) {
    if ((s.lang === 'zh' || isWholeWord(s.view, start, name.length)) && (!implied || isShortFormWord(s.tokens, start, start + name.length))) {
      out.push(mention(start, start + name.length, type, canonical));
    }
  }
}

/** `绿城集团` → `绿城`: the short forms this sentence's full company names imply, for later sentences. */
function registerShortForms(doc: Doc, s: Sentence, mentions: Mention[], aliases: Map<string, Alias>): void {
  for (const m of mentions) if (m.canonical === null) registerShortForm(doc, s, m, aliases);
}

/** The short form one mention implies, if any and not yet an alias. */
function registerShortForm(doc: Doc, s: Sentence, m: Mention, aliases: Map<string, Alias>): void {
  const short = impliedShortForm(s.tokens, m.start, m.end, m.type);
  if (!short || aliases.has(short)) return;
  const span = viewSpan(s, m.start, m.end);
  aliases.set(short, { canonical: doc.text.slice(span.start, span.end), type: m.type, implied: true });
}

/** The shortest Chinese name kept when a span crosses a line break: shorter, the break may be a hard wrap inside a name. */
const MIN_NAME_AFTER_BREAK = 3;

/**
 * A Chinese span that swallows a whole line (a heading run into the next
 * sentence: `金融服务明显增强` / `中央银行`) starts after its line break, where
 * its head is, unless too little is left there to be a name. A span that
 * starts inside a line is a name hard-wrapped by the print layout
 * (`成都蓝海特种材` / `料有限公司`): kept whole.
 */
function afterLineBreak(text: string, start: number, end: number, lang: Sentence['lang']): number {
  const cut = text.lastIndexOf('\n', end - 1) + 1;
  const wholeLine = start === 0 || text[start - 1] === '\n';
  return lang === 'zh' && wholeLine && cut > start && end - cut >= MIN_NAME_AFTER_BREAK ? cut : start;
}

function extractOrganizations(doc: Doc): Organization[] {
  const aliases = new Map<string, Alias>();
  const found: Omit<Organization, 'id'>[] = [];
  const sentences = [...doc.sentences].sort((a, b) => a.start - b.start);
  const compromiseOrgs = compromiseOrganizations(sentences.filter((s) => s.lang === 'en').map((s) => s.view));
  for (const s of sentences) {
    for (const m of sentenceMentions(doc, s, aliases, compromiseOrgs)) {
      const { start: from, end } = viewSpan(s, m.start, m.end);
      const start = afterLineBreak(doc.text, from, end, s.lang);
      const text = doc.text.slice(start, end);
      found.push({ article_id: s.articleId, start, end, text, lang: s.lang, type: m.type, canonical: m.canonical ?? text });
    }
  }
  const withRepeats = keepLongest([...found, ...repeatedEnglishNames(doc, found)]);
  return withRepeats
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((o, i) => ({ id: `o${i + 1}`, ...o }));
}

export const organizationsStage: Stage = {
  name: 'organizations',
  run: (doc) => ({ ...doc, organizations: extractOrganizations(doc) }),
};
