/**
 * Chinese organization names: over one sentence view and its jieba
 * tokens. Proposers, each pushing view spans with a type onto one list:
 *  - head words: a name body in front of a head from the catalog (…有限公司, …实验室, 市|科技局);
 *  - jieba's own `nt` tokens (中共中央, 国家计委), extended over a place in front;
 *  - the small list of well-known names without a head word (新华社, 国务院, 市委);
 *  - the agency of a photo credit (摄/视觉重庆).
 * A branch after any of them (重庆市|分行, 重庆|分公司) extends it in place.
 */
import type { OrgType, Token } from '../doc.js';
import { bodyStart, countedBefore, hasProperName, isGenericBody, isUnknownWordName, onBoundary, tokenStartingAt, tokensIn } from './org-body.js';
import { tokenAt } from './tokens.js';
import { NameIndex, NameIndexes, type NameHit } from './org-name-index.js';
import { contextualOrganizations, groupNames } from './org-contextual.js';
import { bodyRules, branchHeads, endsWithFalseHead, endsWithHead, knownOrgs, headOf, nameHeadEnds, nameHeadsByLastCode, notOrgs, type OrgHead } from './org-lexicon.js';

export interface OrgCandidate {
  start: number;
  end: number;
  type: OrgType;
}

/** The longest head ending at view offset `end` that the token layout allows. */
function headAt(view: string, tokens: Token[], k: number): { head: OrgHead; first: number } | null {
  const last = tokens[k]!;
  const end = last.end;
  const heads = nameHeadsByLastCode.get(last.word.charCodeAt(last.word.length - 1));
  if (!heads) return null;
  for (const head of heads) {
    if (head.onlyTags && !head.onlyTags.has(last.tag)) continue;
    const hs = end - head.head.length;
    if (hs < 0 || !view.startsWith(head.head, hs)) continue;
    const first = tokenHolding(tokens, k, hs);
    const tok = tokens[first]!;
    if (tok.start > hs || gluedIntoWord(head, tok, hs, first === k)) continue;
    return endsWithFalseHead(last.word) ? null : { head, first };
  }
  return null;
}

/*
 * The rarely met cases of headAt and byHeads are functions of their own,
 * called every time: V8 compiles a hot function for the branches it has seen
 * run and compiles it again when another one first runs; a small function
 * costs little to compile again.
 */

/** The index of the token, `k` or before it, that holds offset `hs` (a head over two tokens: 市|科技局). */
function tokenHolding(tokens: Token[], k: number, hs: number): number {
  let first = k;
  while (first > 0 && tokens[first]!.start > hs) first--;
  return first;
}

/** A one-character head glued into a word (布局, 内部, 统揽全局) is no head, unless the word's tag allows it (科技局/n, 八一队/m before a name head). */
function gluedIntoWord(head: OrgHead, tok: Token, hs: number, inLastToken: boolean): boolean {
  if (!inLastToken || tok.start >= hs || head.head.length !== 1) return false;
  const tagOk = bodyRules.gluedHeadTags.has(tok.tag) || (head.nameBody && tok.tag === 'm');
  return hs - tok.start < head.minBody || !tagOk;
}

/** Whether the body [start, headStart) is what its head asks for: places only, no organization of its own, a proper name. */
function fitsHead(view: string, tokens: Token[], head: OrgHead, start: number, headStart: number): boolean {
  const end = headStart + head.head.length;
  if (head.placeBody && !tokensIn(tokens, start, headStart).every((t) => t.tag === 'ns')) return false;
  const lastOfBody = tokens[tokenAt(tokens, headStart) - 1]?.word ?? '';
  if (head.nameOnlyBody && (endsWithHead(lastOfBody) || knownOrgs.has(lastOfBody))) return false;
  if (head.notAfter.some((w) => view.slice(start, headStart).endsWith(w))) return false;
  return !head.nameBody || hasProperName(tokens, start, end) || (head.strong && isUnknownWordName(tokens, start, headStart));
}

