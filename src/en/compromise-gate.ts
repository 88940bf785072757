/**
 * Which English sentences compromise could find an organization in, without
 * parsing them. compromise tags a term an organization in three ways only:
 *  - its lexicon (`nato`, `labour party`);
 *  - an org word (`bank`, `group`, its `orgWords`) right after a word that may
 *    be a name (3rd pre-tagger pass, `03-orgWords.js`);
 *  - the post-tagger rules of `data/en/compromise-org-rules.json`.
 * A sentence with none of these triggers gets no organization from compromise,
 * so it is not parsed: same output, a fraction of the parses. Every test here
 * errs towards "may have one": a word counts as a possible name unless it is
 * a lower-case word compromise's lexicon gives only non-name tags. What the
 * gate knows of compromise's model is read from data/en/compromise-gate.json
 * (`compromise-gate-data.ts`), so deciding never loads compromise itself.
 */
import { z } from 'zod';
import { loadDataJson } from '../data-file.js';
import { gateDataSchema, LOWER_WORD, type GateData } from './compromise-gate-data.js';

const ruleSchema = z.union([
  z.object({ needsOrganization: z.literal(true) }).strict(),
  z.object({ acronymAfter: z.array(z.string().min(1)).min(1) }).strict(),
  z.object({
    words: z.array(z.string().min(1)).min(1),
    before: z.array(z.string().min(1)).min(1).optional(),
    after: z.array(z.string().min(1)).min(1).optional(),
    nameWithin: z.number().int().positive().optional(),
  }).strict(),
]);
const rulesSchema = z.object({ $comment: z.string().optional() }).catchall(ruleSchema);
type WordRule = Extract<z.infer<typeof ruleSchema>, { words: string[] }>;

/** compromise's organization-tagging post-tagger rules, by reason, as data. */
export const compromiseOrgRules: Record<string, z.infer<typeof ruleSchema>> = Object.fromEntries(
  Object.entries(loadDataJson('en/compromise-org-rules.json', rulesSchema)).filter(([reason]) => reason !== '$comment'),
) as Record<string, z.infer<typeof ruleSchema>>;

/** The lists of compromise's model the gate reads (`compromise-gate-data.ts`). */
export const GATE_DATA_FILE = 'en/compromise-gate.json';

/** Lexicon entries, and for each first word the most words of an entry starting with it. */
interface Entries {
  all: Set<string>;
  longestFrom: Map<string, number>;
}

interface Gate {
  /** Lexicon entries (one or more words) tagged an organization. */
  orgEntries: Entries;
  /** Lexicon entries of several words tagged a name: their words take the entry's tags. */
  nameEntries: Entries;
  orgWords: Set<string>;
  /** The post-tagger rules that can start an organization, by the words they fire on. */
  rulesByWord: Map<string, WordRule[]>;
  acronymAfter: Set<string>;
  /** Lower-case words the lexicon tags, none of them a name tag. */
  plainWords: Set<string>;
  /** Of those, the ones that cannot become a singular noun (a name at a sentence's start must be one). */
  plainNonNouns: Set<string>;
  /** Lower-case words the lexicon gives a name tag (`un`, `paris`). */
  nameWords: Set<string>;
  /** A lower-case word outside the lexicon whose ending gives it a tag that is no name (`economic`). */
  unknownIsPlain: (word: string) => boolean;
}

function entries(list: readonly string[]): Entries {
  const found: Entries = { all: new Set(list), longestFrom: new Map() };
  for (const entry of list) {
    const words = entry.split(' ');
    found.longestFrom.set(words[0]!, Math.max(found.longestFrom.get(words[0]!) ?? 0, words.length));
  }
  return found;
}

/** compromise's `suffixLoop` (2nd pass, `02-suffix.js`): the longest known ending of 2 to 7 letters, shorter than the word, says whether the word is plain. */
function suffixIsPlain(suffixes: Record<string, boolean>, word: string): boolean {
  for (let n = Math.min(7, word.length - 1); n > 1; n--) {
    const ending = word.slice(-n);
    if (Object.hasOwn(suffixes, ending)) return suffixes[ending]!;
  }
  return false;
}

function buildGate(data: GateData): Gate {
  const known = new Set(data.otherLexiconWords);
  const nameSwitches = new Set(data.nameSwitchWords);
  const nameRegexes = data.nameRegexes.map(([source, flags]) => new RegExp(source, flags));
  const gate: Gate = {
    orgEntries: entries(data.orgEntries), nameEntries: entries(data.nameEntries), orgWords: new Set(data.orgWords),
    rulesByWord: new Map(), acronymAfter: new Set(), plainWords: new Set(data.plainWords), plainNonNouns: new Set(data.plainNonNouns), nameWords: new Set(data.nameWords),
    // only asked of a word outside plainWords
    unknownIsPlain: (word) => LOWER_WORD.test(word) && !known.has(word) && suffixIsPlain(data.plainSuffixes, word)
      && !nameSwitches.has(word) && !nameRegexes.some((re) => re.test(word)),
  };
  for (const rule of Object.values(compromiseOrgRules)) {
    if ('acronymAfter' in rule) rule.acronymAfter.forEach((w) => gate.acronymAfter.add(w));
    if ('words' in rule) rule.words.forEach((w) => gate.rulesByWord.set(w, [...(gate.rulesByWord.get(w) ?? []), rule]));
  }
  return gate;
}

let gate: Gate | null = null;

interface Word {
  /** The text with surrounding punctuation and a possessive `'s` removed. */
  text: string;
  /** Lower-case forms compromise may look up: as is, and without periods (`U.S.` → `us`). */
  forms: string[];
  /** Part of a hyphenated or slashed chunk: compromise may keep the chunk whole. */
  joined: boolean;
}

