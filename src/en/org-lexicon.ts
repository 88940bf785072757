/**
 * The English organization vocabulary, loaded once from `data/en/` and
 * validated: head words with their types and well-known names.
 */
import { loadDataJson, loadDataList, readDataFile } from '../data-file.js';
import { z } from 'zod';
import type { OrgType } from '../doc.js';

const orgTypeSchema = z.enum([
  'company', 'government', 'party', 'lab', 'university', 'research',
  'bank', 'association', 'media', 'other',
]);

const headsSchema = z.object({
  heads: z.array(z.object({ head: z.string().min(1), type: orgTypeSchema, of: z.boolean().optional(), shortForm: z.boolean().optional() })).min(1),
});

const descriptorsSchema = z.object({
  $comment: z.string().optional(),
  before: z.record(z.string().min(1), orgTypeSchema),
  after: z.record(z.string().min(1), orgTypeSchema),
}).strict();

const dataFile = (name: string) => readDataFile(`en/${name}`);

export interface EnglishHead {
  type: OrgType;
  /** May be followed by `of`/`for` and a name (Bank of England). */
  of: boolean;
  /** Dropped by later mentions (Magna International Inc → Magna International). */
  shortForm: boolean;
}

function loadHeads(): Map<string, EnglishHead> {
  const heads = new Map<string, EnglishHead>();
  for (const h of headsSchema.parse(JSON.parse(dataFile('org-suffixes.json'))).heads) {
    if (heads.has(h.head)) throw new Error(`data/en/org-suffixes.json: duplicate head "${h.head}"`);
    heads.set(h.head, { type: h.type, of: h.of ?? false, shortForm: h.shortForm ?? false });
  }
  return heads;
}

function loadKnown(): Map<string, OrgType> {
  const known = new Map<string, OrgType>();
  for (const raw of dataFile('known-orgs.txt').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const cut = line.lastIndexOf(' ');
    if (cut < 1) throw new Error(`data/en/known-orgs.txt: bad line "${line}"`);
    known.set(line.slice(0, cut), orgTypeSchema.parse(line.slice(cut + 1)));
  }
  return known;
}

export const englishHeads: ReadonlyMap<string, EnglishHead> = loadHeads();
export const englishKnownOrgs: ReadonlyMap<string, OrgType> = loadKnown();
/** Nouns that introduce (`firm Multico`) or follow (`Zycie Warszawy daily`) a name, with the type they give. */
export const englishDescriptors = loadDataJson('en/org-descriptors.json', descriptorsSchema);
/** Names proposers report that are places, events or indexes (U.S., West Bank, Dow Jones). */
export const englishNotOrgs: ReadonlySet<string> = new Set(loadDataList('en/not-orgs.txt'));

/** The type a name gets from its last head word (or its `… of …` head, or the head before a legal suffix), else `other`. */
export function englishTypeOf(name: string): OrgType {
  const known = englishKnownOrgs.get(name);
  if (known) return known;
  const words = name.split(/\s+/);
  let suffixType: OrgType | null = null; // a legal suffix (SA, Inc) yields to an earlier head: Bank Rozwoju Exportu SA is a bank
  for (let i = words.length - 1; i >= 0; i--) {
    const head = englishHeads.get(words[i]!);
    if (!head || !(i === words.length - 1 || head.of || suffixType !== null)) continue;
    if (!head.shortForm) return head.type;
    suffixType ??= head.type;
  }
  return suffixType ?? 'other';
}
