/**
 * A date parser's `needs` lets a sentence without any of those words skip its
 * pattern: the declaration must never hide a match. Every pattern is run on
 * the date specs and committed texts of its language (the sample issue, the
 * English bench texts), needs ignored, and each match (accepted or not) must
 * sit in a text that has one of the words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runParsers } from '../src/dates/parser.js';
import { findZhDates, zhDateParsers } from '../src/zh/dates.js';
import { enDateParsers, findEnDates } from '../src/en/dates.js';
import { dateLanguages } from '../src/dates/mentions.js';
import { foldFullWidth } from '../src/stages/normalize.js';

const specTexts = readFileSync(new URL('./specs/dates.zh.jsonl', import.meta.url), 'utf8')
  .split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { text: string }).text);
const sampleLines = readFileSync(new URL('../corpus/2024-02-29-chongqing-daily.txt', import.meta.url), 'utf8').split('\n');
const texts = [...specTexts, ...sampleLines].map(foldFullWidth).filter((t) => t.trim());

describe('date parser needs', () => {
  const declaring = zhDateParsers.filter((p) => p.needs);

  it('most Chinese parsers declare what they need', () => {
    expect(declaring.length).toBeGreaterThan(zhDateParsers.length / 2);
  });

  it('never hide a match: each match is in a text with one of the needed words', () => {
    const hidden: string[] = [];
    for (const parser of declaring) {
      for (const text of texts) {
        const matches = [...text.matchAll(parser.pattern)].length;
        if (matches && !parser.needs!.some((w) => text.includes(w))) hidden.push(`${parser.name}: ${text}`);
      }
    }
    expect(hidden).toEqual([]);
  });

  it('skips a pattern in a text without any needed word', () => {
    const year = zhDateParsers.find((p) => p.name === 'zh-year')!;
    expect(runParsers([{ ...year, needs: ['年'] }], '2024年').length).toBe(1);
    expect(runParsers([{ ...year, needs: ['从不出现'] }], '2024年')).toEqual([]);
  });

  it('answers a word list shared by parsers once per text, and again for the next text', () => {
    const year = zhDateParsers.find((p) => p.name === 'zh-year')!;
    const shared = ['年'];
    const two = [{ ...year, name: 'a', needs: shared }, { ...year, name: 'b', needs: shared }];
    expect(runParsers(two, '2024年').length).toBe(2);
    expect(runParsers(two, '2024')).toEqual([]);
    expect(runParsers(two, '1998年').length).toBe(2);
  });

  it('tests the same words in the folded and the plain view apart', () => {
    const year = zhDateParsers.find((p) => p.name === 'zh-year')!;
    // `X` is not in the folded view (`x 2024年`) but is in the plain one: only the plain parser runs.
    const both = [{ ...year, name: 'folded', needs: ['X'], needsFolded: true }, { ...year, name: 'plain', needs: ['X'] }];
    expect(runParsers(both, 'X 2024年').length).toBe(1);
  });
});

const enSpecTexts = readFileSync(new URL('./specs/dates.en.jsonl', import.meta.url), 'utf8')
  .split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { text: string }).text);
const benchDir = new URL('../bench/en/', import.meta.url);
const benchLines = readdirSync(benchDir).filter((f) => f.endsWith('.txt')).flatMap((f) => readFileSync(new URL(f, benchDir), 'utf8').split('\n'));
const enTexts = [...enSpecTexts, ...benchLines].filter((t) => t.trim());

describe('English date parser needs', () => {
  it('every English parser but the festivals declares what it needs, in lower case', () => {
    expect(enDateParsers.filter((p) => !p.needs).map((p) => p.name)).toEqual(['en-festival']);
    for (const p of enDateParsers.filter((q) => q.needs)) {
      expect(p.needsFolded).toBe(true);
      expect(p.needs!.every((w) => w === w.toLowerCase())).toBe(true);
    }
  });

  it('never hide a match: each match is in a text with one of the needed words, case folded', () => {
    const hidden: string[] = [];
    for (const parser of enDateParsers.filter((p) => p.needs)) {
      for (const text of enTexts) {
        const matches = [...text.matchAll(parser.pattern)].length;
        if (matches && !parser.needs!.some((w) => text.toLowerCase().includes(w))) hidden.push(`${parser.name}: ${text}`);
      }
    }
    expect(hidden).toEqual([]);
  });

  it('finds a capitalised month through the folded needs', () => {
    expect(runParsers(enDateParsers, 'It opened on JANUARY 5, 2024.').length).toBeGreaterThan(0);
  });
});

describe('English full-date needs (issue-date inference)', () => {
  it('every English text with a full date (year, month and day) matches fullDateNeeds', () => {
    const needs = dateLanguages.get('en')!.fullDateNeeds!;
    const full = enTexts.filter((t) => findEnDates(t).some((c) => c.from.year !== undefined && c.from.month !== undefined && c.from.day !== undefined));
    expect(full.length).toBeGreaterThan(5);
    expect(full.filter((t) => !needs.test(t))).toEqual([]);
  });
});

describe('Chinese full-date needs (issue-date inference)', () => {
  it('every Chinese text with a full date (year, month and day) matches fullDateNeeds', () => {
    const needs = dateLanguages.get('zh')!.fullDateNeeds!;
    const withNumeric = [...texts, '2010-01-29起施行', '本报讯 1998.1.5 北京'];
    const full = withNumeric.filter((t) => findZhDates(t).some((c) => c.from.year !== undefined && c.from.month !== undefined && c.from.day !== undefined));
    expect(full.length).toBeGreaterThan(5);
    expect(full.filter((t) => !needs.test(t))).toEqual([]);
  });
});
