/**
 * A quantity found in a sentence view, before the stage maps it to the document,
 * and the language-independent refiners that run after the per-language finders
 * (chrono style: candidates first, refiners after): range merging and qualifier
 * sharing across coordinated numbers.
 */
import type { Lang, Quantity, Span } from './doc.js';
import { withoutFloatNoise } from './float-noise.js';
import { COORDINATORS, LIST_CUES } from './qualifiers.js';

/** The quantity's values; `start`/`end` are view offsets of the span (number, unit or measure word, inner 余/多). */
export interface QuantityMatch extends Span, Pick<Quantity, 'value' | 'value_max' | 'unit' | 'unit_text' | 'dimension' | 'qualifier'> {
  /** True when the qualifier came from a word before the number (shared by coordinated numbers). */
  qualifiedBefore: boolean;
  /** The multiplier applied to the written number (万 → 10000), so a bare range start can borrow it. */
  scale: number;
  /** A number without unit that is still a quantity (三万亿, 三分之一); other unit-less numbers only serve ranges. */
  standalone: boolean;
}

/**
 * The match `q` with the bounds, values and qualifier given, built field by
 * field in one order: every match (found, merged, qualified, of either
 * language) is made here, so that all share one shape (a spread copy would
 * give some a shape of their own, and every reader of matches a second one).
 */
export function refinedMatch(q: Omit<QuantityMatch, 'qualifier' | 'qualifiedBefore'>, start: number, value: number, valueMax: number | null, qualifier: Quantity['qualifier'], qualifiedBefore: boolean): QuantityMatch {
  return {
    start, end: q.end, value, value_max: valueMax, unit: q.unit, unit_text: q.unit_text,
    dimension: q.dimension, scale: q.scale, standalone: q.standalone, qualifier, qualifiedBefore,
  };
}

/** Range connectors between two numbers: 15-18, 10%—20%, 1.5万元至2万元, 3 to 5 million. */
const CONNECTOR: ReadonlyMap<Lang, RegExp> = new Map([
  ['zh', /^\s?(?:-|–|—|~|～|至|到)\s?$/],
  ['en', /^\s?(?:-|–|—|to|and)\s?$/],
]);

/** 3、4个月, 三、四成: two consecutive numbers joined by a list mark are a colloquial range when only the second has the unit. */
const NEIGHBOUR_CONNECTOR: ReadonlyMap<Lang, RegExp> = new Map([['zh', /^、$/]]);
const CLAUSE_BREAK = /[，。；;,！？!?：:]/;

/** A list cue (分别, respectively) earlier in the clause: what follows is a list of values. */
function afterListCue(lang: Lang, view: string, at: number): boolean {
  const clause = view.slice(Math.max(0, at - 24), at).split(CLAUSE_BREAK).pop() ?? '';
  return LIST_CUES.get(lang)!.some((w) => clause.includes(w));
}

/** Two consecutive numbers A、A+1 whose first has no unit of its own (3、4个月). */
function neighbours(lang: Lang, view: string, prev: QuantityMatch, q: QuantityMatch): boolean {
  return prev.unit === '' && prev.scale === 1 && q.value === (prev.value + 1) * q.scale
    && NEIGHBOUR_CONNECTOR.get(lang)?.test(view.slice(prev.end, q.start)) === true && !afterListCue(lang, view, prev.start);
}

/** `from` opens a starting level, except after a word of spread (`ranging from 49 to 51 percent` is a range). */
const CHANGE_WORDS = 'up|down|(?<!\\b(?:range[sd]?|ranging|var(?:y|ies|ied|ying))\\s+)from|rose|fell|gained|lost|climbed|dropped|jumped|slipped|eased|added|shed|increased|decreased|declined|grew|raised|lowered|cut';
const ROUGHLY = '(?:about\\s+|some\\s+|nearly\\s+|almost\\s+)?';
/** `up 1/8 to 48-1/4`, `rose from 3.1 to 3.4 percent`: a change and the level it reached, not a range. */
const CHANGE_BEFORE_TO = new RegExp(`\\b(?:${CHANGE_WORDS})\\s+${ROUGHLY}$`, 'i');
/**
 * `fell by one to 554`, `rose by 500 to 39,200 rupees`, `rose by 2 percent to
 * 15 percent`: a change by an amount and the level reached, which is of a
 * larger order than the change or writes its own unit; `rose by 3 to 5
 * percent` keeps its ends within one order, writes the unit once, and is a range.
 */
