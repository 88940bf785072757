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
import { englishLexicon, parseEnglish } from '../compromise.js';
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
const KNOWN = new RegExp(
  String.raw`(?<![A-Za-z])(?:${[...englishKnownOrgs.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![A-Za-z])`,
  'g',
);
/** A capitalised name of one to four words, `&` allowed inside (Douglas & Lomason, Cofinec S.A.). */
const NAME = String.raw`[A-Z][A-Za-z'.-]*[A-Za-z.](?:\s+(?:&\s+)?[A-Z][A-Za-z'.-]*[A-Za-z.]){0,3}`;
const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const DESCRIBED_AFTER = new RegExp(String.raw`(?<![A-Za-z])(?:${alternation(Object.keys(englishDescriptors.before))})\s+(${NAME})`, 'g');
const DESCRIBED_BEFORE = new RegExp(String.raw`(?<![A-Za-z'])(${NAME})\s+(?:${alternation(Object.keys(englishDescriptors.after))})(?![A-Za-z])`, 'g');
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

/**
 * compromise's organizations, from one parse of the view (none without parsing
 * when the view has nothing compromise tags an organization from); a lone term
 * it also tags a place, nationality, month or person is dropped.
 */
function byCompromise(view: string): OrgCandidate[] {
  const found: OrgCandidate[] = [];
  if (!mayHaveCompromiseOrganization(view)) return found;
  const orgs = parseEnglish(view).organizations().json({ offset: true, terms: { offset: true } }) as { offset: { start: number; length: number }; terms: TaggedTerm[] }[];
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
  for (const m of view.matchAll(DESCRIBED_BEFORE)) {
    const descriptor = m[0].slice(m[1]!.length).trim().toLowerCase();
    add(m.index, m[1]!, englishDescriptors.after[descriptor] ?? 'media');
  }
  return found;
}

/** compromise is slow on huge inputs; past this length only the rules run. */
const COMPROMISE_MAX = 20_000;

export function proposeEnglishOrganizations(view: string): OrgCandidate[] {
  const tagged = view.length <= COMPROMISE_MAX ? byCompromise(view) : [];
  return [...byPattern(view, HEADED), ...byPattern(view, KNOWN), ...byDescriptor(view), ...tagged, ...teamNames(view)];
}
