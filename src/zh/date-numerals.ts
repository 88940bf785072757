/**
 * Chinese numerals as they appear in dates: digit by digit for years
 * (`一九九七`, `二〇二四`) and positional for months, days and spelled years
 * (`十二`, `三十一`, `两千零四`). Quantities have their own parser in
 * `zh/numbers.ts`; this one only needs 0–9999 and refuses anything else.
 */

const DIGITS: Record<string, number> = {
  '〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4,
  '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
const POWERS: Record<string, number> = { '十': 10, '百': 100, '千': 1000 };

function parseDigitSequence(text: string): number | null {
  let value = 0;
  for (const c of text) {
    const d = DIGITS[c];
    if (d === undefined) return null;
    value = value * 10 + d;
  }
  return value;
}

function parsePositional(text: string): number | null {
  let total = 0;
  let pending: number | null = null;
  let lastPower = Infinity;
  for (const c of text) {
    const d = DIGITS[c];
    if (d !== undefined) {
      if (pending !== null && d !== 0) return null; // two digits in a row: not positional
      pending = d === 0 ? null : d;
      continue;
    }
    const p = POWERS[c];
    if (p === undefined || p >= lastPower) return null;
    total += (pending ?? (p === 10 && total === 0 ? 1 : NaN)) * p;
    if (Number.isNaN(total)) return null;
    pending = null;
    lastPower = p;
  }
  return total + (pending ?? 0);
}

/** ASCII digits, or a Chinese date numeral; null when it is neither. */
export function parseDateNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '') return null;
  return /[十百千]/.test(text) ? parsePositional(text) : parseDigitSequence(text);
}
