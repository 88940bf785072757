import { viewSpan, type Doc, type Lang, type Quantity, type Sentence, type Token } from '../doc.js';
import { originalText } from '../original-text.js';
import type { Stage } from '../stage.js';
import type { QuantityMatch } from '../quantity-match.js';
import { extractZhQuantities } from '../zh/quantities.js';
import { extractEnQuantities } from '../en/quantities.js';

/** By language in a map, not a record read as `record[lang]` (see `units.ts`: a keyed read is re-optimized when the second language comes). */
const EXTRACTORS: ReadonlyMap<Lang, (view: string, original: string, tokens: readonly Token[]) => QuantityMatch[]> = new Map([
  ['zh', extractZhQuantities],
  ['en', extractEnQuantities],
]);

/** The unit as written (`％`, not the folded `%`) when it stands whole inside the span. */
function unitAsWritten(view: string, original: string, m: QuantityMatch): string {
  if (!m.unit_text) return m.unit_text;
  const at = view.lastIndexOf(m.unit_text, m.end - m.unit_text.length);
  return at >= m.start ? original.slice(at, at + m.unit_text.length) : m.unit_text;
}

function toQuantity(doc: Doc, s: Sentence, original: string, m: QuantityMatch): Quantity {
  const { start, end } = viewSpan(s, m.start, m.end);
  return {
    id: '', article_id: s.articleId, start, end, text: doc.text.slice(start, end), lang: s.lang,
    value: m.value, value_max: m.value_max, unit: m.unit, unit_text: unitAsWritten(s.view, original, m),
    dimension: m.dimension, qualifier: m.qualifier,
  };
}

/**
 * Quantities (SPEC §4): each sentence view goes to its language's extractor; spans
 * are mapped back to the original text and numbered q1, q2, … in document order.
 * Numbers without a unit in table rows and captions are left out.
 * The records are made whole by one literal and numbered in place (no spread
 * copies, no `map` into a new array), so that every quantity, and every list of
 * them, has one shape for the stages that read them.
 */
export const quantitiesStage: Stage = {
  name: 'quantities',
  run: (doc) => {
    const found: Quantity[] = [];
    // Index loops, not for…of: this runs once per issue, and is compiled with its iterator protocol until it is optimized.
    for (let i = 0; i < doc.sentences.length; i++) {
      const s = doc.sentences[i]!;
      const original = originalText(doc.text, s.map);
      const matches = EXTRACTORS.get(s.lang)!(s.view, original, s.tokens);
      for (let j = 0; j < matches.length; j++) {
        const m = matches[j]!;
        // A table row's bare numbers are scores, standings, times, shirt numbers (SPEC §4: sports scores and standings
        // tables are not quantities); a number with a unit there (`$5 million` in a results table, `12.5 percent` in a
        // price list) still states an amount and stays.
        if (s.table && m.unit === '') continue;
        found.push(toQuantity(doc, s, original, m));
      }
    }
    found.sort((a, b) => a.start - b.start || a.end - b.end);
    found.forEach((q, i) => { q.id = `q${i + 1}`; });
    return { ...doc, quantities: found };
  },
};
