/**
 * The English organization vocabulary, loaded once from `data/en/` and
 * validated: head words with their types and well-known names.
 */
import { readDataFile } from '../data-file.js';
import { z } from 'zod';
import type { OrgType } from '../doc.js';

const orgTypeSchema = z.enum([
  'company', 'government', 'party', 'lab', 'university', 'research',
  'bank', 'association', 'media', 'other',
]);

const headsSchema = z.object({
  heads: z.array(z.object({ head: z.string().min(1), type: orgTypeSchema, of: z.boolean().optional() })).min(1),
});

const dataFile = (name: string) => readDataFile(`en/${name}`);

export interface EnglishHead {
  type: OrgType;
  /** May be followed by `of`/`for` and a name (Bank of England). */
  of: boolean;
}

function loadHeads(): Map<string, EnglishHead> {
  const heads = new Map<string, EnglishHead>();
  for (const h of headsSchema.parse(JSON.parse(dataFile('org-suffixes.json'))).heads) {
    if (heads.has(h.head)) throw new Error(`data/en/org-suffixes.json: duplicate head "${h.head}"`);
    heads.set(h.head, { type: h.type, of: h.of ?? false });
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

/** The type a name gets from its last head word (or its `… of …` head), else `other`. */
export function englishTypeOf(name: string): OrgType {
  const known = englishKnownOrgs.get(name);
  if (known) return known;
  const words = name.split(/\s+/);
  for (let i = words.length - 1; i >= 0; i--) {
    const head = englishHeads.get(words[i]!);
    if (head && (i === words.length - 1 || head.of)) return head.type;
  }
  return 'other';
}
