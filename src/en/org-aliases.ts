/**
 * Alias declarations in English text: an abbreviation in brackets right after
 * a name, `National Farmers Union (NFU)`, `Budapest Stock Exchange (BSE)`.
 * Mirrors `zh/org-aliases.ts`: the stage ties a declaration to the
 * organization right before it, and later mentions (`the NFU`) get the full
 * name as `canonical`.
 */
import type { AliasDeclaration } from '../zh/org-aliases.js';

/** Two to eight capitals, with `&`, `-` or one lower-case letter inside, not at the end (NFU, BSE, S&P, KfW; not GDRs). */
const DECLARATION = /\(\s*((?=[A-Z&-]*(?:[a-z][A-Z&-]+)?\s*\))[A-Z][A-Za-z&-]{1,7})\s*\)/g;

export function findEnAliasDeclarations(view: string): AliasDeclaration[] {
  const found: AliasDeclaration[] = [];
  for (const m of view.matchAll(DECLARATION)) {
    const alias = m[1]!;
    if ((alias.match(/[A-Z]/g)?.length ?? 0) < 2) continue;
    const start = m.index + m[0].indexOf(alias);
    found.push({ open: m.index, alias, start, end: start + alias.length });
  }
  return found;
}
