import type { Doc, Organization, Sentence } from '../doc.js';
import { firstStartingFrom, lastStartingBy } from './context.js';
import type { SubjectWords } from './subject.js';

/**
 * The last token of a place named at token `k` (`秀山县` read from `秀山`/`县`:
 * k + 1), or -1 (not a place, or the first word of a longer name: `广阳湾`).
 * A number, not an object: it is asked of every token.
 */
export function placeEnd(s: Sentence, k: number, words: SubjectWords): number {
  const t = s.tokens[k]!;
  if (words.subjectWords.has(t.word)) return k;
  if (!words.placeTags.has(t.tag) || t.word.length < 2 || words.notPlaces.has(t.word)) return -1;
  // `汶川特大地震`: the place names an event, it is not where the figures are.
  if (words.eventAfter?.test(s.view.slice(t.end, t.end + 6))) return -1;
  const after = k + 1;
  const next = after < s.tokens.length ? s.tokens[after] : undefined; // no read past the list: it would deoptimize
  if (next && next.start === t.end && next.word.length === 1) {
    if (words.levels.has(next.word)) return after;
    if (/^n/u.test(next.tag) || words.nameSuffixes.has(next.word)) return -1;
  }
  return k;
}

/** The name of the place in tokens [k, last] (`placeEnd`). */
export function placeName(s: Sentence, k: number, last: number): string {
  return last === k ? s.tokens[k]!.word : s.tokens[k]!.word + s.tokens[last]!.word;
}

/** Whether the name in the view span [start, end) is a source of the figures (`根据统计局发布`) or a rank's scope (`居全国第8位`), not their subject. */
export function isSource(s: Sentence, start: number, end: number, words: SubjectWords): boolean {
  const before = s.view.slice(Math.max(0, start - 4), start);
  const after = s.view.slice(end, end + 4);
  return words.sourceBefore.test(before) || words.sourceAfter.test(after) || words.scopeBefore.test(before) || words.scopeAfter.test(after);
}

/** `at`, or the end of a date that starts there (`统计局5日发表`: the source's verb follows the date). */
function pastDate(doc: Doc, at: number): number {
  const k = firstStartingFrom(doc.dates, at);
  if (k === doc.dates.length) return at;
  const { start, end } = doc.dates[k]!; // both read: a read of the end only when it is used, first run late, would deoptimize
  return start === at ? end : at;
}

/** A place name of a sentence and its view span. */
export interface Place { name: string; start: number; end: number }

/** The place names of a sentence (`全国` included), with their view spans, in order. */
export function placesOf(s: Sentence, words: SubjectWords): Place[] {
  const out: Place[] = [];
  for (let k = 0; k < s.tokens.length; k++) {
    const last = placeEnd(s, k, words);
    if (last < 0) continue;
    out.push({ name: placeName(s, k, last), start: s.tokens[k]!.start, end: s.tokens[last]!.end });
    k = last;
  }
  return out;
}

/** Whether the place in the view span [start, end) is a dateline's (`本报北京1月8日讯`, `发自深圳`): where the reporter was. */
export function isDateline(s: Sentence, start: number, end: number, words: SubjectWords): boolean {
  return !!words.dateline && (words.dateline.before.test(s.view.slice(Math.max(0, start - 4), start)) || words.dateline.after.test(s.view.slice(end, end + 8)));
}

/** Whether the original offset `at` lies inside an organization's name (`重庆鸿鼎精密铸造有限公司`): its place is part of the name. */
export function inOrganization(doc: Doc, at: number): boolean {
  const k = lastStartingBy(doc.organizations, at);
  return k >= 0 && doc.organizations[k]!.end > at;
}

/** Whether an organization is the source of the figures (`据统计局`, `民政部：`, `统计局5日发表`), not their subject. */
export function isSourceOrganization(doc: Doc, o: Organization, words: SubjectWords): boolean {
  return words.sourceBefore.test(doc.norm.slice(Math.max(0, o.start - 4), o.start)) || words.sourceAfter.test(doc.norm.slice(pastDate(doc, o.end)).slice(0, 4));
}
