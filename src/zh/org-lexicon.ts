/**
 * The Chinese organization vocabulary, loaded once from `data/zh/` and
 * validated: head words with their types, well-known names, generic categories
 * and the rules for which jieba tokens may build a name body.
 */
import { readDataFile, loadDataList, loadDataRows } from '../data-file.js';
import { z } from 'zod';
import type { OrgType } from '../doc.js';

const ORG_TYPES = [
  'company', 'government', 'party', 'lab', 'university', 'research',
  'bank', 'association', 'media', 'other',
] as const satisfies readonly OrgType[];
export const orgTypeSchema = z.enum(ORG_TYPES);

const headsSchema = z.object({
  heads: z.array(z.object({
    head: z.string().min(1),
    type: orgTypeSchema.nullable(),
    minBody: z.number().int().min(0).optional(),
    branch: z.boolean().optional(),
    onlyTags: z.array(z.string()).min(1).optional(),
    nameBody: z.boolean().optional(),
    strong: z.boolean().optional(),
    placeBody: z.boolean().optional(),
    nameOnlyBody: z.boolean().optional(),
    notAfter: z.array(z.string().min(1)).optional(),
  })).min(1),
});

const bodySchema = z.object({
  bodyTags: z.array(z.string()).min(1),
  leadTags: z.array(z.string()).min(1),
  stopWords: z.array(z.string()),
  gluedLead: z.string(),
  genericBody: z.array(z.string()),
  countClassifiers: z.string(),
  placeLevels: z.array(z.string().length(1)),
  falseHeads: z.array(z.string().min(2)),
  gluedHeadTags: z.array(z.string()).min(1),
  nameVerbs: z.array(z.string()),
  photoAgency: z.string(),
  unknownNameTags: z.array(z.string()).min(1),
  tradeWords: z.array(z.string()),
  clearLeftTags: z.array(z.string()).min(1),
  clearLeftWordTags: z.array(z.string()).min(1),
  departmentTags: z.array(z.string()).min(1),
  departmentEnds: z.array(z.string().min(1)).min(1),
  notDepartments: z.array(z.string()),
  parenthesisedWords: z.array(z.string()),
  nounBrandHeads: z.array(z.string().min(1)),
});

export interface OrgHead {
  head: string;
  type: OrgType | null;
  /** Name characters the head needs in its own token when jieba glued it to a word. */
  minBody: number;
  branch: boolean;
  /** When set, counts only at the end of a jieba token with one of these tags (中国足协/nt, 中新网/nz). */
  onlyTags: ReadonlySet<string> | null;
  /** Needs a proper name in the body (辽宁|队, not 表演队). */
  nameBody: boolean;
  /** A strong head also takes a body of unknown words that jieba tags as common nouns (赛格|集团). */
  strong: boolean;
  /** The body is places only (美国|海军, not 陈|陆军). */
  placeBody: boolean;
  /** The body may not end with an organization of its own (方正证券|基金分析师 is no fund company). */
  nameOnlyBody: boolean;
  /** Words that, ending the body, make the whole a kind, not a name (种子|基金 is a fund, not a fund company). */
  notAfter: readonly string[];
}

const dataFile = (name: string) => readDataFile(`zh/${name}`);
const listLines = (name: string) => loadDataList(`zh/${name}`);

function loadHeads(): OrgHead[] {
  const parsed = headsSchema.parse(JSON.parse(dataFile('org-suffixes.json')));
  return parsed.heads
    .map((h) => ({
      head: h.head, type: h.type, minBody: h.minBody ?? 0, branch: h.branch ?? false,
      onlyTags: h.onlyTags ? new Set(h.onlyTags) : null, nameBody: h.nameBody ?? false, strong: h.strong ?? false,
      placeBody: h.placeBody ?? false, nameOnlyBody: h.nameOnlyBody ?? false, notAfter: h.notAfter ?? [],
    }))
    .sort((a, b) => b.head.length - a.head.length);
}

