/**
 * Alias declarations in Chinese text: `重庆鑫景特种玻璃有限公司(以下简称鑫景特玻)`.
 * Finding them is all this file does; the stage ties a declaration to the
 * organization right before it and resolves later mentions.
 */
import { matchesOf } from '../matches.js';

export interface AliasDeclaration {
  /** View offset of the opening parenthesis: the full name must end here. */
  open: number;
  alias: string;
  /** View span of the alias inside the declaration (itself a mention). */
  start: number;
  end: number;
}

// (以下简称鑫景特玻) (下称“鑫景”) (简称:ABC) — views fold full-width （） to ().
const DECLARATION = /\(\s*(?:以下|下文|下)?(?:简称|称)[为:]?\s*[“"‘']?([^()“”"‘'，,、。;；\s]{1,16})[”"’']?\s*\)/gu;

export function findAliasDeclarations(view: string): AliasDeclaration[] {
  const found: AliasDeclaration[] = [];
  if (!view.includes('称')) return found; // every declaration has it; most views have none
  for (const m of matchesOf(DECLARATION, view)) {
    const alias = m[1]!;
    const start = m.index + m[0].indexOf(alias);
    found.push({ open: m.index, alias, start, end: start + alias.length });
  }
  return found;
}
