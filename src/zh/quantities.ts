/**
 * Chinese quantities in one sentence view: numbers (./numbers.ts) bound to a unit
 * from the catalog, a rank frame or a multiplier, with their qualifier; then the
 * shared refiners (ranges, coordinated qualifiers). Everything that only looks like
 * a number is dropped here: dates, ordinals, names in quotes, codes (C919, 5G, 4+5).
 */
import type { Qualifier, Token } from '../doc.js';
import { unitAfter, unitBefore, type UnitSurface } from '../units.js';
import { qualifierAfter, qualifierBefore, qualifierTrailing, innerQualifier, INNER_WORDS } from '../qualifiers.js';
import { keepQuantities, mergeRanges, refinedMatch, shareQualifiers, type QuantityMatch } from '../quantity-match.js';
import { withoutFloatNoise } from '../float-noise.js';
import { findChineseNumbers, type NumberMatch } from './numbers.js';
import { NEGATIVE_CHARS, numeralTable } from './numeral-table.js';
import { afterDeterminer, hasIdentifierPrefix, hasNameSuffix, insideFixedWord, outsideDurationFrame } from './not-quantities.js';
import { codeAt, codeSet, endsWithAny, startsWithAny, wordAt, wordsOf } from '../matches.js';
import { afterOrdinalPrefix, rankAt } from './ranks.js';
import { insideTitle } from './titles.js';

const OPEN_QUOTES = codeSet('"“‘\'「『《〈');
const CLOSE_QUOTES = codeSet('"”’\'」』》〉');
/** Characters that glue a number into a code, score, time or formula: C919, 4+5, 3/5, 10:30, 7×24. */
const CODE_JOINERS = codeSet('+/:×*#@&_=');
const isLatin = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
/** After a number: calendar and clock words make it a date or a time (dates stage). */
const DATE_AFTER = wordsOf(['月', '日', '号', '时', '点', '分', '秒', '年代', '季度']);
const YEAR_AFTER_MONTH = /^年\s?\d{1,2}\s?月/;
const MAX_PLAIN_DIGITS = 8;

/** 人均GDP3000美元, CPI2.5%: after an acronym, a money or percent unit makes the number an amount, not a code (C919, 5G). */
function amountAfterAcronym(view: string, n: NumberMatch): boolean {
  const unit = unitAfter('zh', view, n.end);
  return /[A-Z]{2}$/.test(view.slice(Math.max(0, n.start - 2), n.start)) && (unit?.dimension === 'currency' || unit?.dimension === 'percent');
}

/**
 * True when the characters around the number glue it into a code (C919, 4+5,
 * COVID-19, 192.168.1.2). A function of its own, called for every number: its
 * rare branches, reached late in a run, then throw away only its own optimized
 * code, not that of `notAQuantity`.
 */
function gluedIntoCode(view: string, n: NumberMatch): boolean {
  const before = codeAt(view, n.start - 1);
  const after = codeAt(view, n.end);
  if ((isLatin(before) && !amountAfterAcronym(view, n)) || CODE_JOINERS.has(before) || CODE_JOINERS.has(after)) return true;
  if (before === 0x2d && isLatin(codeAt(view, n.start - 2))) return true; // COVID-19
  return (before === 0x2e || after === 0x2e) && isDigit(codeAt(view, n.start >= 2 ? n.start - 2 : n.end + 1)); // 192.168.1.2
}

/** True when the number is part of a code, name, identifier or date rather than an amount; `prefix` is the unit written before it. */
function notAQuantity(view: string, n: NumberMatch, prefix: UnitSurface | null): boolean {
  if (n.digitString || n.leadingZero || n.arabicDigits > MAX_PLAIN_DIGITS) return true;
  if (n.value === 0 && !n.arabicOnly && n.end - n.start === 1) return true; // 从零起步, 零增长
  if (gluedIntoCode(view, n)) return true;
  if (prefix === null && insideFixedWord(view, n.start)) return true; // 千分之一 is not 之一
  if (!afterOrdinalPrefix(view, n.start) && hasIdentifierPrefix(view, n.start)) return true;
  if (hasNameSuffix(view, n.end)) return true;
  if (n.value === 1 && n.end - n.start === 1 && !n.arabicOnly && afterDeterminer(view, n.start)) return true;
  return startsWithAny(view, n.end, DATE_AFTER) && !unitAfter('zh', view, n.end); // 3月, but 1万亿日元
}

