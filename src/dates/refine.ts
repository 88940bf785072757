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
  return e.dayOffset === undefined && e.weekday === undefined && e.weekOffset === undefined && !e.nth;
}

/**
 * `1月5日至7日`, `2015年到2020年`, `今年1-2月`: two candidates joined only by
 * a range separator become one range. Partial candidates (`1` of `1-2月`)
 * that end up in no range are dropped.
 */
export function mergeRanges(candidates: DateCandidate[], view: string, separator: RegExp): DateCandidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: DateCandidate[] = [];
  for (const a of sorted) {
    if (a.to) continue;
    for (const b of sorted) {
      if (b.start < a.end || b.to || b.partial || !separator.test(view.slice(a.end, b.start))) continue;
      if (finestUnit(a.from) !== finestUnit(b.from) || !isCalendar(a.from) || !isCalendar(b.from)) continue;
      merged.push({ start: a.start, end: b.end, from: a.from, to: b.from, modifier: a.modifier || b.modifier });
      break;
    }
  }
  return [...candidates, ...merged].filter((c) => !c.partial);
}

/** Keep the longest candidate where spans overlap (earliest first on ties), in text order. */
export function removeOverlaps(candidates: DateCandidate[]): DateCandidate[] {
  const byLength = [...candidates].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: DateCandidate[] = [];
  for (const c of byLength) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
