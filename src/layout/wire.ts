/**
 * Wire-story heads (Reuters style): a headline line, an optional byline, then
 * a dateline — `BUCHAREST 1996-08-30` on one line, `FARMINGTON HILLS, Mich.`
 * with the date on the next line, or a lead that opens `CITY, Month D
 * (Reuters) -`. The dateline makes the line above it (or above the byline) a
 * headline even when it ends in a full stop, as Reuters headlines do.
 */
import { isoDay } from '../issue-date.js';
import { layoutRules as rules } from './layout-rules.js';
import type { PageLine } from './lines.js';

/** The ISO day of a dateline line (`BUCHAREST 1996-08-30`, or a bare `1996-08-30`), or null. */
function datelineDay(text: string): { day: string; bare: boolean } | null {
  for (const pattern of rules.wireDateline) {
    const g = pattern.exec(text)?.groups;
    if (!g) continue;
    const day = isoDay(Number(g.y), Number(g.m), Number(g.d));
    return day ? { day, bare: g.place === undefined } : null;
  }
  return null;
}

const headlineEligible = (line: PageLine | undefined): line is PageLine =>
  line !== undefined && line.lang === 'en' && (line.cue === 'short' || line.cue === 'body')
  && line.text.length <= rules.headlineMaxLength.en;

/** The index of the first line of the dateline ending at `k`, or -1 when `k` is not a dateline. */
function datelineTop(lines: PageLine[], k: number): number {
  const line = lines[k]!;
  if (line.cue === 'lead' && line.lang === 'en') return k;
  const found = datelineDay(line.text);
  if (!found) return -1;
  const place = lines[k - 1];
  if (found.bare && !(place && rules.wirePlace.test(place.text))) return -1;
  line.cue = 'dateline';
  line.dateline = found.day;
  if (!found.bare) return k;
  place!.cue = 'dateline';
  return k - 1;
}

/**
 * Gives the lines of every wire head their cue: `dateline`, `byline`,
 * `headline`. The first line of an English page is its headline when it has a
 * headline's length and running text follows, dateline or not.
 */
export function markWireHeads(lines: PageLine[]): void {
  if (headlineEligible(lines[0]) && lines[1]?.cue === 'body') lines[0].cue = 'headline';
  for (let k = 0; k < lines.length; k++) {
    let top = datelineTop(lines, k);
    if (top < 0) continue;
    const byline = lines[top - 1];
    if (byline && rules.wireByline.test(byline.text) && headlineEligible(lines[top - 2])) {
      byline.cue = 'byline';
      top--;
    }
    const head = lines[top - 1];
    if (headlineEligible(head)) head.cue = 'headline';
  }
}