/** “416”, “21条”: a quoted number (with at most its measure word) is a name; so is any number inside a title (《十万个为什么》). */
function quotedName(view: string, start: number, end: number): boolean {
  return (OPEN_QUOTES.has(codeAt(view, start - 1)) && CLOSE_QUOTES.has(codeAt(view, end))) || insideTitle(view, start, end);
}

/** A 4-digit number before 年 (2023年), or 年 followed by a month, is a date. */
function isYear(view: string, n: NumberMatch, unit: UnitSurface): boolean {
  if (unit.unit !== 'year') return false;
  return n.arabicDigits === 4 || YEAR_AFTER_MONTH.test(view.slice(n.end, n.end + 6));
}

const NEGATIVE: ReadonlySet<string> = new Set(NEGATIVE_CHARS);
const UNSIGNED_DIMENSIONS: ReadonlySet<string> = new Set(numeralTable.unsignedDimensions);
const BELOW_ZERO_UNITS: ReadonlySet<string> = new Set(numeralTable.belowZeroUnits);
const BELOW_ZERO = wordsOf(numeralTable.belowZero);

/** The number without its sign, from `start` (a sign reversed a range's ends). */
const unsigned = (n: NumberMatch, start: number): NumberMatch =>
  ({ ...n, start, value: -(n.valueMax ?? n.value), valueMax: n.valueMax === null ? null : -n.value, sign: '' });

/** The sign of a number once its unit is known: `负` is no minus before a count (负３％, 负0.2千米, but 负一场 is 'lost one match'). */
function withSign(n: NumberMatch, unit: UnitSurface | null): NumberMatch {
  return NEGATIVE.has(n.sign) && unit && UNSIGNED_DIMENSIONS.has(unit.dimension) ? unsigned(n, n.start + n.sign.length) : n;
}

/** 零下２５摄氏度, 零下5至8℃: a temperature after `零下` is below zero; the word stays outside the span, as a qualifier would. */
function belowZero(view: string, q: QuantityMatch): QuantityMatch {
  if (!BELOW_ZERO_UNITS.has(q.unit) || q.value < 0 || !endsWithAny(view, q.start, BELOW_ZERO)) return q;
  return refinedMatch(q, q.start, -(q.value_max ?? q.value), q.value_max === null ? null : -q.value, q.qualifier, q.qualifiedBefore);
}

/**
 * 一年多, ３万多: a trailing 多/余 that is a word of its own after the span
 * (`qualifierTrailing`) is `over`, outside the span; it is more precise than
 * an approximate word before the number, as an inner one is (约一年多).
 */
function trailing(view: string, q: QuantityMatch, tokens: readonly Token[]): QuantityMatch {
  if (q.qualifier !== 'exact' && q.qualifier !== 'approx') return q;
  const t = qualifierTrailing('zh', view, q.end, tokens);
  return t ? refinedMatch(q, q.start, q.value, q.value_max, t, q.qualifiedBefore) : q;
}

const NO_TOKENS: readonly Token[] = [];

interface UnitHit { unit: UnitSurface | null; end: number; inner: Qualifier | null; unitText: string; half: boolean }

/** 一吨半, 两年半: a trailing 半 adds one half, except after a generic measure word (一个半小时 is 1.5 hours). */
const HALF_AFTER = /^半(?![个月天年小时日斤吨米])/;

/** The inner 余/多/来 that may stand between a number and its unit. */
const INNER = wordsOf(INNER_WORDS.zh);