function byHeads(view: string, tokens: Token[], found: OrgCandidate[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const word = tokens[k]!.word;
    if (nameHeadEnds[word.charCodeAt(word.length - 1)] === 0) continue;
    const hit = headAt(view, tokens, k);
    if (!hit) continue;
    const end = tokens[k]!.end;
    const headStart = end - hit.head.head.length;
    // a head token that is a known name on its own (市政府) takes only a place in front (重庆|市政府, not 市委|市政府)
    const whole = hit.first === k && knownOrgs.has(tokens[k]!.word);
    const start = whole ? placePrefix(tokens, tokens[k]!.start) : bodyStart(tokens, hit.first);
    if (start >= headStart || isGenericBody(tokens, start, headStart, hit.head.nameBody)) continue;
    if (notOrgs.has(view.slice(start, end)) || countedBefore(view, start) || !fitsHead(view, tokens, hit.head, start, headStart)) continue;
    found.push({ start, end, type: hit.head.type ?? 'other' });
  }
}

/** Extend `start` left over place-name tokens right before it (中国|国务院, 重庆市|委). */
function placePrefix(tokens: Token[], start: number): number {
  let at = start;
  for (let t = tokenAt(tokens, start) - 1; t >= 0; t--) {
    const tok = tokens[t]!;
    if (tok.start >= at) continue;
    if (tok.end !== at || tok.tag !== 'ns') break;
    at = tok.start;
  }
  return at;
}

function byNtTokens(tokens: Token[], found: OrgCandidate[]): void {
  for (const tok of tokens) {
    if (tok.tag !== 'nt' || notOrgs.has(tok.word)) continue;
    // jieba's dictionary tags many words nt (音乐会, 最大化): a head or a known name is required,
    // and a generic word before the head makes a category (人民政府, 联合政府)
    const head = headOf(tok.word);
    const type = knownOrgs.get(tok.word) ?? head?.type;
    if (!type || endsWithFalseHead(tok.word)) continue;
    if (head && !knownOrgs.has(tok.word) && bodyRules.genericBody.has(tok.word.slice(0, -head.head.length))) continue;
    found.push({ start: placePrefix(tokens, tok.start), end: tok.end, type });
  }
}

/** The known names and every contextual group's names, found in one scan of a view: the known ones' hits first. */
const listedNames = new NameIndexes([new NameIndex(knownOrgs.keys()), ...groupNames]);

function byKnownNames(view: string, tokens: Token[], hits: readonly NameHit[], found: OrgCandidate[]): void {
  for (const { start, end, name } of hits) {
    // the end may fall inside a jieba nt token (纽约联合国总部/nt, 中央政治局常委/nt), if the name is not a mere two characters (中国航天/nt holds 国航)
    const endsInside = !onBoundary(tokens, end) && (tokens[tokenAt(tokens, end)]?.tag !== 'nt' || end - start < 3);
    if (endsInside || countedBefore(view, start)) continue;
    const at = tokens[tokenAt(tokens, start)];
    const inside = at && at.start < start ? at : undefined;
    if (inside && inside.tag !== 'ns' && inside.tag !== 'nt') continue;
    found.push({ start: placePrefix(tokens, inside ? inside.start : start), end, type: knownOrgs.get(name)! });
  }
}

/** The agency of a photo credit (`通讯员 胡程 摄/视觉重庆`): a media organization. */
function byPhotoCredit(view: string, found: OrgCandidate[]): void {
  const m = bodyRules.photoAgency.exec(view);
  if (!m?.groups?.name) return;
  const end = m.index + m[0].length;
  found.push({ start: end - m.groups.name.length, end, type: 'media' });
}

/*
 * A branch or a department after a candidate is found for few of them: the
 * steps first taken then (reading the head found, making the grown
 * candidate) are in the smallest functions here, which V8 compiles again at
 * little cost, and the functions called for every candidate only return what
 * those give.
 */

/** `org` grown over the branch head at `at`, if one starts there and ends on a token boundary; else `org` itself. */
function branchedAt(view: string, tokens: Token[], org: OrgCandidate, at: number): OrgCandidate {
  for (const b of branchHeads) {
    if (!view.startsWith(b.head, at)) continue;
    const end = at + b.head.length;
    return onBoundary(tokens, end) ? { start: org.start, end, type: b.type ?? org.type } : org;
  }
  return org;
}

