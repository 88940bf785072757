/**
 * English quantities in one sentence view (SPEC "English quantities"): numbers
 * (./numbers.ts) bound to a catalog unit written after them (400 TEUs,
 * 12 percent, 5.3 cents) or a currency sign before them ($1.2 billion, RM79),
 * with their qualifier (more than, about, nearly); then the shared refiners.
 * A number before any other counted noun (4,500 workers) or alone is a
 * quantity with an empty unit. Dates, times, years, codes, scores and
 * ordinals are dropped (./number-context.ts).
 */
import type { QuantityMatch } from '../quantity-match.js';
import { isChangeToLevel, isRangeJoin, keepQuantities, mergeRanges, refinedMatch, shareQualifiers } from '../quantity-match.js';
import { qualifierAfter, qualifierBefore } from '../qualifiers.js';
import { unitAfter, type UnitSurface } from '../units.js';
import { hyphenPairs, isDateOrCode, isYear, prefixUnitOf } from './number-context.js';
import { enNumber, findEnglishNumbers, type EnNumber } from './numbers.js';

const RANK_BEFORE = /\b(?:ranked|ranks|ranking|placed|came|finished|rose to|fell to|climbed to|dropped to)\s+(?:the\s+)?$/i;
/** `was up to $2.97 trillion`: risen to a level, not "at most". */
const UP_TO_LEVEL = /\b(?:was|were|is|are|be|been|closed|ended|edged|moved|rose|climbed)\s+up to$/i;
const ATTACHED_SHORT = /^(?:m|b|k|mil)$/i;
/** A counted noun after a number, possibly behind one adjective (`seven European countries`, `12 satellites`). */
const COUNT_NOUN = /^\s+(?:[A-Za-z-]+\s+)?([a-z][a-z-]{2,}s)\b/;
const NOT_COUNT_NOUNS = new Set(['was', 'has', 'does', 'is', 'this', 'thus', 'its', 'less', 'plus', 'across', 'always', 'perhaps', 'series', 'news', 'yes', 'us', 'as', 'whereas', 'unless', 'besides', 'towards', 'afterwards', 'percentages']);

interface Bound { unit: UnitSurface | null; start: number; end: number; unitText: string }

/** A quantity with what the range refiner needs: the unit's factor and whether the unit was a prefix. */
interface EnMatch extends QuantityMatch { factor: number; prefixed: boolean }


/** After a number with its own prefix, a currency written right before a digit (`$386 - $389`) is the next number's prefix. */
const DIGIT_AHEAD = /^\s?\d/;

/** The unit of `n`: a prefix currency first (`$500 million company`), else a catalog unit after it. */
function bindUnit(view: string, n: EnNumber): Bound {
  const prefix = prefixUnitOf(view, n);
  const gap = /^[\s-]*/.exec(view.slice(n.end, n.end + 4))![0].length;
  const after = unitAfter('en', view, n.end + gap);
  const attachedOk = after && (gap > 0 || !/^[a-z]/i.test(after.text) || n.multiplierText !== '' || /\d$/.test(view.slice(n.start, n.end)));
  const afterEnd = n.end + gap + (after?.text.length ?? 0);
  if (prefix && !(attachedOk && after!.dimension === 'currency' && after!.factor === 1 && !DIGIT_AHEAD.test(view.slice(afterEnd, afterEnd + 2)))) {
    return { unit: prefix.unit, start: prefix.start, end: n.end, unitText: prefix.unit.text };
  }
  if (attachedOk) return { unit: after!, start: n.start, end: n.end + gap + after!.text.length, unitText: after!.text };
  return { unit: null, start: n.start, end: n.end, unitText: '' };
}

function countNounAfter(view: string, n: EnNumber): boolean {
  const noun = COUNT_NOUN.exec(view.slice(n.end, n.end + 40))?.[1];
  return noun !== undefined && !NOT_COUNT_NOUNS.has(noun);
}

/** Five or more digits without separators or unit (`3120264`): a phone number or code; counts are written `31,202`. */
function isBareCode(n: EnNumber): boolean {
  return n.plainDigits >= 5 && n.scale === 1 && n.decimals === 0;
}

/** `$10m`, `1.2m tons`, `35m users` are millions, but `100m` alone is a hundred metres. */
function withoutShortScale(view: string, n: EnNumber): EnNumber {
  if (!ATTACHED_SHORT.test(n.multiplierText)) return n;
  if (prefixUnitOf(view, n)?.unit.dimension === 'currency') return n;
  const after = unitAfter('en', view, n.end + (/^\s*/.exec(view.slice(n.end, n.end + 4))![0].length));
  if (after ? after.dimension !== 'length' : /^\s+[a-z]/.test(view.slice(n.end, n.end + 3)) && countNounAfter(view, n)) return n;
  return enNumber({ ...n, value: n.value / n.scale, scale: 1, multiplierText: '', end: n.end - n.multiplierText.length });
}

/** `value × factor`, rounded to the precision the text gives (`133.7 million` → 133700000, `5.3 cents` → 0.053). */
function exactValue(n: EnNumber, factor: number): number {
  const shift = Math.round(Math.log10(n.scale * factor));
  return Number((n.value * factor).toFixed(Math.min(20, Math.max(0, n.decimals - shift))));
}