/** An inner 余/多/来 at `at` and the unit after it, if both are there. */
function innerThenUnit(view: string, at: number): { word: string; unit: UnitSurface } | null {
  const word = wordAt(view, at, INNER);
  const unit = word ? unitAfter('zh', view, at + word.length) : null;
  return word && unit ? { word, unit } : null;
}

/** 一个多月, 两个多小时: a measure word, an inner 多/余, then the rest of a catalog unit (个月, 个小时). */
function splitUnit(view: string, at: number, measure: UnitSurface): UnitHit | null {
  const from = at + measure.text.length;
  const word = wordAt(view, from, INNER);
  if (!word) return null;
  const unit = unitAfter('zh', measure.text + view.slice(from + word.length, from + word.length + 8), 0);
  if (!unit || unit.text.length <= measure.text.length) return null;
  const end = at + unit.text.length + word.length;
  return { unit, end, inner: innerQualifier('zh', word), unitText: unit.text, half: false };
}

/** Spaces and tabs allowed between a number and its unit. */
const MAX_GAP = 8;

/** The unit after the number, allowing an inner 余/多/来 between them (300余亩, 5万余名, 一个多月). */
function unitAfterNumber(view: string, n: NumberMatch): UnitHit {
  let gap = 0;
  while (gap < MAX_GAP && (codeAt(view, n.end + gap) === 0x20 || codeAt(view, n.end + gap) === 0x09)) gap++;
  const direct = unitAfter('zh', view, n.end + gap);
  const split = direct ? splitUnit(view, n.end + gap, direct) : null;
  if (split) return split;
  if (direct) {
    const end = n.end + gap + direct.text.length;
    const half = direct.unit !== 'unit' && direct.dimension !== 'currency' && Number.isInteger(n.value) && HALF_AFTER.test(view.slice(end, end + 2));
    return { unit: direct, end: end + (half ? 1 : 0), inner: null, unitText: direct.text, half };
  }
  const inner = innerThenUnit(view, n.end);
  if (inner) {
    const { word, unit } = inner;
    return { unit, end: n.end + word.length + unit.text.length, inner: innerQualifier('zh', word), unitText: unit.text, half: false };
  }
  return { unit: null, end: n.end, inner: null, unitText: '', half: false };
}

/** Multipliers as written (万, 千万, 个亿) and their values, read once each. */
const scales = new Map<string, number>([['', 1]]);

/** The multiplier as a number (万 → 10000, 千万 → 10000000). */
function scaleOf(n: NumberMatch): number {
  let scale = scales.get(n.multiplierText);
  if (scale === undefined) scales.set(n.multiplierText, scale = findChineseNumbers(`1${n.multiplierText}`)[0]?.value ?? 1);
  return scale;
}

/** 8000元/平方米左右: a rate's denominator stays outside the span, and the after-word follows it. */
function afterDenominator(view: string, end: number): number {
  const per = codeAt(view, end) === 0x2f ? unitAfter('zh', view, end + 1) : null;
  return per ? end + 1 + per.text.length : end;
}

/** The quantity with its qualifier (`refinedMatch`: not a spread copy, one shape for all matches). */
function finish(view: string, q: Omit<QuantityMatch, 'qualifier' | 'qualifiedBefore'>, inner: Qualifier | null): QuantityMatch {
  const before = qualifierBefore('zh', view, q.start, q.dimension);
  const after = qualifierAfter('zh', view, afterDenominator(view, q.end));
  // An inner 多/余 is more precise than an approximate word around it: 约2000多亿元 is over.
  const outer = before?.qualifier ?? after?.qualifier ?? null;
  const qualifier = (outer === 'approx' && inner === 'over' ? inner : outer ?? inner) ?? 'exact';
  return refinedMatch(q, q.start, q.value, q.value_max, qualifier, before !== null);
}

