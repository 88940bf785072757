/**
 * Refiners (after chrono): run on the candidates of one sentence, in order —
 * merge `A SEP B` into a range, then keep the longest of overlapping spans.
 */
import type { DateCandidate, DateExpr } from './expr.js';

/** The finest calendar unit an expression states, to check both ends of a range agree. */
function finestUnit(e: DateExpr): string {
  if (e.day !== undefined || e.dayOffset !== undefined || e.weekday !== undefined || e.nth) return 'day';
  if (e.month !== undefined || e.monthOffset !== undefined) return 'month';
  if (e.quarter !== undefined) return 'quarter';
  if (e.half !== undefined) return 'half';
  if (e.weekOffset !== undefined) return 'week';
  if (e.decade) return 'decade';
  return 'year';
}

/** Stated with calendar fields (not `今天`, `上周一`): only such ends make a range. */
function isCalendar(e: DateExpr): boolean {
  return e.dayOffset === undefined && e.weekday === undefined && e.weekOffset === undefined && !e.nth && !e.festivalAnchor;
}

/** The longest a range separator with its spaces can be (`　至　`, ` through `). */
const MAX_SEPARATOR = 10;

/**
 * `1月5日至7日`, `2015年到2020年`, `今年1-2月`: two candidates joined only by
 * a range separator become one range. Partial candidates (`1` of `1-2月`)
 * that end up in no range are dropped.
 */
export function mergeRanges(candidates: DateCandidate[], view: string, separator: RegExp): DateCandidate[] {
  if (candidates.length === 0) return candidates; // most sentences
  if (candidates.length === 1) return candidates[0]!.partial ? [] : candidates; // nothing to join it to
  const sorted = candidates.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: DateCandidate[] = [];
  let first = 0;
  for (const a of sorted) {
    if (a.to) continue;
    while (first < sorted.length && sorted[first]!.start < a.end) first++;
    for (let j = first; j < sorted.length && sorted[j]!.start <= a.end + MAX_SEPARATOR; j++) {
      const b = sorted[j]!;
      if (b.to || b.partial || !separator.test(view.slice(a.end, b.start))) continue;
      if (finestUnit(a.from) !== finestUnit(b.from) || !isCalendar(a.from) || !isCalendar(b.from)) continue;
      merged.push({ start: a.start, end: b.end, from: a.from, to: b.from, modifier: a.modifier || b.modifier });
      break;
    }
  }
  return merged.length === 0 && !hasPartial(candidates) ? candidates : candidates.concat(merged).filter((c) => !c.partial);
}

/** Some candidate is partial (most lists have none, and are kept as they are). */
function hasPartial(candidates: readonly DateCandidate[]): boolean {
  for (let k = 0; k < candidates.length; k++) if (candidates[k]!.partial) return true;
  return false;
}

/** No two of the candidates (sorted by start) overlap. */
function disjoint(sorted: readonly DateCandidate[]): boolean {
  for (let k = 1; k < sorted.length; k++) if (sorted[k]!.start < sorted[k - 1]!.end) return false;
  return true;
}

/**
 * Keep the longest candidate where spans overlap (earliest first on ties), in
 * text order. Settled cluster by cluster of overlapping spans, so a long line
 * costs no more than its clusters.
 */
export function removeOverlaps(candidates: DateCandidate[]): DateCandidate[] {
  if (candidates.length <= 1) return candidates; // nothing to overlap
  const sorted = candidates.slice().sort((a, b) => a.start - b.start);
  if (disjoint(sorted)) return sorted; // most lists: every cluster is one candidate
  const kept: DateCandidate[] = [];
  let cluster: DateCandidate[] = [];
  let clusterEnd = -1;
  const settle = () => {
    const byLength = cluster.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
    const chosen: DateCandidate[] = [];
    for (const c of byLength) if (chosen.every((k) => c.end <= k.start || c.start >= k.end)) chosen.push(c);
    kept.push(...chosen.sort((a, b) => a.start - b.start));
  };
  for (const c of sorted) {
    if (c.start >= clusterEnd && cluster.length) { settle(); cluster = []; }
    cluster.push(c);
    clusterEnd = Math.max(clusterEnd, c.end);
  }
  if (cluster.length) settle();
  return kept;
}
