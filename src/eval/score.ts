/**
 * Scores pipeline output against hand-checked gold, with the matching rules of
 * the reference scorer `shared/tools/score.py`: one-to-one span matching
 * (exact and overlap), optional gold items neither required nor penalised,
 * field accuracy over exact matches, facts matched on an overlapping quantity
 * span whose metric contains the gold `metric_core`, articles by title.
 */

type Item = Record<string, unknown> & { start: number; end: number };
export interface IssueRecords {
  issue_id: string;
  articles?: { title?: string }[];
  quantities?: Item[];
  dates?: Item[];
  organizations?: Item[];
  facts?: Record<string, unknown>[];
}

export interface Prf { precision: number; recall: number; f1: number; tp: number; fn: number; fp: number }
export interface KindScore { exact: Prf; overlap?: Prf; fields: Record<string, number | null> }
export type Report = Record<'articles' | 'quantities' | 'dates' | 'organizations' | 'facts', KindScore>;

type Eq = (a: unknown, b: unknown) => boolean;

const blank = (v: unknown) => v === null || v === undefined || v === '';

export const numEq: Eq = (a, b) => {
  if (blank(a) && blank(b)) return true;
  const x = Number(a);
  const y = Number(b);
  if (blank(a) || blank(b) || Number.isNaN(x) || Number.isNaN(y)) return false;
  return Math.abs(x - y) <= Math.max(1e-6 * Math.max(Math.abs(x), Math.abs(y)), 1e-9);
};

export const strEq: Eq = (a, b) => {
  const norm = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim().toLowerCase());
  return norm(a) === norm(b);
};

const FIELDS: Record<'quantities' | 'dates' | 'organizations', [string, Eq][]> = {
  quantities: [['value', numEq], ['value_max', numEq], ['unit', strEq], ['qualifier', strEq]],
  dates: [['value', strEq], ['value_end', strEq], ['granularity', strEq]],
  organizations: [['type', strEq], ['canonical', strEq]],
};

const overlaps = (a: Item, b: Item) => a.start < b.end && b.start < a.end;

export function prf(tp: number, fn: number, fp: number): Prf {
  const precision = tp + fp ? tp / (tp + fp) : tp + fn === 0 ? 1 : 0;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fn, fp };
}

/** One-to-one matching of gold to predicted items. */
export function matchItems(gold: Item[], pred: Item[], exact: boolean) {
  const used = new Set<number>();
  const pairs: [Item, Item][] = [];
  const fn: Item[] = [];
  for (const g of gold) {
    let hit = -1;
    if (exact) hit = pred.findIndex((p, i) => !used.has(i) && p.start === g.start && p.end === g.end);
    else {
      let best = 0;
      pred.forEach((p, i) => {
        if (used.has(i) || !overlaps(g, p)) return;
        const ov = Math.min(g.end, p.end) - Math.max(g.start, p.start);
        if (ov > best) [best, hit] = [ov, i];
      });
    }
    if (hit < 0) {
      if (!g.optional) fn.push(g);
      continue;
    }
    used.add(hit);
    if (!g.optional) pairs.push([g, pred[hit]!]);
  }
  const optional = gold.filter((g) => g.optional);
  const fp = pred.filter((p, i) => !used.has(i) && !optional.some((o) => overlaps(p, o)));
  return { pairs, fn, fp };
}

function scoreKind(issues: [IssueRecords, IssueRecords | null][], kind: keyof typeof FIELDS, misses: string[]): KindScore {
  const totals = { exact: [0, 0, 0], overlap: [0, 0, 0] };
  const hits: Record<string, [number, number]> = Object.fromEntries(FIELDS[kind].map(([f]) => [f, [0, 0]]));
  for (const [gold, pred] of issues) {
    const g = gold[kind] ?? [];
    const p = pred?.[kind] ?? [];
    for (const mode of ['exact', 'overlap'] as const) {
      const { pairs, fn, fp } = matchItems(g, p, mode === 'exact');
      const t = totals[mode];
      t[0] += pairs.length; t[1] += fn.length; t[2] += fp.length;
      if (mode !== 'exact') continue;
      fn.forEach((x) => misses.push(`${kind} missed ${x.start}-${x.end} ${JSON.stringify(x.text)}`));
      fp.forEach((x) => misses.push(`${kind} extra ${x.start}-${x.end} ${JSON.stringify(x.text)}`));
      for (const [gi, pi] of pairs) {
        for (const [f, eq] of FIELDS[kind]) {
          if (!(f in gi)) continue;
          hits[f]![1]++;
          if (eq(gi[f], pi[f])) hits[f]![0]++;
          else misses.push(`${kind} ${f} ${JSON.stringify(gi.text)}: gold ${JSON.stringify(gi[f])} got ${JSON.stringify(pi[f])}`);
        }
      }
    }
  }
  return {
    exact: prf(totals.exact[0]!, totals.exact[1]!, totals.exact[2]!),
    overlap: prf(totals.overlap[0]!, totals.overlap[1]!, totals.overlap[2]!),
    fields: Object.fromEntries(Object.entries(hits).map(([f, [h, n]]) => [f, n ? h / n : null])),
  };
}

