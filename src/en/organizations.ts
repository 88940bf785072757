/**
 * English organization names over one sentence view. Proposers:
 *  - compromise's `organizations()`;
 *  - a run of capitalised words ending in a head word (Homegate Hospitality Inc,
 *    Kurdistan Democratic Party), or a head followed by of/for + a name (Bank of England);
 *  - well-known names without a head (Reuters, NATO);
 *  - names introduced or followed by a descriptor noun (`firm Multico`, `Zycie Warszawy daily`);
 *  - team names in result tables (`Stoke 4 3 1 0 7 4 10`).
 * Overlaps are left to the caller.
 */
import { englishLexicon, parseForOrganizations } from '../compromise.js';
import { mayHaveCompromiseOrganization } from './compromise-gate.js';
import type { OrgCandidate } from '../zh/organizations.js';
import type { OrgType } from '../doc.js';
import { englishDescriptors, englishHeads, englishKnownOrgs, englishNotOrgs, englishTypeOf } from './org-lexicon.js';
import { teamNames } from './team-tables.js';

const CAP = String.raw`(?:[A-Z][A-Za-z'&.-]*|&)`;
const CONNECT = String.raw`(?:of|for|and|in|the|de|du)`;
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const headAlternation = [...englishHeads.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
/** Capitalised words + head, then optionally of/for + capitalised words (connectors inside). */
const HEADED = new RegExp(
  String.raw`(?<![A-Za-z])(?:${CAP}\s+){0,5}(?:${headAlternation})(?![A-Za-z])(?:\s+(?:of|for)\s+(?:the\s+)?${CAP}(?:\s+(?:${CONNECT}\s+)?${CAP}){0,6})?`,
  'g',
);
/** A view without a head word followed by a non-letter has no HEADED match: skipped cheaply (most views). */
const HAS_HEAD = new RegExp(String.raw`(?:${headAlternation})(?![A-Za-z])`);
const KNOWN = new RegExp(
  String.raw`(?<![A-Za-z])(?:${[...englishKnownOrgs.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![A-Za-z])`,
  'g',
);
/** A capitalised name of one to four words, `&` allowed inside (Douglas & Lomason, Cofinec S.A.). */
const NAME = String.raw`[A-Z][A-Za-z'.-]*[A-Za-z.](?:\s+(?:&\s+)?[A-Z][A-Za-z'.-]*[A-Za-z.]){0,3}`;
const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const DESCRIBED_AFTER = new RegExp(String.raw`(?<![A-Za-z])(?:${alternation(Object.keys(englishDescriptors.before))})\s+(${NAME})`, 'g');
const DESCRIBED_BEFORE = new RegExp(String.raw`(?<![A-Za-z'])(${NAME})\s+(?:${alternation(Object.keys(englishDescriptors.after))})(?![A-Za-z])`, 'g');
/** A view without a descriptor-after word has no DESCRIBED_BEFORE match: skipped cheaply. */
const HAS_DESCRIPTOR_AFTER = new RegExp(String.raw`\s(?:${alternation(Object.keys(englishDescriptors.after))})(?![A-Za-z])`);
/** A sentence-initial or clause word a descriptor pattern must not take for a name. */
const NOT_NAME_WORD = /^(?:The|A|An|In|On|At|For|By|But|And|Or|It|Its|Their|His|Her|This|That|He|She|They|We|I|Friday|Monday|Tuesday|Wednesday|Thursday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** What follows a sentence's full stop: closing quotes and brackets, then the end of the view or, after a quote, a new sentence. */
const SENTENCE_TAIL = /^[\s"'”’)]*$|^\s*["”’)]+\s+["“]?[A-Z]/;

/** Words that start a sentence or a clause without being part of a name. */
const NOT_NAME_START = /^(?:The|A|An|In|On|At|For|By|But|And|Or|Its|Their|His|Her|This|That|Shares|Analysts|Officials|Said)\s+/;

const NOT_ORG_TAGS = new Set(['Place', 'Demonym', 'Month', 'Date', 'Person']);
/** Lexicon classes of a lone word that is no organization (`Iraqi`, `June`, `Canada`, `Thatcher`). */
const NOT_ORG_LEXICON = new Set(['Demonym', 'Month', 'WeekDay', 'Country', 'City', 'Region', 'Place', 'Continent', 'LastName', 'FirstName', 'MaleName', 'FemaleName', 'Modal']);
const lexiconSaysNotOrg = (word: string): boolean => [englishLexicon()[word.toLowerCase()] ?? []].flat().some((tag) => NOT_ORG_LEXICON.has(tag));

function trimmed(view: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  const head = NOT_NAME_START.exec(view.slice(s, e));
  if (head) s += head[0].length;
  for (;;) {
    const before = e;
    while (e > s && /[\s,;:'"()-]/.test(view[e - 1]!)) e--;
    if (view[e - 1] === '.' && e - s > 1 && SENTENCE_TAIL.test(view.slice(e))) e--; // the sentence's full stop, not the name's (Lear Corp.)
    if (view.slice(e - 2, e) === "'s") e -= 2;
    const lower = /\s+[a-z][a-z-]*$/.exec(view.slice(s, e)); // Interfax news agency → Interfax
    if (lower) e -= lower[0].length;
    if (e === before) break;
  }
  return { start: s, end: e };
}

interface TaggedTerm { text: string; tags: string[]; offset: { start: number; length: number } }
/** One organization of compromise's parse: its span and its terms with their tags, offsets in the parsed text. */
export interface CompromiseOrg { offset: { start: number; length: number }; terms: TaggedTerm[] }

/** compromise is slow on huge inputs; a longer view is left to the rules, and a joint parse stays below this length. */
const COMPROMISE_MAX = 20_000;
/** Between views parsed together: a blank line always ends compromise's sentence, and it tags each sentence on its own. */
const JOINT_SEPARATOR = '\n\n';

/** compromise's organizations (its `organizations()`: runs of terms tagged #Organization). */
const parseOrganizations = (text: string): CompromiseOrg[] =>
  parseForOrganizations(text).match('#Organization+').json({ offset: true, terms: { offset: true } }) as CompromiseOrg[];

/** Every term's offsets name its text: compromise counted the characters as the text does. */
const offsetsHold = (text: string, orgs: CompromiseOrg[]) =>
  orgs.every((o) => o.terms.every((t) => text.slice(t.offset.start, t.offset.start + t.offset.length) === t.text));

const shifted = (o: CompromiseOrg, by: number): CompromiseOrg => ({
  offset: { ...o.offset, start: o.offset.start - by },
  terms: o.terms.map((t) => ({ ...t, offset: { ...t.offset, start: t.offset.start - by } })),
});

/**
 * compromise's organizations of every view that may have one (see
 * `compromise-gate.ts`), by view. ASCII views are parsed together, joined by
 * blank lines: one parse instead of one per view (a third less time, the same
 * tags); a joint parse whose offsets do not hold is redone view by view.
 */
export function compromiseOrganizations(views: readonly string[]): Map<string, CompromiseOrg[]> {
  const found = new Map<string, CompromiseOrg[]>();
  const alone = (view: string) => found.set(view, parseOrganizations(view));
  let joint: string[] = [];
  let jointLength = 0;
  const parseJoint = () => {
    const text = joint.join(JOINT_SEPARATOR);
    const orgs = parseOrganizations(text);
    if (offsetsHold(text, orgs)) {
      let at = 0;
      for (const view of joint) {
        const end = at + view.length;
        found.set(view, orgs.filter((o) => o.offset.start >= at && o.offset.start < end).map((o) => shifted(o, at)));
        at = end + JOINT_SEPARATOR.length;
      }
    } else {
      joint.forEach(alone);
    }
    joint = [];
    jointLength = 0;
  };
  for (const view of new Set(views)) {
    if (view.length > COMPROMISE_MAX || !mayHaveCompromiseOrganization(view)) continue;
    if (!/^[\x00-\x7f]*$/.test(view) || view.includes(JOINT_SEPARATOR)) {
      alone(view);
      continue;
    }
    if (joint.length && jointLength + view.length > COMPROMISE_MAX) parseJoint();
    joint.push(view);
    jointLength += view.length + JOINT_SEPARATOR.length;
  }
  if (joint.length) parseJoint();
  return found;
}

/** compromise's organizations of one view; a lone term it also tags a place, nationality, month or person is dropped. */
function byCompromise(view: string, orgs: readonly CompromiseOrg[]): OrgCandidate[] {
  const found: OrgCandidate[] = [];
  for (const o of orgs) {
    const { start, end } = trimmed(view, o.offset.start, o.offset.start + o.offset.length);
    const text = view.slice(start, end);
    const terms = o.terms.filter((t) => t.offset.start >= start && t.offset.start < end);
    // compromise also calls places, nationalities and months organizations (U.S., German, May)
    const lone = terms.length === 1 && (terms[0]!.tags.some((tag) => NOT_ORG_TAGS.has(tag)) || lexiconSaysNotOrg(text));
    if (end > start && !englishNotOrgs.has(text) && !lone) found.push({ start, end, type: englishTypeOf(text) });
  }
  return found;
}

function byPattern(view: string, pattern: RegExp): OrgCandidate[] {
  const found: OrgCandidate[] = [];
  for (const m of view.matchAll(pattern)) {
    const { start, end } = trimmed(view, m.index, m.index + m[0].length);
    const text = view.slice(start, end);
    if (end > start && !englishHeads.has(text) && !englishNotOrgs.has(text)) found.push({ start, end, type: englishTypeOf(text) });
  }
  return found;
}

/** Names a descriptor noun introduces or follows; the type is the descriptor's unless the name's own head says more. */
function byDescriptor(view: string): OrgCandidate[] {
  const found: OrgCandidate[] = [];
  const add = (at: number, name: string, type: OrgType) => {
    const { start, end } = trimmed(view, at, at + name.length);
    const text = view.slice(start, end);
    const first = text.split(/\s+/)[0]!;
    if (end <= start || NOT_NAME_WORD.test(first) || englishNotOrgs.has(text)) return;
    const own = englishTypeOf(text);
    found.push({ start, end, type: own === 'other' ? type : own });
  };
  for (const m of view.matchAll(DESCRIBED_AFTER)) {
    const descriptor = m[0].slice(0, m[0].length - m[1]!.length).trim().toLowerCase();
    add(m.index + m[0].length - m[1]!.length, m[1]!, englishDescriptors.before[descriptor] ?? 'company');
  }
  for (const m of HAS_DESCRIPTOR_AFTER.test(view) ? view.matchAll(DESCRIBED_BEFORE) : []) {
    const descriptor = m[0].slice(m[1]!.length).trim().toLowerCase();
    add(m.index, m[1]!, englishDescriptors.after[descriptor] ?? 'media');
  }
  return found;
}

/** The candidates of one view; `compromiseOrgs`: compromise's organizations of it (`compromiseOrganizations`). */
export function proposeEnglishOrganizations(view: string, compromiseOrgs: readonly CompromiseOrg[] = []): OrgCandidate[] {
  const tagged = byCompromise(view, compromiseOrgs);
  // concatenated, not spread: the lists come in two array kinds (an empty literal, a filled list), and a spread is compiled for the kinds it has seen
  const headed = HAS_HEAD.test(view) ? byPattern(view, HEADED) : [];
  return headed.concat(byPattern(view, KNOWN), byDescriptor(view), tagged, teamNames(view));
}
