/**
 * Catalog-wide checks of the Chinese quantity rules: every range form (unit ×
 * connector × digit width) is one quantity and never a negative number, and the
 * qualifiers 至少 (before) and 以上 (after) apply to every unit of the catalog;
 * and on random numeral text every value is finite with value_max ≥ value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldFullWidth } from '../src/stages/normalize.js';
import { unitCatalog } from '../src/units.js';
import { extractZhQuantities } from '../src/zh/quantities.js';
import { hasNameSuffix } from '../src/zh/not-quantities.js';

const extract = (text: string) => extractZhQuantities(foldFullWidth(text), text);
const fullWidth = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

const UNITS = [
  { text: '%', factor: 1, unit: 'percent' },
  { text: '万元', factor: 10000, unit: 'CNY' },
  { text: '亿元', factor: 100000000, unit: 'CNY' },
  { text: '吨', factor: 1, unit: 't' },
  { text: '家', factor: 1, unit: 'establishment' },
];
const CONNECTORS = ['-', '－', '—', '~', '～', '至', '到'];

const rangeCases = UNITS.flatMap((u) => CONNECTORS.flatMap((c) => [
  [`${u.text} ${c} both ends`, `增幅为12${u.text}${c}15${u.text}。`, u],
  [`${u.text} ${c} end only`, `增幅为12${c}15${u.text}。`, u],
  [`${u.text} ${c} full-width`, fullWidth(`增幅为12${u.text}${c}15${u.text}。`), u],
] as const));

describe('every range form is one quantity, never a negative number', () => {
  it.each(rangeCases)('%s', (_name, text, u) => {
    const found = extract(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value: 12 * u.factor, value_max: 15 * u.factor, unit: u.unit });
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(text.slice(3, -1));
  });
});

/**
 * Plain surfaces (no condition on their context) of every zh unit written after the
 * number; measure words that are also ordinal suffixes (十四届, 三班) are names, not units.
 */
const plainSurfaces = [...unitCatalog.values()].flatMap((u) => u.zh
  .filter((s) => typeof s === 'string' || (!s.prefix && !s.context && !s.followedBy && !s.afterNumeral && !s.notBefore))
  .map((s) => [typeof s === 'string' ? s : s.text, u.unit] as const)
  .filter(([surface]) => !hasNameSuffix(surface, 0)));

describe('至少 and 以上 qualify every unit', () => {
  it.each(plainSurfaces)('%s (%s)', (surface, unit) => {
    expect(extract(`至少5${surface}，`).map((q) => [q.unit, q.qualifier])).toEqual([[unit, 'at_least']]);
    expect(extract(`5${surface}以上，`).map((q) => [q.unit, q.qualifier])).toEqual([[unit, 'over']]);
  });
});

/** Pieces of Chinese numerals, units, qualifiers and connectors, glued at random. */
const PIECES = ['数', '几', '十', '百', '千', '万', '亿', '个', '分之', '一', '二', '两', '三', '九', '零', '1', '0', '5', ',', '.', ' ',
  '-', '至', '、', '余', '多', '%', '元', '家', '吨', '亩', '日', '月', '第', '位', '约', '以上', '负', '／', '平方米'];

describe('every Chinese quantity has a finite value and value_max ≥ value', () => {
  it('holds on random numeral text', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (parts) => {
      for (const q of extract(parts.join(''))) {
        expect(Number.isFinite(q.value)).toBe(true);
        if (q.value_max !== null) expect(q.value_max).toBeGreaterThanOrEqual(q.value);
      }
    }), { numRuns: 3000 });
  });
});