/** `China's second largest operator`: an ordinal before a superlative ranks; the superlative is the rank's unit text. */
const SUPERLATIVE_AFTER = /^[\s-]+((?:larg|bigg|high|low|great|small|strong|weak|rich|poor|fast|busi|old|young|long|short|heavi|cheap|wealthi|populous)est|best|worst|most|least)\b/i;

function rankOf(view: string, n: EnNumber): EnMatch | null {
  const superlative = SUPERLATIVE_AFTER.exec(view.slice(n.end, n.end + 24));
  if (n.value < 1 || (!superlative && !RANK_BEFORE.test(view.slice(Math.max(0, n.start - 24), n.start)))) return null;
  const end = superlative ? n.end + superlative[0].length : n.end;
  const unitText = superlative ? superlative[1]! : `…${view.slice(n.start, n.end).replace(/^\d+/, '')}`;
  return { start: n.start, end, value: n.value, value_max: null, unit: 'rank', unit_text: unitText, dimension: 'rank', qualifier: 'exact', qualifiedBefore: false, scale: 1, standalone: false, factor: 1, prefixed: false };
}

function quantityOf(view: string, raw: EnNumber, rangeStart: boolean): EnMatch | null {
  const n = withoutShortScale(view, raw);
  if (isDateOrCode(view, n, rangeStart)) return null;
  if (n.ordinal) return rankOf(view, n);
  const b = bindUnit(view, n);
  if (b.unit === null && (isYear(n) || isBareCode(n))) return null;
  const dimension = b.unit?.dimension ?? 'none';
  const before = qualifierBefore('en', view, b.start, dimension);
  const qualifier = before && !(before.qualifier === 'at_most' && UP_TO_LEVEL.test(view.slice(0, before.end))) ? before : null;
  const after = qualifierAfter('en', view, b.end);
  return {
    start: b.start, end: b.end,
    value: exactValue(n, b.unit?.factor ?? 1), value_max: null,
    unit: b.unit?.unit ?? '',
    unit_text: (b.unit?.prefix ? [b.unitText, n.multiplierText] : [n.multiplierText, b.unitText]).filter(Boolean).join(' '),
    dimension,
    qualifier: qualifier?.qualifier ?? after?.qualifier ?? 'exact',
    qualifiedBefore: qualifier !== null,
    scale: n.scale,
    standalone: !n.words || n.scale >= 1e6 || n.fraction || countNounAfter(view, n),
    factor: b.unit?.factor ?? 1,
    prefixed: b.unit?.prefix ?? false,
  };
}

/**
 * A range writes its unit or multiplier once; each side gets it before the
 * shared refiner joins them: `$10 to $15 billion` (the start is billions too),
 * `80-100 million`, `3 to five cents` (the start is cents), `$2.05-2.15` (the
 * end is dollars). So does a change and the level it reached, which stay two
 * quantities (`rose by 500 to 39,200 rupees`: 500 rupees).
 */
function completeRangeSides(view: string, list: EnMatch[]): QuantityMatch[] {
  const out: EnMatch[] = [];
  for (const q of list) out.push({ ...q });
  for (let k = 0; k + 1 < out.length; k++) {
    const [a, b] = [out[k]!, out[k + 1]!];
    if (isChangeToLevel(view, a, b)) {
      // `fell by one to 554`, `rose by 500 to 39,200 rupees`: the change is an amount of the level's unit
      if (a.unit === '' && b.unit !== '' && !b.prefixed) Object.assign(a, { unit: b.unit, dimension: b.dimension, value: a.value * b.factor, factor: b.factor });
      a.standalone = true;
      continue;
    }
    if (!isRangeJoin('en', view, a, b)) continue;
    if (a.unit === '' && b.unit !== '' && !b.prefixed) Object.assign(a, { unit: b.unit, dimension: b.dimension, value: a.value * b.factor, factor: b.factor });
    if (b.unit === '' && a.prefixed) Object.assign(b, { unit: a.unit, dimension: a.dimension, unit_text: a.unit_text });
    if (a.scale === 1 && b.scale > 1 && a.unit === b.unit && a.value < b.value / b.scale) {
      Object.assign(a, { value: Number((a.value * b.scale).toPrecision(15)), scale: b.scale });
    }
  }
  const matches: QuantityMatch[] = [];
  for (const q of out) matches.push(refinedMatch(q, q.start, q.value, q.value_max, q.qualifier, q.qualifiedBefore)); // without what binding its unit needed
  return matches;
}

/** Every quantity in an English sentence view, in order, with view offsets. */
export function extractEnQuantities(view: string): QuantityMatch[] {
  const numbers = findEnglishNumbers(view);
  const { rangeStarts, dropped } = hyphenPairs(view, numbers);
  const raw: EnMatch[] = [];
  for (const n of numbers) {
    const q = dropped.has(n) ? null : quantityOf(view, n, rangeStarts.has(n));
    if (q) raw.push(q);
  }
  return keepQuantities(shareQualifiers('en', view, mergeRanges('en', view, completeRangeSides(view, raw))));
}
