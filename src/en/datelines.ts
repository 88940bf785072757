/**
 * English datelines: `BEIJING, Jan. 5 (Xinhua) --`, `WASHINGTON, March 3, 2024 —`.
 * Mirrors `zh/datelines.ts`.
 */
import type { DatelineMatch } from '../zh/datelines.js';
import { enDateVocabulary as V } from './date-vocabulary.js';

const MONTHS = Object.keys(V.months).sort((a, b) => b.length - a.length).join('|');
const dateline = new RegExp(
  `^\\s*[A-Z][A-Z .'’-]{1,40},\\s+(?<mon>${MONTHS})\\.?\\s+(?<d>3[01]|[12]\\d|0?[1-9])(?:,\\s*(?<y>\\d{4}))?\\s*(?:\\(|--|—|–)`, 'i');

/** The dateline at the head of `line`, if it has one. */
export function readEnDateline(line: string): DatelineMatch | null {
  const g = dateline.exec(line)?.groups;
  if (!g || !/^\s*[A-Z]{2}/.test(line)) return null;
  const month = V.months[g.mon!.toLowerCase()]!;
  return { ...(g.y ? { year: Number(g.y) } : {}), month, day: Number(g.d), kind: 'agency' };
}
