import type { DateMention, Line, Sentence, Span } from '../doc.js';

/** Index of the last item whose start is ≤ `at` in a list sorted by start, or -1. */
export function lastStartingBy<T extends Span>(items: T[], at: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the first item whose start is ≥ `at` in a list sorted by start (the length when none). */
export function firstStartingFrom<T extends Span>(items: T[], at: number): number {
  return lastStartingBy(items, at - 1) + 1;
}

/** The first view index of a sentence at or after an original offset (its map is increasing), or -1. */
export function viewIndexFrom(sentence: Sentence, offset: number): number {
  const map = sentence.map;
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < map.length ? lo : -1;
}

/** The view index of an original offset inside a sentence, or -1. */
export function viewIndex(sentence: Sentence, offset: number): number {
  const k = viewIndexFrom(sentence, offset);
  return k >= 0 && sentence.map[k] === offset ? k : -1;
}

/**
 * The heading a bullet line sits under (`2023年“成绩单”` above `■…` lines):
 * the nearest heading or title line before it in the same article, with
 * nothing but bullets between. Null for any other line.
 */
export function headingOfBullet(lines: Line[], offset: number): Line | null {
  let k = lastStartingBy(lines, offset);
  if (k < 0 || lines[k]!.role !== 'bullet') return null;
  const article = lines[k]!.articleId;
  while (k >= 0 && lines[k]!.role === 'bullet' && lines[k]!.articleId === article) k--;
  const heading = lines[k];
  return heading && heading.articleId === article && (heading.role === 'heading' || heading.role === 'title') ? heading : null;
}

/** ISO period of a date: `2024-01/2024-02` for a range, else its value. */
export function periodOf(date: DateMention): string {
  return date.value_end ? `${date.value}/${date.value_end}` : date.value;
}

/** A character no break, list or quote pattern matches: it stands in for every character of a quantity. */
const QUANTITY_CHAR = '0';

/**
 * The sentence view with every quantity span replaced by digits, same length:
 * a quantity is one token for the clause and list rules, so the `,` of
 * `1,075家` or `１，０７５家` is never read as a clause break.
 */
export function maskQuantities(view: string, quantities: Span[]): string {
  let out = '';
  let at = 0;
  for (const q of quantities) {
    if (q.start < at) continue;
    out += view.slice(at, q.start) + QUANTITY_CHAR.repeat(q.end - q.start);
    at = q.end;
  }
  return out + view.slice(at);
}

/**
 * The list of an article in a grouping, made (empty) when there is none. All
 * lists of a grouping are made here, by push: one kind of list for their readers
 * (a list of the organizations stage may be of another kind, `map`'s).
 */
export function listOf<T>(groups: Map<string, T[]>, articleId: string): T[] {
  let list = groups.get(articleId);
  if (!list) groups.set(articleId, list = []);
  return list;
}

/** The items of each article, in order. */
export function groupByArticle<T>(items: readonly T[], articleOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) listOf(groups, articleOf(item)).push(item);
  return groups;
}
