/**
 * Sports clubs and leagues (SPEC: organizations of type `other`) from
 * `data/zh/org-sports.json`: leagues and clubs whose names mean nothing else
 * anywhere; clubs named like a city or a person only in a sentence about a match.
 */
import { z } from 'zod';
import { loadDataJson } from '../data-file.js';
import { NameIndex, type NameHit } from './org-name-index.js';
import type { OrgCandidate } from './organizations.js';

const sports = loadDataJson('zh/org-sports.json', z.object({
  context: z.array(z.string().min(1)).min(1),
  leagues: z.array(z.string().min(2)).min(1),
  clubs: z.array(z.string().min(2)).min(1),
  cityClubs: z.array(z.string().min(2)),
}));

const NAMES = new NameIndex([...sports.leagues, ...sports.clubs, ...sports.cityClubs]);
const CITY_CLUBS = new Set(sports.cityClubs);
const CONTEXT = new NameIndex(sports.context);
/** A Latin letter or digit right outside a match means it is part of a longer word (WNBA, CBA2). */
const LATIN_EDGE = /[A-Za-z0-9]/;

function matches(view: string, hits: NameHit[]): OrgCandidate[] {
  return hits
    .filter(({ start, end, name }) => !LATIN_EDGE.test(name)
      || !LATIN_EDGE.test(view[start - 1] ?? '') && !LATIN_EDGE.test(view[end] ?? ''))
    .map(({ start, end }) => ({ start, end, type: 'other' as const }));
}

/** Clubs and leagues in one sentence view. */
export function sportsOrganizations(view: string): OrgCandidate[] {
  const hits = NAMES.find(view);
  const found = matches(view, hits.filter((h) => !CITY_CLUBS.has(h.name)));
  const cities = hits.filter((h) => CITY_CLUBS.has(h.name));
  if (cities.length === 0 || found.length === 0 && CONTEXT.find(view).length === 0) return found;
  return [...found, ...matches(view, cities)];
}
