/**
 * English quantities in one sentence view: numbers (./numbers.ts) bound to a
 * catalog unit written after them (400 TEUs, 12 percent) or a currency sign
 * before them ($1.2 billion), with their qualifier (more than, about, nearly);
 * then the shared refiners. Dates, times, years, codes and ordinals are dropped.
 */
import type { QuantityMatch } from '../quantity-match.js';
import { keepQuantities, mergeRanges, shareQualifiers } from '../quantity-match.js';
import { qualifierAfter, qualifierBefore } from '../qualifiers.js';
import { unitAfter, unitBefore, type UnitSurface } from '../units.js';
import { findEnglishNumbers, type EnNumber } from './numbers.js';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\s*$`);
const MONTH_AFTER = new RegExp(`^\\s*(?:of\\s+)?${MONTH}(?![a-z])`);
const TIME_AFTER = /^\s*(?:a\.?m\.?|p\.?m\.?|o'clock|GMT|BST|EST|hrs\b)/i;
const CODE_BEFORE = /(?:[A-Za-z]-?|[#№/:+@]|\bNo\.?\s?|\bNos?\.\s?|\bNumber\s)$/;
const CODE_AFTER = /^(?:[0-9]|[/:+@-]\d|\.\d)/;
const LETTER_AFTER = /^[A-Za-z]/;
const RANK_BEFORE = /\b(?:ranked|ranks|ranking|placed|came|finished|rose to|fell to|climbed to|dropped to)\s+(?:the\s+)?$/i;
const ATTACHED_SHORT = /^(?:m|b|k|mil)$/i;
const YEAR_MIN = 1800;
const YEAR_MAX = 2100;
/** A lower-case plural word right after a number: the count noun of an uncatalogued count (12 satellites). */
const COUNT_NOUN = /^\s+([a-z]{3,}s)\b/;
const NOT_COUNT_NOUNS = new Set(['was', 'has', 'does', 'is', 'this', 'thus', 'its', 'less', 'plus', 'across', 'always', 'perhaps', 'series', 'news', 'yes', 'us', 'as', 'whereas', 'unless', 'besides', 'towards', 'afterwards', 'percentages']);

function isDateOrCode(view: string, n: EnNumber): boolean {
  const before = view.slice(Math.max(0, n.start - 12), n.start);
  const after = view.slice(n.end, n.end + 12);
  if (n.leadingZero || n.plainDigits > 9) return true;
  if (CODE_BEFORE.test(before) || CODE_AFTER.test(after)) return true;
  if (LETTER_AFTER.test(after) && !n.ordinal && n.multiplierText === '' && !unitAfter('en', view, n.end)) return true; // 5G, A380s
  if (!n.words && n.value <= 31 && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after))) return true;
  return TIME_AFTER.test(after);
}

/** A year: four plain digits in the calendar range without a unit (in 2023, the 2024 plan). */
function isYear(n: EnNumber): boolean {
  return n.plainDigits === 4 && n.scale === 1 && n.value >= YEAR_MIN && n.value <= YEAR_MAX;
}

interface Bound { unit: UnitSurface | null; start: number; end: number; unitText: string; countNoun: string }

function bindUnit(view: string, n: EnNumber): Bound {
  const lead = /\s*$/.exec(view.slice(Math.max(0, n.start - 8), n.start))![0].length;
  const prefix = unitBefore('en', view, n.start - lead);
  const gap = /^[\s-]*/.exec(view.slice(n.end, n.end + 4))![0].length;
  const after = unitAfter('en', view, n.end + gap);
  if (after && (gap > 0 || !/^[a-z]/i.test(after.text) || n.multiplierText !== '' || /\d$/.test(view.slice(n.start, n.end)))) {
    return { unit: after, start: n.start, end: n.end + gap + after.text.length, unitText: after.text, countNoun: '' };
  }
  if (prefix) return { unit: prefix, start: n.start - lead - prefix.text.length, end: n.end, unitText: prefix.text, countNoun: '' };
  const noun = COUNT_NOUN.exec(view.slice(n.end, n.end + 40))?.[1] ?? '';
  if (noun && !NOT_COUNT_NOUNS.has(noun)) {
    return { unit: null, start: n.start, end: n.end + view.slice(n.end, n.end + 40).indexOf(noun) + noun.length, unitText: noun, countNoun: noun };
  }
  return { unit: null, start: n.start, end: n.end, unitText: '', countNoun: '' };
}

/** `$10m` is ten million dollars, but `100m` alone is a hundred metres: short scales need a currency sign. */
function withoutShortScale(view: string, n: EnNumber): EnNumber {
  if (!ATTACHED_SHORT.test(n.multiplierText)) return n;
  const lead = /\s*$/.exec(view.slice(Math.max(0, n.start - 8), n.start))![0].length;
  if (unitBefore('en', view, n.start - lead)?.dimension === 'currency') return n;
  if (unitAfter('en', view, n.end + (/^\s*/.exec(view.slice(n.end, n.end + 4))![0].length))?.dimension === 'currency') return n;
  return { ...n, value: n.value / n.scale, scale: 1, multiplierText: '', end: n.end - n.multiplierText.length };
}

function quantityOf(view: string, raw: EnNumber): QuantityMatch | null {
  const n = withoutShortScale(view, raw);
  if (isDateOrCode(view, n)) return null;
  if (n.ordinal) {
    if (!RANK_BEFORE.test(view.slice(Math.max(0, n.start - 24), n.start)) || n.value < 1) return null;
    return { start: n.start, end: n.end, value: n.value, value_max: null, unit: 'rank', unit_text: `…${view.slice(n.start, n.end).replace(/^\d+/, '')}`, dimension: 'rank', qualifier: 'exact', qualifiedBefore: false, scale: 1, standalone: false };
  }
  const b = bindUnit(view, n);
  if (isYear(n) && (b.unit === null || b.countNoun)) return null;
  const dimension = b.unit?.dimension ?? (b.countNoun ? 'count' : 'none');
  const before = qualifierBefore('en', view, b.start, dimension);
  const after = qualifierAfter('en', view, b.end);
  const factor = b.unit?.factor ?? 1;
  return {
    start: b.start, end: b.end,
    value: n.value * factor, value_max: null,
    unit: b.unit?.unit ?? (b.countNoun ? 'unit' : ''),
    unit_text: (b.unit?.prefix ? [b.unitText, n.multiplierText] : [n.multiplierText, b.unitText]).filter(Boolean).join(' '),
    dimension,
    qualifier: before?.qualifier ?? after?.qualifier ?? 'exact',
    qualifiedBefore: before !== null,
    scale: n.scale,
    standalone: n.scale >= 1e6 || n.fraction,
  };
}

/** Every quantity in an English sentence view, in order, with view offsets. */
export function extractEnQuantities(view: string): QuantityMatch[] {
  const raw = findEnglishNumbers(view)
    .map((n) => quantityOf(view, n))
    .filter((q): q is QuantityMatch => q !== null);
  return keepQuantities(shareQualifiers('en', view, mergeRanges('en', view, raw)));
}
