import { describe, expect, it } from 'vitest';
import { findChineseNumbers, numeralRuns, parseChineseNumber } from '../src/zh/numbers.js';
import { readFileSync } from 'node:fs';
import { NUMERAL_RUN, nextRunStart, tableSchema } from '../src/zh/numeral-table.js';

describe('parseChineseNumber', () => {
  it.each([
    ['两千零二十四', 2024], ['1.5万亿', 1.5e12], ['3万4000', 34000], ['六点一', 6.1], ['3.5万', 35000],
    ['1.83万', 18300], ['一万三', 13000], ['两千四百五', 2450], ['一百零五', 105], ['十五', 15], ['十', 10],
    ['四万万', 4e8], ['10万万', 1e9], ['4.78万亿', 4.78e12], ['五兆六十二亿四万五千二', 5006200045200],
    ['负三十二', -32], ['-10000', -10000], ['３·５', 3.5], ['１，２３４', 1234], ['1,100.9亿', 110090000000],
    ['2千零30万', 20300000], ['25万6千', 256000], ['一万五千亿', 1.5e12], ['十点五亿', 1.05e9], ['三分之一', 1 / 3],
    ['一百 五 十 二', 152], ['壹佰伍拾', 150], ['兩千四百五', 2450],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumber(text)).toBeCloseTo(value, 6);
  });

  it.each(['万', '万万', '一切', '四川', '拾', '一万 和 二'])('%s is not one number', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });
});

describe('findChineseNumbers', () => {
  it('reads ranges and vague counts with their bounds', () => {
    const [a] = findChineseNumbers('七八十');
    expect([a!.value, a!.valueMax]).toEqual([70, 80]);
    const [b] = findChineseNumbers('数十亿');
    expect([b!.value, b!.valueMax, b!.qualifier, b!.multiplierText]).toEqual([2e9, 9e9, 'approx', '亿']);
  });

  it('keeps inner qualifiers (十余万, 二十几万)', () => {
    expect(findChineseNumbers('十余万')[0]!.qualifier).toBe('over');
    expect(findChineseNumbers('二十几万')[0]!.value).toBe(200000);
  });

  it('marks digit-by-digit years and stops before a unit that starts with 千', () => {
    expect(findChineseNumbers('二〇二四年')[0]!.digitString).toBe(true);
    expect(findChineseNumbers('12千米')[0]!.value).toBe(12);
  });

  it('does not read a clock time as a decimal (十点三十分)', () => {
    expect(findChineseNumbers('十点三十分')[0]!.value).toBe(10);
  });

  // Speed is measured by `npm run bench`; here a hang (backtracking) hits the test timeout.
  it('reads pathological 1 MB lines to their end', { timeout: 60_000 }, () => {
    for (const line of ['1'.repeat(1_000_000), '亿'.repeat(1_000_000), '一'.repeat(1_000_000), '万亿'.repeat(500_000), '三 '.repeat(500_000)]) {
      expect(findChineseNumbers(line).every((n) => n.end <= line.length)).toBe(true);
    }
  });
});

describe('numeral run start', () => {
  // Every character the run regex can consume appears in its source (or is an ASCII digit).
  const consumable = [...new Set([...NUMERAL_RUN.source, ...'0123456789'])];
  const contexts = ['', '1', '一', '十', '万', '1 ', '十 ', '·'].flatMap((before) => ['', '1', '一', '亿', '万', '3', ' 5', '.5', '000', '之一'].map((after) => [before, after] as const));

  it('lists every character a run can start with, and what must stand before it (runs are only tried there)', () => {
    const missed = new Set<string>();
    for (const c of consumable) {
      for (const [before, after] of contexts) {
        NUMERAL_RUN.lastIndex = before.length;
        if (NUMERAL_RUN.exec(before + c + after) && nextRunStart(before + c + after, before.length) !== before.length) missed.add(c);
      }
    }
    expect([...missed]).toEqual([]);
  });

  it('finds what an unanchored search finds: runs after spaces, commas and failed starts', () => {
    const view = '一些 1,000,000元, 统一 3 .5万,约 十 几 亿个亿 三分之一 千米 二十 一';
    const expected = [...view.matchAll(new RegExp(NUMERAL_RUN.source, 'g'))].map((m) => [m.index, m[0]]);
    expect(expected.length).toBeGreaterThan(4);
    expect(numeralRuns(view).map(([start, end]) => [start, view.slice(start, end)])).toEqual(expected);
  });
});

describe('the numeral table', () => {
  const table = JSON.parse(readFileSync('data/zh/numerals.json', 'utf8')) as Record<string, unknown>;

  it('is read as it is', () => {
    expect(tableSchema.safeParse(table).success).toBe(true);
  });

  it('refuses a character of two kinds (the lexer reads each character as one)', () => {
    const points = [...(table.points as string[]), '数'];
    const issues = tableSchema.safeParse({ ...table, points }).error?.issues.map((i) => i.message);
    expect(issues).toEqual(['数 is both in points and in vague: a character is one kind of numeral']);
    expect(tableSchema.safeParse({ ...table, vague: [...(table.vague as string[]), '余'] }).success).toBe(false);
  });
});
