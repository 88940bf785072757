/**
 * English number words (`data/en/numerals.json`), validated once at load:
 * cardinals, scales and ordinal denominators, with the reader of a cardinal
 * phrase (`one hundred and three` → 103). Used by the fraction reader and the
 * number-word finder, so neither needs compromise.
 */
import { loadDataJson } from '../data-file.js';
import { z } from 'zod';

const table = z.record(z.string(), z.number());
const numeralsSchema = z.object({
  $comment: z.string().optional(),
  units: table, tens: table, scales: table, denominators: table, compoundOrdinals: table,
  timeDenominators: z.array(z.string()),
}).strict();
export const numerals = loadDataJson('en/numerals.json', numeralsSchema);

export const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const CARDINAL_WORD = alt([...Object.keys(numerals.units), ...Object.keys(numerals.tens), ...Object.keys(numerals.scales)]);
export const CARDINAL = `(?:${CARDINAL_WORD})(?:(?:[\\s-]+|\\s+and\\s+)(?:${CARDINAL_WORD}))*`;

/** The value of cardinal words: `one hundred and three` → 103 (a leading figure too: `3 million`). */
export function cardinalValue(text: string): number | null {
  let total = 0;
  let group = 0;
  for (const w of text.toLowerCase().split(/[\s-]+/)) {
    if (w === 'and') continue;
    if (/^\d+(?:\.\d+)?$/.test(w)) group += Number(w);
    else
    if (w in numerals.units) group += numerals.units[w]!;
    else if (w in numerals.tens) group += numerals.tens[w]!;
    else if (w === 'hundred') group = (group || 1) * 100;
    else if (w in numerals.scales) {
      total += (group || 1) * numerals.scales[w]!;
      group = 0;
    } else return null;
  }
  return total + group;
}