interface Words {
  list: Word[];
  /** Inside an occurrence of a several-word name entry of the lexicon (`new york`): tagged as the entry. */
  inNameEntry: Uint8Array;
  /** The view starts with its first word (so compromise sees that word first in its sentence). */
  startsWithWord: boolean;
}

const PUNCTUATION_AROUND = /^[^A-Za-z0-9&]+|[^A-Za-z0-9&.]+$/g;
/** A character compromise folds to ASCII (accented letters): such a sentence is always parsed. */
const FOLDED = /[^\x00-\x7f‘’“”–—…\u00a0]/;

/** The most words from `start` that form an entry (0 when none does). */
function entryAt(entries: Entries, list: Word[], start: number): number {
  let found = 0;
  const forms = list[start]!.forms;
  for (let k = 0; k < forms.length; k++) {
    if (k > 0 && forms[k] === forms[0]) continue;
    const longest = Math.min(entries.longestFrom.get(forms[k]!) ?? 0, list.length - start);
    let phrase = forms[k]!;
    for (let n = 1; n <= longest; n++) {
      if (n > 1) phrase += ' ' + list[start + n - 1]!.forms[k]!;
      if (entries.all.has(phrase)) found = Math.max(found, n);
    }
  }
  return found;
}

const WORD_START = /^[A-Za-z0-9&]/;
const WORD_END = /[A-Za-z0-9&.]$/;
const JOINER = /[-–—/]/;
const JOINED_SPLIT = /(?<=.)[-–—/](?=.)/;

/** One piece of a chunk as compromise may look it up; the checks before each replace only skip work (it runs on every word). */
function wordOf(piece: string, joined: boolean): Word {
  let text = WORD_START.test(piece) && WORD_END.test(piece) ? piece : piece.replace(PUNCTUATION_AROUND, '');
  if (text.endsWith('s')) text = text.replace(/['’]s$/, '');
  let lower = text.toLowerCase();
  if (lower.endsWith('.')) lower = lower.slice(0, -1);
  return { text, forms: [lower, lower.includes('.') ? lower.replace(/\./g, '') : lower], joined };
}

function wordsOf(g: Gate, view: string): Words {
  const list: Word[] = [];
  for (const chunk of view.split(/\s+/)) {
    const pieces = JOINER.test(chunk) ? chunk.split(JOINED_SPLIT) : [chunk];
    for (const piece of pieces) {
      const w = wordOf(piece, pieces.length > 1);
      if (w.text !== '') list.push(w);
    }
  }
  const inNameEntry = new Uint8Array(list.length);
  for (let i = 0; i < list.length; i++) inNameEntry.fill(1, i, i + entryAt(g.nameEntries, list, i));
  return { list, inNameEntry, startsWithWord: /^\s*["'“‘(]?[A-Za-z]/.test(view) };
}

/**
 * The word cannot be a name to compromise. A title-case first word of the view
 * is plain when the lexicon word is (compromise reads no case there), except
 * before an org word, where a singular noun counts as a name (`orgWords`).
 */
function isPlain(g: Gate, words: Words, i: number, beforeOrgWord = false): boolean {
  const w = words.list[i]!;
  if (w.joined || words.inNameEntry[i]) return false;
  if (g.plainWords.has(w.text) || g.unknownIsPlain(w.text) || /^\d[\d.,]*$/.test(w.text)) return true;
  if (i !== 0 || !words.startsWithWord || !/^[A-Z][a-z]*$/.test(w.text)) return false;
  return (beforeOrgWord ? g.plainNonNouns : g.plainWords).has(w.forms[0]!);
}

/**
 * A word compromise may tag an acronym (`FBI`, `U.S.`, `e.g.`): a lower-case
 * word only through its lexicon, a title-case word never.
 */
function mayBeAcronym(g: Gate, w: Word): boolean {
  if (/^[a-z]+$/.test(w.text)) return g.nameWords.has(w.text);
  return !/^[A-Z][a-z]+$/.test(w.text) && (/[A-Z]/.test(w.text) || /[a-z]\.[a-z]/i.test(w.text));
}

const hasForm = (list: string[], w: Word | undefined) => w !== undefined && w.forms.some((f) => list.includes(f));

/** One of the post-tagger rules may fire at word i. */
function ruleFires(g: Gate, words: Words, i: number): boolean {
  const { list } = words;
  const w = list[i]!;
  if (list[i + 1] && w.forms.some((f) => g.acronymAfter.has(f)) && mayBeAcronym(g, list[i + 1]!)) return true;
  if (!w.forms.some((f) => g.rulesByWord.has(f))) return false;
  const rules = w.forms.flatMap((f) => g.rulesByWord.get(f) ?? []);
  return rules.some((rule) => {
    if (rule.before && !hasForm(rule.before, list[i - 1])) return false;
    if (rule.after && !hasForm(rule.after, list[i + 1])) return false;
    if (rule.nameWithin === undefined) return true;
    for (let k = Math.max(0, i - rule.nameWithin); k < i; k++) if (!isPlain(g, words, k)) return true;
    return false;
  });
}

/** False only when compromise's parse of the view would tag no organization. */
export function mayHaveCompromiseOrganization(view: string): boolean {
  if (FOLDED.test(view)) return true;
  gate ??= buildGate(loadDataJson(GATE_DATA_FILE, gateDataSchema));
  const g = gate;
  const words = wordsOf(g, view);
  const { list } = words;
  for (let i = 0; i < list.length; i++) {
    if (entryAt(g.orgEntries, list, i) > 0) return true;
    if (i > 0 && list[i]!.forms.some((f) => g.orgWords.has(f)) && !isPlain(g, words, i - 1, true)) return true;
    if (ruleFires(g, words, i)) return true;
  }
  return false;
}
