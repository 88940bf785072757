/**
 * Generated input (issue 6): whatever the text, every record keeps the
 * contract of SPEC §4 (see helpers/contract.ts). ≥ 10 000 cases with a fixed
 * seed by default; `LONG=1` runs ten times as many with a fresh seed, and
 * `FC_SEED=<n>` replays a reported failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../src/stages/decode.js';
import { InputError } from '../src/input-error.js';
import { MAX_SENTENCE_LENGTH } from '../src/stages/sentences.js';
import { foldFullWidth } from '../src/stages/normalize.js';
import { contractViolations, extractText, isoPeriodStart } from './helpers/contract.js';
import { docOf } from './helpers/doc.js';

const LONG = process.env.LONG === '1';
const SCALE = LONG ? 10 : 1;
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : LONG ? undefined : 20240229;
const params = (numRuns: number): fc.Parameters<[string]> => ({ numRuns: numRuns * SCALE, seed, endOnFailure: false });
const TIMEOUT = 120_000 * SCALE;

/** The property: the pipeline never throws and every record keeps the contract. */
function holdsForText(text: string): void {
  const violations = contractViolations(text, extractText(text));
  if (violations.length) throw new Error(`${violations.length} violation(s):\n${violations.slice(0, 5).join('\n')}`);
}

const pieces = <T extends string>(...xs: T[]) => fc.constantFrom(...xs);
const digits = fc.stringMatching(/^[0-9]{1,7}(\.[0-9]{1,3})?$/);
const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
const zhNumeral = fc.stringMatching(/^[零〇一二两三四五六七八九十百千万亿]{1,6}$/);
const zhUnits = pieces('亿元', '万元', '元', '美元', '标箱', '家', '万人', '人次', '余亩', '多家', '%', '个百分点', '亿', '万', '万亿',
  '平方公里', '吨', '千瓦时', '岁', '户企业', '项', '件', '个', '架', '桶', '点', '年', '天', '个月', '倍', '成', '位', '名');
const zhWords = pieces('重庆', '全市', '研发投入', '增长', '下降', '达到', '约', '超过', '近', '突破', '以上', '以下', '左右', '第',
  '去年', '今年', '明年', '上半年', '一季度', '年底', '月', '日', '年', '年代', '至', '到', '-', '～', '—', '、', '，', '。', '；',
  '：', '！', '？', '“', '”', '（', '）', '《', '》', '分别', '和', '预计', '力争', '目标', '同比', '市科技局', '有限公司', '实验室',
  '中国银行', '分行', '重庆鑫景特种玻璃有限公司', '(以下简称鑫景特玻)', '鑫景特玻', '大学', '研究院', '本报讯', '记者', '新华社',
  '电', '讯', '(上接1版)', '□本报记者 张三', '本报讯(记者 李四)', '新华社北京3月5日电', '2月28日，', '“416”', 'C919', '4+5+M+N');
const enWords = pieces('GDP', 'grew', 'fell', 'by', 'to', 'percent', '%', 'million', 'billion', 'trillion', '$', 'US$', 'yuan',
  'TEUs', 'about', 'more than', 'nearly', 'over', 'at least', 'Jan.', 'Feb', 'March', 'last July', 'this year', 'in 2023',
  'Q1', 'first quarter', 'the 1990s', 'Inc.', 'Co., Ltd.', 'Bank of China', 'University', 'Ministry of Commerce', 'the', 'of',
  '.', ',', ';', '!', '?', '(', ')', '"', '-', '–', 'U.S.', 'Mr.', 'No. 5', '5th', '1st', '3:30 p.m.');
const layout = pieces('\n', '\n\n', '\r\n', ' ', '\u3000', '\t', '\n  ');
const controls = pieces('\u0000', '\u0001', '\u0007', '\u000b', '\u000c', '\r', '\u001b', '\u007f', '\u0085', '\u00a0', '\u200b',
  '\u200d', '\u2028', '\u2029', '\ufeff', '\ufffd', '\u0301', '\u20dd', '\ud83d\ude00', '𠀀', '𝟘', '①', '⑩', 'Ⅻ', '½', '²');
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const join = (parts: fc.Arbitrary<string[]>) => parts.map((p) => p.join(''));

