/**
 * Team names in sports result tables and score lines: a capitalised name
 * followed by small numbers. A view counts as a table row when it is nothing
 * but a name and numbers (`Stoke 4 3 1 0 7 4 10`, `NEW YORK 74 59 .556 -`),
 * holds two or more name-score pairs (`Warwickshire 195, Surrey 429-7`), or is
 * an all-capitals fixture (`CHICAGO AT TORONTO`). Datelines (`LONDON 1996-08-30`)
 * are not rows.
 */
import type { OrgCandidate } from '../zh/organizations.js';

const NAME = String.raw`[A-Z][A-Za-z'.&-]*(?: (?:[A-Z][A-Za-z'.&-]*|of|de))*`;
const SCORE = String.raw`(?:\d{1,3}(?:[-/]\d{1,3})?|\.\d{3})`;
const PAIR = new RegExp(String.raw`(?<![A-Za-z0-9.])(${NAME}) ${SCORE}(?=[ ,;)]|$)`, 'g');
const ROW_ONLY = new RegExp(String.raw`^(${NAME})(?: (?:${SCORE}|-))+\s*$`);
const FIXTURE = /^([A-Z][A-Z .'-]*[A-Z]) AT ([A-Z][A-Z .'-]*[A-Z])\s*$/;

const team = (start: number, name: string): OrgCandidate => ({ start, end: start + name.length, type: 'other' });

export function teamNames(view: string): OrgCandidate[] {
  const row = ROW_ONLY.exec(view);
  if (row) return [team(0, row[1]!)];
  const fixture = FIXTURE.exec(view);
  if (fixture) return [team(0, fixture[1]!), team(view.lastIndexOf(fixture[2]!), fixture[2]!)];
  const pairs = [...view.matchAll(PAIR)];
  return pairs.length >= 2 ? pairs.map((m) => team(m.index, m[1]!)) : [];
}
