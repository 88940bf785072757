/**
 * One generic runner for the date specs (`test/specs/dates.*.jsonl`): each
 * line is a text, its language, a reference date (the issue date) and every
 * date expected in it — an empty list is a negative case. `relative` and
 * `modifier` are checked where a case states them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../src/dates/calendar.js';
import { datesInView } from '../src/dates/mentions.js';
import type { Lang } from '../src/doc.js';
import { foldFullWidth } from '../src/stages/normalize.js';

interface ExpectedDate {
  text: string;
  value: string;
  value_end: string | null;
  granularity: string;
  relative?: boolean;
  modifier?: string;
}
interface Spec { lang: Lang; text: string; ref: string; expect: ExpectedDate[]; note?: string }

function load(file: string): Spec[] {
  return readFileSync(new URL(`./specs/${file}`, import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Spec);
}

for (const file of ['dates.zh.jsonl', 'dates.en.jsonl']) {
  describe(file, () => {
    for (const spec of load(file)) {
      it(`${spec.text} @${spec.ref}${spec.note ? ` (${spec.note})` : ''}`, () => {
        const found = datesInView(foldFullWidth(spec.text), spec.lang, parseIsoDay(spec.ref));
        const got = found.map((d, i) => {
          const e = spec.expect[i];
          return {
            text: spec.text.slice(d.start, d.end), value: d.value, value_end: d.valueEnd, granularity: d.granularity,
            ...(e?.relative !== undefined ? { relative: d.relative } : {}),
            ...(e?.modifier !== undefined ? { modifier: d.modifier } : {}),
          };
        });
        expect(got).toEqual(spec.expect);
      });
    }
  });
}
