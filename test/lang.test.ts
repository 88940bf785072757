import fc from 'fast-check';
import { expect, it } from 'vitest';
import { detectLang, detectLangOfSpans } from '../src/lang.js';

/** The definition: Han characters at least a fifth of the letters (Han + ASCII letters). */
function byDefinition(text: string): 'zh' | 'en' {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han > 0 && han * 5 >= latin ? 'zh' : latin > 0 ? 'en' : 'zh';
}

it('detects the language as its definition does, on any string (astral Han, lone surrogates, full-width letters)', () => {
  const unit = fc.oneof(
    fc.constantFrom('a', 'Z', '中', '𠀀', '〇', '々', 'ａ', '@', '[', '`', '{', '\ud840', '\udc00', ' '),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  );
  fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), (s) => detectLang(s) === byDefinition(s)), { numRuns: 300, seed: 11 });
});

it('classifies every BMP code unit, alone and beside letters, as the definition does', () => {
  const wrong: number[] = [];
  for (let c = 0; c < 0x10000; c++) {
    const s = `${String.fromCharCode(c)}ab`;
    if (detectLang(s) !== byDefinition(s)) wrong.push(c);
  }
  expect(wrong).toEqual([]);
});

it('reads a mixed line by its share of Han characters', () => {
  expect(detectLang('重庆 Chongqing Municipality')).toBe('en');
  expect(detectLang('重庆市 ABC')).toBe('zh');
  expect(detectLang('1234')).toBe('zh');
});

it('reads spans of a text as the text of the spans joined', () => {
  const unit = fc.constantFrom('a', 'Z', '中', '〇', ' ', '\n', '1');
  const spans = fc.array(fc.tuple(fc.nat(40), fc.nat(40)), { maxLength: 5 });
  fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), spans, (text, cuts) => {
    const picked = cuts.map(([a, b]) => ({ start: Math.min(a, b, text.length), end: Math.min(Math.max(a, b), text.length) }));
    return detectLangOfSpans(text, picked) === detectLang(picked.map((s) => text.slice(s.start, s.end)).join(''));
  }), { numRuns: 300, seed: 11 });
  expect(detectLangOfSpans('abc中文def', [{ start: 3, end: 5 }])).toBe('zh');
  expect(detectLangOfSpans('abc中文def', [{ start: 0, end: 3 }, { start: 5, end: 8 }])).toBe('en');
  expect(detectLangOfSpans('ab𠀀cd', [{ start: 2, end: 4 }])).toBe('zh');
  expect(detectLangOfSpans('ab𠀀cd', [{ start: 0, end: 3 }])).toBe('en'); // half a pair is no Han character
});
