/**
 * The record contract of SPEC §4 as a checker: every way a `<id>.json` can
 * break it, as readable messages (empty when it holds). Used by the generated
 * invariant tests and by the CLI tests on real files.
 */
import { emptyDoc } from '../../src/doc.js';
import { issueJson, type IssueJson } from '../../src/output/issue-json.js';
import { issueSchema } from '../../src/records.js';
import { STAGES, runPipeline } from '../../src/pipeline.js';
import { jiebaSegmenter } from '../../src/segmenter.js';
import type { Context } from '../../src/stage.js';

const AFTER_DECODE = STAGES.filter((s) => s.name !== 'decode');

/**
 * The pipeline on a decoded text, as the runner would write it (offsets in
 * code points). The decode stage is skipped so that any string, lone
 * surrogates included, reaches the later stages.
 */
export function extractText(text: string, issueDate: string | null = '2024-02-29'): IssueJson {
  const ctx: Context = { issueDate: issueDate ? { date: issueDate, source: 'cli' } : null, segmenter: jiebaSegmenter() };
  return issueJson(runPipeline({ ...emptyDoc('gen', 'gen.txt', new Uint8Array()), text }, ctx, AFTER_DECODE));
}

const LANGS = new Set(['zh', 'en']);
const DIMENSIONS = new Set(['currency', 'count', 'area', 'length', 'mass', 'volume', 'energy', 'power', 'percent', 'rank', 'age', 'duration', 'none']);
const QUALIFIERS = new Set(['exact', 'approx', 'over', 'under', 'at_least', 'at_most']);
const GRANULARITIES = new Set(['day', 'month', 'quarter', 'half', 'year', 'decade']);
const ORG_TYPES = new Set(['company', 'government', 'party', 'lab', 'university', 'research', 'bank', 'association', 'media', 'other']);
const STATUSES = new Set(['actual', 'estimate', 'target']);
const KINDS = new Set(['level', 'change', 'ratio', 'rank']);

/** Start of an ISO period (`2024-02-27`, `2023-07`, `2024-Q1`, `2023`) as a comparable number, or null when not valid ISO. */
export function isoPeriodStart(value: string): number | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    const real = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
    return real ? y * 10000 + mo * 100 + d : null;
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? Number(m[1]) * 10000 + Number(m[2]) * 100 + 1 : null;
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return Number(m[1]) * 10000 + (Number(m[2]) * 3 - 2) * 100 + 1;
  m = /^(\d{4})$/.exec(value);
  return m ? Number(m[1]) * 10000 + 101 : null;
}

type Rec = Record<string, unknown>;

/** Every broken promise of SPEC §4 in one issue's output, for the text it came from. */
export function contractViolations(text: string, json: IssueJson): string[] {
  const chars = [...text];
  const out: string[] = [];
  const fail = (what: string, r: unknown) => out.push(`${what}: ${JSON.stringify(r)}`);
  const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  // The published JSON Schema's source: types, enums, null (never '') for a missing value.
  const parsed = issueSchema.safeParse(json);
  if (!parsed.success) for (const issue of parsed.error.issues) out.push(`schema: ${issue.path.join('.')}: ${issue.message}`);

  const articleIds = new Set<string>();
  for (const a of json.articles) {
    if (articleIds.has(a.id)) fail('duplicate article id', a);
    articleIds.add(a.id);
    if (!(Number.isInteger(a.start) && a.start >= 0 && a.start <= a.end && a.end <= chars.length)) fail('article span outside the text', a);
    if (!LANGS.has(a.lang)) fail('article lang', a);
  }

  const spans = (table: 'quantities' | 'dates' | 'organizations', check: (r: Rec) => void) => {
    const ids = new Set<string>();
    for (const r of json[table] as unknown as Rec[]) {
      const { id, start, end } = r as { id: string; start: number; end: number };
      if (typeof id !== 'string' || ids.has(id)) fail(`${table}: missing or duplicate id`, r);
      ids.add(id);
      if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= chars.length)) {
        fail(`${table}: not 0 <= start < end <= text length (${chars.length})`, r);
      } else if (chars.slice(start, end).join('') !== r.text) fail(`${table}: text is not the code-point slice [start, end)`, r);
      if (!articleIds.has(r.article_id as string)) fail(`${table}: article_id of no article`, r);
      if (!LANGS.has(r.lang as string)) fail(`${table}: lang`, r);
      check(r);
    }
    return ids;
  };

  const quantityIds = spans('quantities', (q) => {
    if (!isNum(q.value)) fail('quantity value not a finite number', q);
    if (q.value_max !== null && !isNum(q.value_max)) fail('quantity value_max neither null nor finite', q);
    if (isNum(q.value_max) && isNum(q.value) && (q.value_max as number) < (q.value as number)) fail('quantity value_max < value', q);
    if (!DIMENSIONS.has(q.dimension as string)) fail('quantity dimension', q);
    if (!QUALIFIERS.has(q.qualifier as string)) fail('quantity qualifier', q);
  });
  spans('dates', (d) => {
    if (!GRANULARITIES.has(d.granularity as string)) fail('date granularity', d);
    if (typeof d.relative !== 'boolean') fail('date relative not boolean', d);
    if (d.value === null) {
      if (d.value_end) fail('date value_end without value', d);
      return;
    }
    const from = isoPeriodStart(d.value as string);
    if (from === null) fail('date value not valid ISO 8601', d);
    if (d.value_end !== null && d.value_end !== '') {
      const to = isoPeriodStart(d.value_end as string);
      if (to === null) fail('date value_end not valid ISO 8601', d);
      else if (from !== null && to < from) fail('date value_end before value', d);
    }
  });
  spans('organizations', (o) => {
    if (!ORG_TYPES.has(o.type as string)) fail('organization type', o);
    if (typeof o.canonical !== 'string' || o.canonical === '') fail('organization canonical empty', o);
  });

  const quantities = new Map((json.quantities as unknown as Rec[]).map((q) => [q.id as string, q]));
  const factIds = new Set<string>();
  for (const f of json.facts as unknown as Rec[]) {
    if (typeof f.id !== 'string' || factIds.has(f.id)) fail('fact: missing or duplicate id', f);
    factIds.add(f.id as string);
    const q = quantities.get(f.quantity_id as string);
    if (!quantityIds.has(f.quantity_id as string) || !q) fail('fact: quantity_id of no quantity', f);
    else {
      if (q.article_id !== f.article_id) fail('fact: article_id differs from its quantity', f);
      if (q.unit !== f.unit) fail('fact: unit differs from its quantity', f);
    }
    if (!articleIds.has(f.article_id as string)) fail('fact: article_id of no article', f);
    if (!isNum(f.value)) fail('fact value not a finite number', f);
    if (!STATUSES.has(f.status as string)) fail('fact status', f);
    if (!KINDS.has(f.kind as string)) fail('fact kind', f);
    if (f.period !== '' && f.period !== null) {
      const [a, b] = String(f.period).split('/');
      if (isoPeriodStart(a!) === null || (b !== undefined && isoPeriodStart(b) === null)) fail('fact period not ISO', f);
    }
    for (const key of ['metric', 'sentence']) if (typeof f[key] !== 'string') fail(`fact ${key} not a string`, f);
  }
  return out;
}
