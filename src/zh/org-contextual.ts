/**
 * Organizations known by a name without a head word, by group
 * (`data/zh/org-contextual.json`): sports clubs and leagues, bookmakers, banks
 * and game companies by their short names. Names that are also common words,
 * places or persons (罗马, 光大, 暴雪) count only in a sentence about their
 * group's subject (a match, banking, games).
 */
import { z } from 'zod';
import { loadDataJson } from '../data-file.js';
import type { OrgType, Token } from '../doc.js';
import { onBoundary } from './org-body.js';
import { orgTypeSchema } from './org-lexicon.js';
import { NameIndex, type NameHit } from './org-name-index.js';
import type { OrgCandidate } from './organizations.js';

const file = loadDataJson('zh/org-contextual.json', z.object({
  groups: z.array(z.object({
    group: z.string(),
    type: orgTypeSchema,
    context: z.array(z.string().min(2)).min(1),
    always: z.array(z.string().min(2)),
    inContext: z.array(z.string().min(2)),
  })).min(1),
}));

interface Group {
  type: OrgType;
  names: NameIndex;
  inContext: ReadonlySet<string>;
  context: NameIndex;
}

const groups: Group[] = file.groups.map((g) => ({
  type: g.type,
  names: new NameIndex([...g.always, ...g.inContext]),
  inContext: new Set(g.inContext),
  context: new NameIndex(g.context),
}));
/** The groups' names, in the order of the hits `contextualOrganizations` takes (found with other lists in one scan). */
export const groupNames: readonly NameIndex[] = groups.map((g) => g.names);

/** A Latin letter or digit right outside a match means it is part of a longer word (WNBA, CBA2). */
const LATIN_EDGE = /[A-Za-z0-9]/;

function wholeWord(view: string, { start, end, name }: NameHit): boolean {
  return !LATIN_EDGE.test(name) || !LATIN_EDGE.test(view[start - 1] ?? '') && !LATIN_EDGE.test(view[end] ?? '');
}

/**
 * Pushes onto `found` the group names in one sentence view, from the hits of
 * `groupNames` in it; a name that is also a common word must be a word of its
 * own (not 民生|问题).
 */
export function contextualOrganizations(view: string, tokens: Token[], hitsOf: readonly NameHit[][], found: OrgCandidate[]): void {
  groups.forEach((g, k) => {
    if (hitsOf[k]!.length === 0) return; // most views: no list made
    const hits = hitsOf[k]!.filter((h) => wholeWord(view, h));
    if (hits.length === 0) return;
    const sure = hits.filter((h) => !g.inContext.has(h.name));
    const inContext = hits.filter((h) => g.inContext.has(h.name) && onBoundary(tokens, h.start) && onBoundary(tokens, h.end));
    const about = inContext.length > 0 && (sure.length > 0 || g.context.find(view).length > 0);
    for (const { start, end } of about ? [...sure, ...inContext] : sure) found.push({ start, end, type: g.type });
  });
}
