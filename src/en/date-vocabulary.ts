/** The English date vocabulary (`data/en/dates.json`), validated once at load. */
import { loadDataJson } from '../data-file.js';
import { z } from 'zod';

const table = z.record(z.string().min(1), z.number().int());
const words = z.array(z.string().min(1)).min(1);

const schema = z.object({
  months: z.record(z.string().min(3), z.number().int().min(1).max(12)),
  weekdays: z.record(z.string().min(3), z.number().int().min(1).max(7)),
  relativeDays: table,
  relativeSteps: table,
  cardinals: table,
  ordinals: table,
  periodModifiers: z.record(z.string().min(1), z.string().min(1)),
  monthLeadIns: words,
  yearLeadIns: words,
  futureCues: words,
  contractNouns: words,
  contractModifiers: words,
  notContractAfter: words,
});

export type EnDateVocabulary = z.infer<typeof schema>;

export const enDateVocabulary: EnDateVocabulary = loadDataJson('en/dates.json', schema);

/**
 * Day-of-month words: `first` … `thirty-first` and `one` … `thirty one`,
 * composed from the tens and units of the vocabulary.
 */
export function dayWords(v: EnDateVocabulary): Map<string, number> {
  const out = new Map<string, number>();
  for (const [w, n] of [...Object.entries(v.cardinals), ...Object.entries(v.ordinals)]) if (n <= 31) out.set(w, n);
  for (const [tens, t] of Object.entries(v.cardinals).filter(([, n]) => n === 20 || n === 30)) {
    for (const [w, n] of [...Object.entries(v.cardinals), ...Object.entries(v.ordinals)]) {
      if (n >= 1 && n <= 9 && t + n <= 31) for (const sep of ['-', ' ']) out.set(`${tens}${sep}${w}`, t + n);
    }
  }
  return out;
}
