/**
 * Writes data/zh/lunar-calendar.json, the Chinese calendar src/calendar/lunar.ts
 * reads, from lunar-typescript: per lunar year 1900–2100 the Gregorian day of
 * its first day, its leap month and its months' lengths in order, and per
 * solar-term name the Gregorian month and day of the term in each year.
 * `npx tsx scripts/lunar-calendar-data.ts`, after the package changes; a test
 * checks the file against the package.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Lunar, LunarYear } from 'lunar-typescript';
import { dataFileUrl } from '../src/data-file.js';
import { FIRST_YEAR, LAST_YEAR, LUNAR_CALENDAR, NO_TERM } from '../src/calendar/lunar.js';

const pad = (n: number) => String(n).padStart(2, '0');
const years: string[] = [];
const terms: Record<string, string[]> = {};
for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
  const lunarYear = LunarYear.fromYear(year);
  years.push([Lunar.fromYmd(year, 1, 1).getSolar().toYmd(), lunarYear.getLeapMonth(), ...lunarYear.getMonthsInYear().map((m) => m.getDayCount())].join(' '));
  // A lunar year's table names under Chinese names the terms from the winter before it: December's are in the next year's.
  const tables = [year, year + 1].map((y) => Lunar.fromYmd(y, 1, 1).getJieQiTable());
  for (const name of Object.keys(tables[0]!)) {
    const term = tables.map((t) => t[name]).find((t) => t && t.getYear() === year);
    (terms[name] ??= []).push(term ? `${pad(term.getMonth())}-${pad(term.getDay())}` : NO_TERM);
  }
}
const comment = `The Chinese calendar for ${FIRST_YEAR}–${LAST_YEAR} (src/calendar/lunar.ts): years[i] is lunar year ${FIRST_YEAR} + i: the Gregorian day of 正月初一, the leap month (0: none), then the day counts of its months in order, a leap month after the month it repeats; terms[name] is the month-day of that solar term in each Gregorian year from ${FIRST_YEAR} (${NO_TERM}: none). Made by scripts/lunar-calendar-data.ts from lunar-typescript; a test checks it against the package.`;
// one year, one term per line
const lines = (rows: string[]) => rows.map((r, i) => `    ${r}${i < rows.length - 1 ? ',' : ''}`).join('\n');
writeFileSync(fileURLToPath(dataFileUrl(LUNAR_CALENDAR)), `{
  "$comment": ${JSON.stringify(comment)},
  "years": [
${lines(years.map((y) => JSON.stringify(y)))}
  ],
  "terms": {
${lines(Object.entries(terms).map(([name, days]) => `${JSON.stringify(name)}: ${JSON.stringify(days.join(' '))}`))}
  }
}
`);
console.log(`wrote data/${LUNAR_CALENDAR}: ${years.length} years, ${Object.keys(terms).length} terms`);