function quantityOf(view: string, n: NumberMatch): QuantityMatch | null {
  const prefix = unitBefore('zh', view, n.start);
  if (notAQuantity(view, n, prefix)) return null;
  const scale = scaleOf(n);
  const rank = rankAt(view, n.start, n.end);
  if (rank && n.value > 0 && Number.isInteger(n.value) && (rank.unitText.length > 2 || !unitAfter('zh', view, n.end))) {
    return finish(view, {
      start: rank.start, end: rank.end, value: n.value, value_max: n.valueMax, unit: 'rank', unit_text: rank.unitText,
      dimension: 'rank', scale, standalone: false,
    }, null);
  }
  if (afterOrdinalPrefix(view, n.start)) return null;
  const hit = unitAfterNumber(view, n);
  const unit = hit.unit ?? prefix;
  const signed = withSign(n, unit);
  if (unit && (isYear(view, signed, unit) || (unit.max !== null && signed.value > unit.max))) return null;
  if (hit.unit && !n.arabicOnly && outsideDurationFrame(view, n.start, hit.end, hit.unitText)) return null;
  const start = !hit.unit && prefix ? signed.start - prefix.text.length : signed.start;
  if (quotedName(view, start, hit.end)) return null;
  const inner = hit.inner ?? signed.qualifier;
  if (!unit) {
    return finish(view, {
      start, end: signed.end, value: signed.value, value_max: signed.valueMax, unit: '', unit_text: signed.multiplierText,
      dimension: 'none', scale, standalone: signed.multiplierText !== '' || signed.fraction,
    }, inner);
  }
  return finish(view, {
    start, end: hit.end,
    value: withoutFloatNoise((signed.value + (hit.half ? Math.sign(signed.value) * 0.5 : 0)) * unit.factor),
    value_max: signed.valueMax === null ? null : withoutFloatNoise(signed.valueMax * unit.factor),
    unit: unit.unit,
    unit_text: hit.unit ? signed.multiplierText + hit.unitText : unit.text + signed.multiplierText,
    dimension: unit.dimension, scale, standalone: false,
  }, inner);
}

/**
 * In Chinese text the full-width comma is punctuation (分别为20，300家), so it is
 * restored in the view unless full-width digits surround it (old papers: ４，５６５).
 */
function restoreListCommas(view: string, original: string): string {
  let out = '';
  let from = 0;
  for (let i = view.indexOf(','); i >= 0; i = view.indexOf(',', i + 1)) {
    if (original.charCodeAt(i) !== 0xff0c || (isFullWidthDigit(codeAt(original, i - 1)) && isFullWidthDigit(codeAt(original, i + 1)))) continue; // ，
    out += view.slice(from, i) + '，';
    from = i + 1;
  }
  return from === 0 ? view : out + view.slice(from);
}

const isFullWidthDigit = (code: number) => code >= 0xff10 && code <= 0xff19;

/**
 * Every quantity in a Chinese sentence view, in order, with view offsets.
 * `original` is the sentence as written, aligned with the view (same length);
 * `tokens`, the view's jieba tokens, if the caller has them (trailing 多/余).
 */
export function extractZhQuantities(view: string, original: string = view, tokens: readonly Token[] = NO_TOKENS): QuantityMatch[] {
  view = restoreListCommas(view, original);
  const raw: QuantityMatch[] = [];
  const numbers = findChineseNumbers(view);
  for (let k = 0; k < numbers.length; k++) {
    const q = quantityOf(view, numbers[k]!);
    if (q) raw.push(q);
  }
  const kept = keepQuantities(shareQualifiers('zh', view, mergeRanges('zh', view, raw)));
  const cold = numeralTable.belowZero.some((w) => view.includes(w));
  if (!cold && tokens.length === 0) return kept;
  for (let k = 0; k < kept.length; k++) {
    const q = cold ? belowZero(view, kept[k]!) : kept[k]!;
    kept[k] = tokens.length > 0 ? trailing(view, q, tokens) : q;
  }
  return kept;
}
