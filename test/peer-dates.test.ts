/**
 * Recognizers-Text date cases (copied in test/peer/) within SPEC scope:
 * calendar dates, not times of day, durations or recurring sets; the rules of
 * what is out of scope, with reasons, are in test/peer/dates-scope.json.
 * Their reference date plays the issue date. An item passes when one of our
 * dates overlapping its span has its value: for a date without a year either
 * of their `past`/`future` readings (which one we take depends on our
 * future-cue rule); for a range its start and end at our granularity. Lunar
 * items are compared on the Gregorian day of their lunar date.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays, parseIsoDay, isoDay } from '../src/dates/calendar.js';
import { lunarToGregorian } from '../src/calendar/lunar.js';
import { datesInView, type ViewDate } from '../src/dates/mentions.js';
import type { Lang } from '../src/doc.js';

interface Expected { text: string; type: string; value: unknown; start: number; end: number; timex?: string }
interface Case { id: string; input: string; reference: string; expected: Expected[] }

const scope = JSON.parse(readFileSync(new URL('./peer/dates-scope.json', import.meta.url), 'utf8')) as
  { rules: { pattern: string; reason: string; suite?: string }[] };
const rules = scope.rules.map((r) => ({ ...r, re: new RegExp(r.pattern, 'i') }));

function load(file: string): Case[] {
  return readFileSync(new URL(`./peer/${file}`, import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Case);
}

const DATE_TYPES = new Set(['date', 'datetimeV2.date', 'datetimeV2.daterange']);

function outOfScope(item: Expected, lang: Lang): string | null {
  if (!DATE_TYPES.has(item.type)) return 'type';
  return rules.find((r) => (!r.suite || r.suite === lang) && r.re.test(item.text))?.reason ?? null;
}

/** Cut an ISO day to the granularity of our value. */
function cut(day: string, d: ViewDate): string {
  switch (d.granularity) {
    case 'day': return day;
    case 'month': return day.slice(0, 7);
    case 'quarter': return `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;
    default: return day.slice(0, 4);
  }
}
const dayBefore = (day: string): string => isoDay(addDays(parseIsoDay(day)!, -1));

function matches(item: Expected, d: ViewDate): boolean {
  const v = item.value as Record<string, { date: string }> | { value?: string; start?: string; end?: string }[];
  if (!Array.isArray(v)) return d.value === v.past!.date || d.value === v.future!.date;
  const plain = item.timex && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(item.timex);
  if (plain && !d.valueEnd) return d.value === item.timex;
  return v.some((r) => {
    if (r.value) return d.value === r.value;
    if (!r.start || !r.end) return false;
    const endOk = d.valueEnd === null ? cut(r.start, d) === cut(dayBefore(r.end), d) || cut(r.start, d) === cut(r.end, d)
      : d.valueEnd === cut(r.end, d) || d.valueEnd === cut(dayBefore(r.end), d);
    return d.value === cut(r.start, d) && endOk;
  });
}

/**
 * Their lunar items carry the lunar year-month-day as if it were Gregorian
 * (`农历2015年十月初一` → `2015-10-01`); we compare against its Gregorian day.
 */
const LUNAR = /农历|阴历|正月|腊月|冬月|初[一二三四五六七八九十]|大年初/;
function lunarIso(day: string): string | null {
  const [year, month, d] = day.split('-').map(Number) as [number, number, number];
  const g = lunarToGregorian({ year, month, day: d });
  return g && isoDay(g);
}
function gregorianOf(item: Expected): Expected {
  const v = item.value as Record<string, { date: string }> | { value?: string }[];
  if (!Array.isArray(v)) {
    const [past, future] = [lunarIso(v.past!.date), lunarIso(v.future!.date)];
    const value = past ?? future ? { past: { date: past ?? future }, future: { date: future ?? past } } : 'not resolved';
    return { ...item, value };
  }
  const values = v.flatMap((r) => (r.value ? [lunarIso(r.value)] : [])).filter((x): x is string => x !== null);
  return { ...item, timex: undefined, value: values.length ? values.map((value) => ({ value })) : 'not resolved' };
}

function unresolvable(item: Expected): boolean {
  const s = JSON.stringify(item.value);
  return s.includes('not resolved') || s.includes('0001-01-01');
}

function score(file: string, lang: Lang) {
  let pass = 0, total = 0;
  const failures: string[] = [];
  for (const c of load(file)) {
    const ref = c.reference ? parseIsoDay(c.reference.slice(0, 10)) : null;
    const found = datesInView(c.input, lang, ref);
    for (const given of c.expected) {
      if (outOfScope(given, lang)) continue;
      const item = lang === 'zh' && LUNAR.test(given.text) ? gregorianOf(given) : given;
      total++;
      const near = found.filter((d) => d.start < item.end && item.start < d.end);
      const ok = unresolvable(item) ? near.length === 0 : near.some((d) => matches(item, d));
      if (ok) pass++;
      else failures.push(`${c.id} ${c.input} → ${near.map((d) => `${d.value}${d.valueEnd ? '..' + d.valueEnd : ''}`).join(', ') || 'nothing'}`);
    }
  }
  return { pass, total, rate: pass / total, failures };
}

describe('Recognizers-Text date cases within SPEC scope', () => {
  for (const [file, lang, floor] of [
    ['zh-date-parse.jsonl', 'zh', 0.95], ['zh-datetime.jsonl', 'zh', 0.95], ['en-date-parse.jsonl', 'en', 0.85],
  ] as const) {
    it(`${file}: at least ${floor * 100}% resolved to the same ISO value`, () => {
      const r = score(file, lang);
      if (process.env.PEER_VERBOSE) console.log(file, r.pass, '/', r.total, '\n' + r.failures.join('\n'));
      expect(r.rate, r.failures.join('\n')).toBeGreaterThanOrEqual(floor);
    });
  }
});