const CHANGE_BY_BEFORE = new RegExp(`\\b(?:${CHANGE_WORDS})\\s+by\\s+${ROUGHLY}$`, 'i');
const RANGE_ORDER = 10;
/** A side whose span ends in a unit or multiplier written after its digits (`2 percent`, `2%`, `2 million`). */
const OWN_UNIT_END = /\d\s*(?:%|[A-Za-z]+)$/;

type Side = Span & Pick<QuantityMatch, 'value' | 'scale'>;

/** After `rose by`, whether `a to b` names a change and a level. */
function changeAndLevel(view: string, a: Side, b: Side): boolean {
  const apart = b.value / b.scale >= RANGE_ORDER * (a.value / a.scale) || OWN_UNIT_END.test(view.slice(a.start, a.end));
  return apart && CHANGE_BY_BEFORE.test(view.slice(Math.max(0, a.start - 24), a.start));
}

const TO = /^\s?to\s?$/;

/**
 * Whether `a to b` is a change, or the level it started from, and the level
 * reached (`up 1/8 to 48-1/4`, `rose from 3.1 to 3.4 percent`, `fell by one to
 * 554`): two quantities, not a range.
 */
export function isChangeToLevel(view: string, a: Side, b: Side): boolean {
  return TO.test(view.slice(a.end, b.start)) && (CHANGE_BEFORE_TO.test(view.slice(Math.max(0, a.start - 24), a.start)) || changeAndLevel(view, a, b));
}

/** Whether the words between `a` and `b` join them as a range: `and` only after `between`, `to` not after a change verb. */
export function isRangeJoin(lang: Lang, view: string, a: Side, b: Side): boolean {
  if (!CONNECTOR.get(lang)!.test(view.slice(a.end, b.start))) return false;
  const between = view.slice(a.end, b.start).trim();
  if (between === 'and') return /between\s+$/i.test(view.slice(Math.max(0, a.start - 12), a.start));
  return between !== 'to' || !isChangeToLevel(view, a, b);
}

/** Joins `A-B` into one quantity with value A and value_max B (SPEC: a range is one quantity). */
export function mergeRanges(lang: Lang, view: string, list: QuantityMatch[]): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  for (const q of list) {
    const prev = out[out.length - 1];
    if (prev && prev.value_max === null && q.value_max === null) {
      const sameUnit = prev.unit === q.unit;
      // 3-5万元 borrows 万 for its start; 四亿至四点五亿英镑 and 40亿—50亿美元 share the unit of the end.
      const bare = prev.unit === '' && q.unit !== '' && (prev.scale === 1 || prev.scale === q.scale);
      const low = bare && prev.scale === 1 ? withoutFloatNoise(prev.value * q.scale) : prev.value;
      // the words between are read last: most neighbouring numbers are no range by their units and values alone
      if ((sameUnit || bare) && low < q.value && (isRangeJoin(lang, view, prev, q) || neighbours(lang, view, prev, q))) {
        out[out.length - 1] = refinedMatch(q, prev.start, low, q.value, prev.qualifiedBefore ? prev.qualifier : q.qualifier, prev.qualifiedBefore);
        continue;
      }
    }
    out.push(q);
  }
  return out;
}

/** Drops the unit-less numbers that only served as range starts. */
export function keepQuantities(list: QuantityMatch[]): QuantityMatch[] {
  return list.filter((q) => q.unit !== '' || q.standalone);
}

/** `分别突破8500家和6万家`: a number joined to a qualified one by 和/、/and shares its before-word. */
export function shareQualifiers(lang: Lang, view: string, list: QuantityMatch[]): QuantityMatch[] {
  const joins = COORDINATORS.get(lang)!;
  const out: QuantityMatch[] = [];
  for (const q of list) {
    const prev = out[out.length - 1];
    if (prev && prev.qualifiedBefore && q.qualifier === 'exact' && prev.dimension === q.dimension && joins.includes(view.slice(prev.end, q.start).trim())) {
      out.push(refinedMatch(q, q.start, q.value, q.value_max, prev.qualifier, true));
    } else {
      out.push(q);
    }
  }
  return out;
}
