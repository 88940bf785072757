/**
 * The unit catalog (SPEC §4 "Unit catalog"): every surface unit, zh and en, mapped
 * to a canonical unit code, a dimension, labels and an SI factor. The data lives in
 * `data/units.json`; this module validates it once at load and answers one question:
 * which catalog surface is written at this position of a sentence?
 */
import { loadDataJson } from './data-file.js';
import { z } from 'zod';
import type { Dimension, Lang } from './doc.js';
import { lowerCodeAt } from './matches.js';

const DIMENSIONS = [
  'currency', 'count', 'area', 'length', 'mass', 'volume', 'energy', 'power',
  'percent', 'rank', 'age', 'duration', 'none',
] as const satisfies readonly Dimension[];

const surfaceSchema = z.union([
  z.string().min(1),
  z.object({
    text: z.string().min(1),
    factor: z.number().positive().optional(),
    max: z.number().positive().optional(),
    context: z.array(z.string().min(1)).optional(),
    contextWindow: z.number().int().positive().optional(),
    notBefore: z.array(z.string().min(1)).optional(),
    followedBy: z.array(z.string().min(1)).optional(),
    afterNumeral: z.array(z.string().length(1)).optional(),
    prefix: z.boolean().optional(),
  }).strict(),
]);

const unitSchema = z.object({
  unit: z.string().min(1),
  dimension: z.enum(DIMENSIONS),
  label_en: z.string().min(1),
  label_zh: z.string().min(1),
  si_unit: z.string().min(1).optional(),
  si_factor: z.number().positive().optional(),
  zh: z.array(surfaceSchema),
  en: z.array(surfaceSchema),
}).strict();

const catalogSchema = z.object({
  $comment: z.string().optional(),
  units: z.array(unitSchema).min(1),
}).strict().superRefine((catalog, ctx) => {
  const seen = new Set<string>();
  for (const u of catalog.units) {
    if (seen.has(u.unit)) ctx.addIssue({ code: 'custom', message: `duplicate unit code ${u.unit}` });
    seen.add(u.unit);
    if ((u.si_unit === undefined) !== (u.si_factor === undefined)) {
      ctx.addIssue({ code: 'custom', message: `${u.unit}: si_unit and si_factor go together` });
    }
  }
});

export type UnitDefinition = z.infer<typeof unitSchema>;

/** One way of writing a unit, resolved against its catalog entry. */
export interface UnitSurface {
  text: string;
  unit: string;
  dimension: Dimension;
  /** Multiplies the written number into the canonical unit (成 → 10). */
  factor: number;
  max: number | null;
  context: string[];
  /** How far back (in characters) a context word may stand; `CONTEXT_WINDOW` unless the surface sets it. */
  contextWindow: number;
  notBefore: string[];
  /** When set, the surface only means this unit if one of these words follows, after at most two modifier characters (户 + 企业, 户大型企业 → establishment). */
  followedBy: string[];
  /** When set, the surface only means this unit right after one of these numerals (两日 is two days, 2日 a date). */
  afterNumeral: string[];
  prefix: boolean;
}

/** How far back (in characters) a context word may stand by default: the clause or sentence before the number. */
const CONTEXT_WINDOW = 60;

const definitions: UnitDefinition[] = loadDataJson('units.json', catalogSchema).units;

/** Canonical unit code → its catalog entry (labels, SI factor). */
export const unitCatalog: ReadonlyMap<string, UnitDefinition> = new Map(definitions.map((u) => [u.unit, u]));

function surfacesOf(lang: Lang): UnitSurface[] {
  const out: UnitSurface[] = [];
  for (const u of definitions) {
    for (const s of u[lang]) {
      const o = typeof s === 'string' ? { text: s } : s;
      out.push({
        text: o.text, unit: u.unit, dimension: u.dimension, factor: o.factor ?? 1, max: o.max ?? null,
        context: o.context ?? [], contextWindow: o.contextWindow ?? CONTEXT_WINDOW, notBefore: o.notBefore ?? [], followedBy: o.followedBy ?? [],
        afterNumeral: o.afterNumeral ?? [], prefix: o.prefix ?? false,
      });
    }
  }
  // Longest first, so 个百分点 wins over 个 and 平方公里 over 公里; a conditional reading before the plain one.
  return out.sort((a, b) => b.text.length - a.text.length || Number(isConditional(b)) - Number(isConditional(a)));
}

function isConditional(s: UnitSurface): boolean {
  return s.notBefore.length + s.followedBy.length + s.afterNumeral.length + s.context.length > 0;
}

const LATIN = /[A-Za-z]/;
const WORD_CHAR = /[A-Za-z0-9]/;

/**
 * A surface as the lookup index holds it, with what its text says once:
 * English words of three letters or more match case-insensitively (Yuan,
 * DOLLARS; m, g, M, A$ do not), codes in capitals only in capitals (`TRY`,
 * not `one try`), a surface that ends in a Latin letter must not run on into
 * a longer word (5G, 3M公司), and most surfaces have no condition on the
 * words around them (their empty lists are not read).
 */
interface Indexed {
  surface: UnitSurface;
  /** The lower-cased text of a surface matched case-insensitively, else null. */
  folded: string | null;
  /** A lower-case word (`mark`, `pounds`): written capitalised before another capitalised word it is a name (`Mark Calcavecchia`). */
  lowerWord: boolean;
  latinStart: boolean;
  latinEnd: boolean;
  conditional: boolean;
}