function scoreFacts(issues: [IssueRecords, IssueRecords | null][], misses: string[]): KindScore {
  let tp = 0, fn = 0, fp = 0;
  const names = ['period', 'status', 'kind', 'value', 'subject'] as const;
  const hits: Record<string, [number, number]> = Object.fromEntries(names.map((n) => [n, [0, 0]]));
  for (const [gold, pred] of issues) {
    const qspan = new Map((pred?.quantities ?? []).map((q) => [q.id as string, q]));
    const gq = new Map((gold.quantities ?? []).map((q) => [q.id as string, q]));
    const all = pred?.facts ?? [];
    const preds = all.filter((f) => qspan.has(f.quantity_id as string));
    const used = new Set<number>();
    for (const g of gold.facts ?? []) {
      const gs = gq.get(g.quantity_id as string)!;
      const core = String(g.metric_core ?? g.metric ?? '');
      const hit = preds.findIndex((f, i) => !used.has(i) && overlaps(gs, qspan.get(f.quantity_id as string)!)
        && String(f.metric ?? '').includes(core));
      if (hit < 0) {
        if (!g.optional) {
          fn++;
          misses.push(`facts missed ${JSON.stringify(g.quantity_text)} metric ${JSON.stringify(g.metric)}`);
        }
        continue;
      }
      used.add(hit);
      if (g.optional) continue;
      tp++;
      for (const n of names) {
        hits[n]![1]++;
        const eq = n === 'value' ? numEq : strEq;
        if (eq(g[n], preds[hit]![n])) hits[n]![0]++;
        else misses.push(`facts ${n} ${JSON.stringify(g.quantity_text)}: gold ${JSON.stringify(g[n])} got ${JSON.stringify(preds[hit]![n])}`);
      }
    }
    fp += preds.length - used.size + (all.length - preds.length);
  }
  return {
    exact: prf(tp, fn, fp),
    fields: Object.fromEntries(Object.entries(hits).map(([f, [h, n]]) => [f, n ? h / n : null])),
  };
}

function scoreArticles(issues: [IssueRecords, IssueRecords | null][]): KindScore {
  let tp = 0, fn = 0, fp = 0;
  const titles = (r: IssueRecords | null) => (r?.articles ?? []).map((a) => (a.title ?? '').trim()).filter(Boolean);
  for (const [gold, pred] of issues) {
    const left = titles(pred);
    for (const t of titles(gold)) {
      const k = left.indexOf(t);
      if (k >= 0) {
        tp++;
        left.splice(k, 1);
      } else fn++;
    }
    fp += left.length;
  }
  return { exact: prf(tp, fn, fp), fields: {} };
}

/** Score (gold, prediction) pairs; `misses` receives one line per miss, extra or wrong field. */
export function score(issues: [IssueRecords, IssueRecords | null][], misses: string[] = []): Report {
  return {
    articles: scoreArticles(issues),
    quantities: scoreKind(issues, 'quantities', misses),
    dates: scoreKind(issues, 'dates', misses),
    organizations: scoreKind(issues, 'organizations', misses),
    facts: scoreFacts(issues, misses),
  };
}

export function formatReport(report: Report): string {
  const f = (x: number) => x.toFixed(3).padStart(7);
  const lines = [`${'type'.padEnd(14)}${'mode'.padEnd(9)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}${'tp'.padStart(6)}${'fn'.padStart(6)}${'fp'.padStart(6)}  fields`];
  for (const [kind, r] of Object.entries(report)) {
    for (const mode of ['exact', 'overlap'] as const) {
      const m = r[mode];
      if (!m) continue;
      const fields = mode === 'exact'
        ? Object.entries(r.fields).map(([k, v]) => `${k}=${v === null ? 'n/a' : v.toFixed(3)}`).join(' ')
        : '';
      lines.push(`${kind.padEnd(14)}${mode.padEnd(9)}${f(m.precision)}${f(m.recall)}${f(m.f1)}${String(m.tp).padStart(6)}${String(m.fn).padStart(6)}${String(m.fp).padStart(6)}  ${fields}`);
    }
  }
  return lines.join('\n');
}
