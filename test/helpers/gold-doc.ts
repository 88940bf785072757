import { readFileSync } from 'node:fs';
import type { DateMention, Doc, Quantity } from '../../src/doc.js';
import { docOf } from './doc.js';

const GOLD = new URL('../gold/2024-02-29-chongqing-daily.gold.json', import.meta.url);
const TEXT = new URL('../../corpus/2024-02-29-chongqing-daily.txt', import.meta.url);

/**
 * The sample issue read up to the facts stage, with the hand-checked gold
 * quantities and dates in place of the extractors' (the sample has no astral
 * characters, so gold code-point offsets are UTF-16 offsets): tests the facts
 * stage on its own.
 */
export function sampleWithGoldRecords(): { doc: Doc; gold: Record<string, unknown> & { issue_id: string } } {
  const gold = JSON.parse(readFileSync(GOLD, 'utf8'));
  const doc = docOf(readFileSync(TEXT, 'utf8'), 'segment');
  return {
    gold,
    doc: {
      ...doc,
      quantities: gold.quantities.map((q: Quantity) => ({ ...q, article_id: '' })),
      dates: gold.dates as DateMention[],
    },
  };
}
