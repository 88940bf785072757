/**
 * Marks of the review page: every quantity, date and organization of an issue
 * as a highlighted span of the text, with its fields, optionally compared with
 * a gold file (misses and extras). Rendering is one pass over the text;
 * overlapping marks nest, and a mark that crosses another is closed and
 * reopened as a continuation piece (class `cont`), so each record has exactly
 * one primary `<mark>`.
 */
import type { IssueJson } from '../records.js';

export type MarkType = 'q' | 'd' | 'o';
export const MARK_TYPES: Record<MarkType, string> = { q: 'quantities', d: 'dates', o: 'organizations' };

export interface Mark {
  type: MarkType;
  id: string;
  start: number;
  end: number;
  /** The fields shown on hover or focus, one per line. */
  tip: string[];
  /** Extra data attributes (value, unit, …) for scripts and tests. */
  data: Record<string, string>;
  /** Against a gold file: a record the gold lacks, or a gold record the output lacks. */
  gold?: 'extra' | 'miss';
}

export type GoldJson = Pick<IssueJson, 'quantities' | 'dates' | 'organizations'>;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const field = (name: string, value: unknown) => (value === null || value === undefined || value === '' ? [] : [`${name}: ${String(value)}`]);

/** The marks of one issue's records (without gold). */
export function recordMarks(json: GoldJson): Mark[] {
  return [
    ...json.quantities.map((q): Mark => ({
      type: 'q', id: q.id, start: q.start, end: q.end,
      tip: [...field('value', q.value_max === null ? q.value : `${q.value} … ${q.value_max}`), ...field('unit', q.unit),
        ...field('unit_text', q.unit_text), ...field('qualifier', q.qualifier), ...field('dimension', q.dimension)],
      data: { value: String(q.value), unit: q.unit ?? '', qualifier: q.qualifier },
    })),
    ...json.dates.map((d): Mark => ({
      type: 'd', id: d.id, start: d.start, end: d.end,
      tip: [...field('value', d.value_end === null ? d.value : `${d.value ?? ''} … ${d.value_end}`), ...field('granularity', d.granularity),
        ...field('relative', d.relative), ...field('modifier', d.modifier)],
      data: { value: d.value ?? '', granularity: d.granularity },
    })),
    ...json.organizations.map((o): Mark => ({
      type: 'o', id: o.id, start: o.start, end: o.end,
      tip: [...field('type', o.type), ...field('canonical', o.canonical)],
      data: { type: o.type, canonical: o.canonical },
    })),
  ];
}

type GoldRecord = { start: number; end: number; optional?: boolean };

/**
 * The output's marks with `extra` on those whose span the gold does not have,
 * plus one `miss` mark per required gold record whose span the output lacks.
 */
export function compareWithGold(marks: Mark[], gold: GoldJson): Mark[] {
  const goldMarks = recordMarks(gold);
  const key = (m: { type: string; start: number; end: number }) => `${m.type}:${m.start}:${m.end}`;
  const goldRecords = new Map<string, GoldRecord>();
  for (const type of Object.keys(MARK_TYPES) as MarkType[]) {
    for (const r of gold[MARK_TYPES[type] as keyof GoldJson] as GoldRecord[]) goldRecords.set(key({ ...r, type }), r);
  }
  const found = new Set(marks.map(key));
  const misses = goldMarks
    .filter((g) => !found.has(key(g)) && !goldRecords.get(key(g))?.optional)
    .map((g): Mark => ({ ...g, id: `gold-${g.id}`, tip: ['missed (in gold, not in the output)', ...g.tip], gold: 'miss' }));
  const checked = marks.map((m): Mark => (goldRecords.has(key(m)) ? m : { ...m, tip: ['extra (not in gold)', ...m.tip], gold: 'extra' }));
  return [...checked, ...misses];
}

function openTag(m: Mark, continuation: boolean): string {
  const classes = ['m', m.type, ...(m.gold ? [m.gold] : []), ...(continuation ? ['cont'] : [])].join(' ');
  const data = Object.entries(m.data).map(([k, v]) => ` data-${k}="${escapeHtml(v)}"`).join('');
  const identity = continuation ? '' : ` id="m-${escapeHtml(m.id)}" tabindex="0"`;
  return `<mark class="${classes}"${identity} data-id="${escapeHtml(m.id)}" data-tip="${escapeHtml(m.tip.join('\n'))}"${data}>`;
}

/** Marks sorted for rendering: by start, the longer (outer) first. */
export function sortMarks(marks: Mark[]): Mark[] {
  return [...marks].sort((a, b) => a.start - b.start || b.end - a.end || a.type.localeCompare(b.type));
}

/**
 * The HTML of the code points [from, to) with every sorted mark that
 * intersects it; a mark clipped at `from` is a continuation piece.
 */
export function renderMarkedText(chars: string[], from: number, to: number, sorted: Mark[]): string {
  const marks = sorted.filter((m) => m.start < to && m.end > from && m.start < m.end);
  const points = [...new Set([from, to, ...marks.flatMap((m) => [Math.max(m.start, from), Math.min(m.end, to)])])].sort((a, b) => a - b);
  const out: string[] = [];
  const stack: Mark[] = [];
  let pos = from;
  let next = 0;
  for (const p of points) {
    if (p > pos) out.push(escapeHtml(chars.slice(pos, p).join('')));
    pos = p;
    const low = stack.findIndex((m) => Math.min(m.end, to) <= p);
    if (low >= 0) {
      const reopened = stack.slice(low).filter((m) => Math.min(m.end, to) > p);
      out.push('</mark>'.repeat(stack.length - low));
      stack.length = low;
      for (const m of reopened) {
        out.push(openTag(m, true));
        stack.push(m);
      }
    }
    while (next < marks.length && Math.max(marks[next]!.start, from) === p && p < to) {
      const m = marks[next++]!;
      out.push(openTag(m, m.start < from));
      stack.push(m);
    }
  }
  return out.join('');
}