/** The end of the place-name token starting at `at`, or -1. */
function placeEndAt(tokens: Token[], at: number): number {
  const next = tokenStartingAt(tokens, at);
  if (!next) return -1;
  const { tag, end } = next;
  return tag === 'ns' ? end : -1;
}

/** `中国银行|重庆市|分行`: a branch head after an organization, with at most two place tokens between. */
function withBranch(view: string, tokens: Token[], org: OrgCandidate): OrgCandidate {
  for (let at = org.end, places = 0; at >= 0 && places <= 2; at = placeEndAt(tokens, at), places++) {
    const branched = branchedAt(view, tokens, org, at);
    if (branched !== org) return branched;
  }
  return org;
}

const MAX_DEPARTMENT_TOKENS = 3;
const MAX_DEPARTMENT_CHARS = 6;

function isDepartment(words: string): boolean {
  return bodyRules.departmentEnds.some((e) => words.endsWith(e)) && !bodyRules.notDepartments.has(words);
}

/** Where a department right after an organization ending at `from` ends (南方基金|国际部, 南方基金|专户|理财|部), or `from`. */
function departmentEnd(view: string, tokens: Token[], from: number): number {
  if (!tokenStartingAt(tokens, from)) return from;
  let t = tokenAt(tokens, from);
  for (let n = 0; n < MAX_DEPARTMENT_TOKENS && t < tokens.length; n++, t++) {
    const { start, end, word, tag } = tokens[t]!;
    if (start !== (tokens[t - 1]?.end ?? -1) || !bodyRules.departmentTags.has(tag)) break;
    if (bodyRules.stopWords.has(word) || end - from > MAX_DEPARTMENT_CHARS) break;
    if (isDepartment(view.slice(from, end))) return end;
  }
  return from;
}

/** An organization grown over a department right after it, which keeps the organization's type. */
function withDepartment(view: string, tokens: Token[], org: OrgCandidate): OrgCandidate {
  const end = departmentEnd(view, tokens, org.end);
  return end === org.end ? org : { start: org.start, end, type: org.type };
}

/**
 * Every candidate the proposers find, branches and departments attached.
 * Extended candidates come first so that, of two with the same span, the one
 * extended from a parent keeps the parent's type when the caller keeps the
 * longest (招商基金|产品部 is a company, not a government 部).
 */
export function proposeOrganizations(view: string, tokens: Token[]): OrgCandidate[] {
  // pushed into one list by every proposer: no list per proposer, no concatenation of lists of two array kinds
  const found: OrgCandidate[] = [];
  byHeads(view, tokens, found);
  byNtTokens(tokens, found);
  const hits = listedNames.find(view); // the known names' first, then each group's
  byKnownNames(view, tokens, hits[0]!, found);
  byPhotoCredit(view, found);
  contextualOrganizations(view, tokens, hits.slice(1), found);
  if (found.length === 0) return found; // most sentences
  const grown: OrgCandidate[] = [];
  for (const org of found) {
    const named = { start: org.start, end: org.end, type: knownOrgs.get(view.slice(org.start, org.end)) ?? org.type };
    grown.push(withDepartment(view, tokens, withBranch(view, tokens, named)));
  }
  return extendedFirst(found, grown);
}

/**
 * The grown candidates, those extended first. Two passes that run for every
 * sentence: a push into one of two lists, the extended one rarely taken,
 * de-optimizes the function when first taken (a small one here).
 */
function extendedFirst(found: OrgCandidate[], grown: OrgCandidate[]): OrgCandidate[] {
  const ordered: OrgCandidate[] = [];
  // one push for both passes: a second one, first run at the first extended candidate, would de-optimize this
  for (const extended of [true, false]) {
    for (let k = 0; k < grown.length; k++) if ((grown[k]!.end !== found[k]!.end) === extended) ordered.push(grown[k]!);
  }
  return ordered;
}