/** Chinese news-like text: numbers, numerals, units, cue words, layout breaks. */
const cjkText = join(fc.array(fc.oneof(
  { arbitrary: digits, weight: 4 }, { arbitrary: zhNumeral, weight: 2 }, { arbitrary: zhUnits, weight: 4 },
  { arbitrary: zhWords, weight: 6 }, { arbitrary: layout, weight: 1 },
), { maxLength: 40 }));
/** The same with runs folded to full width (digits, letters, punctuation, spaces). */
const fullWidthText = cjkText.chain((t) => fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }).map((flags) => {
  const parts = t.split(/(?<=[，。\n])/);
  return parts.map((p, k) => (flags[k % flags.length] ? fullWidth(p) : p)).join('');
}));
/** English and Chinese mixed in one issue. */
const mixedText = join(fc.array(fc.oneof(
  { arbitrary: enWords.map((w) => ` ${w}`), weight: 6 }, { arbitrary: digits, weight: 3 },
  { arbitrary: zhWords, weight: 3 }, { arbitrary: zhUnits, weight: 2 }, { arbitrary: layout, weight: 1 },
), { maxLength: 40 }));
/** News-like text with controls, astral characters, combining marks and lone surrogates spliced in. */
const hostileText = join(fc.array(fc.oneof(
  { arbitrary: zhWords, weight: 3 }, { arbitrary: digits, weight: 2 }, { arbitrary: zhUnits, weight: 2 }, { arbitrary: enWords, weight: 1 },
  { arbitrary: controls, weight: 3 }, { arbitrary: loneSurrogate, weight: 2 }, { arbitrary: layout, weight: 1 },
), { maxLength: 40 }));
/** Any code points at all. */
const randomUnicode = fc.string({ unit: 'binary', maxLength: 60 });
const randomBmpWithSurrogates = fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), loneSurrogate), maxLength: 60 });

describe('contract invariants on generated text (every record: span, text slice, values, ISO dates, ids, links)', () => {
  const cases: [string, fc.Arbitrary<string>, number][] = [
    ['random Unicode', randomUnicode, 1500],
    ['random code points with lone surrogates', randomBmpWithSurrogates, 1000],
    ['CJK with digits, numerals and units', cjkText, 3000],
    ['full-width runs', fullWidthText, 1500],
    ['mixed English and Chinese', mixedText, 1500],
    ['control characters, astral characters and lone surrogates', hostileText, 1500],
  ];
  for (const [name, arbitrary, runs] of cases) {
    it(`${name} (${runs * SCALE} cases)`, () => {
      fc.assert(fc.property(arbitrary, holdsForText), params(runs));
    }, TIMEOUT);
  }

  it('random bytes: decoding either refuses with an InputError or gives text that keeps the contract', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
      let text: string;
      try {
        text = decodeText(bytes, 'gen.txt').text;
      } catch (e) {
        if (e instanceof InputError) return;
        throw e;
      }
      holdsForText(text);
    }), { numRuns: 500 * SCALE, seed });
  }, TIMEOUT);

  it('the generators do reach the extractors (records are produced, not only empty output)', () => {
    const sample = fc.sample(cjkText, { numRuns: 200, seed: 1 });
    const counts = sample.map((t) => extractText(t)).reduce(
      (n, j) => n + j.quantities.length + j.dates.length + j.organizations.length + j.facts.length, 0);
    expect(counts).toBeGreaterThan(50);
  });
});

describe('the ISO checker itself', () => {
  it('accepts ISO periods and rejects impossible ones', () => {
    expect(['2024-02-29', '2023-07', '2024-Q1', '2023'].map(isoPeriodStart).every((v) => v !== null)).toBe(true);
    expect(['2023-02-29', '2024-13', '2024-Q5', '24', '2024-1-5', ''].map(isoPeriodStart)).toEqual([null, null, null, null, null, null]);
  });
});

describe('long text without sentence-final punctuation', () => {
  it('is cut into sentences of at most MAX_SENTENCE_LENGTH, at a clause mark when there is one, covering every character', () => {
    const text = `标题\n${'重庆市投入750亿元，增长10%'.repeat(300)}\n${'1'.repeat(2500)}\n${'𠀀'.repeat(1200)}`;
    const doc = docOf(text, 'sentences');
    expect(Math.max(...doc.sentences.map((s) => s.view.length))).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
    const body = doc.sentences.filter((s) => s.view.includes('重庆'));
    expect(body.length).toBeGreaterThan(3);
    for (const s of body.slice(0, -1)) expect(s.view.endsWith(',')).toBe(true); // the folded ，
    const covered = doc.sentences.map((s) => s.view).join('');
    expect(covered).toBe(foldFullWidth(text.replace(/\s/g, '')));
    holdsForText(text);
  });
});