function loadKnown(): Map<string, OrgType> {
  return new Map(loadDataRows('zh/known-orgs.txt', (line) => {
    const [name, type, extra] = line.split(/\s+/);
    if (!name || extra !== undefined) throw new Error('expected "name type"');
    return [name, orgTypeSchema.parse(type)] as const;
  }));
}

const body = bodySchema.parse(JSON.parse(dataFile('org-body.json')));

/** Heads, longest first; org heads and branch heads. */
export const orgHeads: readonly OrgHead[] = loadHeads();
export const nameHeads = orgHeads.filter((h) => !h.branch);
export const branchHeads = orgHeads.filter((h) => h.branch);
/**
 * Name heads by the code unit of their last character, longest first: the
 * only heads a token ending in that character can end with (a small map,
 * read once per token of every sentence).
 */
export const nameHeadsByLastCode: ReadonlyMap<number, readonly OrgHead[]> = nameHeads.reduce((byLast, h) => {
  const last = h.head.charCodeAt(h.head.length - 1);
  return byLast.set(last, [...(byLast.get(last) ?? []), h]);
}, new Map<number, OrgHead[]>());
/** 1 at the code unit a name head ends with: most tokens are passed on one read, without a map lookup. */
export const nameHeadEnds = new Uint8Array(0x10000);
for (const last of nameHeadsByLastCode.keys()) nameHeadEnds[last] = 1;
/** Well-known organizations without a head word (新华社, 国务院, 市委). */
export const knownOrgs: ReadonlyMap<string, OrgType> = loadKnown();
/** Whole candidates that are categories, not names (高校, 金融机构). */
export const notOrgs: ReadonlySet<string> = new Set(listLines('not-orgs.txt'));

export const bodyRules = {
  bodyTags: new Set(body.bodyTags),
  leadTags: new Set(body.leadTags),
  stopWords: new Set(body.stopWords),
  gluedLead: new Set([...body.gluedLead]),
  genericBody: new Set(body.genericBody),
  countClassifiers: new Set([...body.countClassifiers]),
  placeLevels: new Set(body.placeLevels),
  falseHeads: new Set(body.falseHeads),
  falseHeadMaxLength: Math.max(...body.falseHeads.map((w) => w.length)),
  gluedHeadTags: new Set(body.gluedHeadTags),
  nameVerbs: new Set(body.nameVerbs),
  photoAgency: new RegExp(body.photoAgency, 'u'),
  unknownNameTags: new Set(body.unknownNameTags),
  tradeWords: new Set(body.tradeWords),
  clearLeftTags: new Set(body.clearLeftTags),
  clearLeftWordTags: new Set(body.clearLeftWordTags),
  departmentTags: new Set(body.departmentTags),
  departmentEnds: body.departmentEnds,
  notDepartments: new Set(body.notDepartments),
  parenthesisedWords: new Set(body.parenthesisedWords),
  nounBrandHeads: new Set(body.nounBrandHeads),
};

/** The longest head that ends `name` after at least one character of body, if any. */
export function headOf(name: string): OrgHead | null {
  for (const h of nameHeadsByLastCode.get(name.charCodeAt(name.length - 1)) ?? []) {
    if (h.type && name.endsWith(h.head) && name.length > h.head.length) return h;
  }
  return null;
}

/** Whether `word` is or ends with a head word (总站, 环境监测总站): a name, never the left half of a `和` join. */
export function endsWithHead(word: string): boolean {
  for (const h of nameHeadsByLastCode.get(word.charCodeAt(word.length - 1)) ?? []) if (word.endsWith(h.head)) return true;
  return false;
}

/** Whether `word` ends with a word that looks like a head but is none (干部, 布局). */
export function endsWithFalseHead(word: string): boolean {
  for (let n = 2; n <= Math.min(word.length, bodyRules.falseHeadMaxLength); n++) {
    if (bodyRules.falseHeads.has(word.slice(-n))) return true;
  }
  return false;
}