const CODE = /^[A-Z]+$/;
const LOWER_WORD = /^[a-z]/;

function indexed(lang: Lang, s: UnitSurface): Indexed {
  const folded = lang === 'en' && !CODE.test(s.text) && (s.text.match(/[A-Za-z]/g)?.length ?? 0) >= 3 ? s.text.toLowerCase() : null;
  const lowerWord = folded !== null && LOWER_WORD.test(s.text);
  return { surface: s, folded, lowerWord, latinStart: LATIN.test(s.text[0]!), latinEnd: LATIN.test(s.text.slice(-1)), conditional: isConditional(s) };
}

/** `Mark Calcavecchia`, `Pound Street`: a capitalised word, not in capitals, then a space and a capital. */
const NAME_AHEAD = /^\s+[A-Z]/;

function same(view: string, at: number, e: Indexed): boolean {
  const text = e.surface.text;
  if (e.folded === null) return view.startsWith(text, at);
  if (view.slice(at, at + text.length).toLowerCase() !== e.folded) return false;
  return !e.lowerWord || !isName(view, at, at + text.length);
}

function isName(view: string, at: number, end: number): boolean {
  const first = view.charCodeAt(at);
  const second = view.charCodeAt(at + 1);
  return first >= 65 && first <= 90 && second >= 97 && second <= 122 && NAME_AHEAD.test(view.slice(end, end + 3));
}

function boundaryOk(view: string, end: number, e: Indexed): boolean {
  return !e.latinEnd || end >= view.length || !WORD_CHAR.test(view[end]!);
}

/** Modifiers allowed between a conditional surface and its word: 300户大型企业, 469户上网企业. */
const MODIFIER_GAP = 2;
const PHRASE_BREAK = /[\s，。；;,、：:！？!?（）()“”"]/;

function followedByOk(view: string, end: number, s: UnitSurface): boolean {
  for (let gap = 0; gap <= MODIFIER_GAP && end + gap <= view.length; gap++) {
    if (gap > 0 && PHRASE_BREAK.test(view[end + gap - 1]!)) return false;
    if (s.followedBy.some((w) => view.startsWith(w, end + gap))) return true;
  }
  return false;
}

function contextOk(view: string, at: number, s: UnitSurface): boolean {
  if (s.context.length === 0) return true;
  const before = view.slice(Math.max(0, at - s.contextWindow), at);
  const after = view.slice(at + s.text.length, at + s.text.length + 2);
  return s.context.some((w) => before.includes(w) || after.startsWith(w));
}

/** Surfaces indexed by one end's (lower-cased) code unit, longest first, so a lookup is O(candidates). */
function indexBy(lang: Lang, list: UnitSurface[], end: 'first' | 'last'): Map<number, Indexed[]> {
  const m = new Map<number, Indexed[]>();
  for (const s of list) {
    const k = lowerCodeAt(s.text, end === 'first' ? 0 : s.text.length - 1);
    m.set(k, [...(m.get(k) ?? []), indexed(lang, s)]);
  }
  return m;
}

/**
 * The surfaces of each language. A map, not a record read as `record[lang]`:
 * the engine's optimized code for a keyed read expects the one key it has seen,
 * and is thrown away when a second language comes in the middle of a run.
 */
const byLang: ReadonlyMap<Lang, { after: Map<number, Indexed[]>; before: Map<number, Indexed[]> }> = new Map((['zh', 'en'] as const).map((lang) => [lang, {
  after: indexBy(lang, surfacesOf(lang).filter((s) => !s.prefix), 'first'),
  before: indexBy(lang, surfacesOf(lang).filter((s) => s.prefix), 'last'),
}]));

/** The words around a conditional surface at `at` allow its reading. */
function conditionsOk(view: string, at: number, s: UnitSurface): boolean {
  const end = at + s.text.length;
  if (s.notBefore.some((w) => view.startsWith(w, end))) return false;
  if (s.followedBy.length > 0 && !followedByOk(view, end, s)) return false;
  if (s.afterNumeral.length > 0 && !s.afterNumeral.includes(view[at - 1] ?? '')) return false;
  return contextOk(view, at, s);
}

/** The longest catalog unit written at `at` (after a number), or null. */
export function unitAfter(lang: Lang, view: string, at: number): UnitSurface | null {
  const candidates = at < view.length ? byLang.get(lang)!.after.get(lowerCodeAt(view, at)) : undefined;
  if (candidates === undefined) return null;
  for (let k = 0; k < candidates.length; k++) {
    const e = candidates[k]!;
    if (!same(view, at, e) || !boundaryOk(view, at + e.surface.text.length, e)) continue;
    if (!e.conditional || conditionsOk(view, at, e.surface)) return e.surface;
  }
  return null;
}

/** The longest prefix unit ($, €, 百分之, USD) that ends exactly at `end` (before a number), or null. */
export function unitBefore(lang: Lang, view: string, end: number): UnitSurface | null {
  const candidates = end > 0 ? byLang.get(lang)!.before.get(lowerCodeAt(view, end - 1)) : undefined;
  if (candidates === undefined) return null;
  for (let k = 0; k < candidates.length; k++) {
    const e = candidates[k]!;
    const at = end - e.surface.text.length;
    if (at < 0 || !same(view, at, e)) continue;
    if (e.latinStart && at > 0 && LATIN.test(view[at - 1]!)) continue;
    return e.surface;
  }
  return null;
}
