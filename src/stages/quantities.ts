import { viewSpan, type Doc, type Lang, type Quantity, type Sentence } from '../doc.js';
import type { Stage } from '../stage.js';
import type { QuantityMatch } from '../quantity-match.js';
import { extractZhQuantities } from '../zh/quantities.js';
import { extractEnQuantities } from '../en/quantities.js';

const EXTRACTORS: Record<Lang, (view: string, original: string) => QuantityMatch[]> = {
  zh: extractZhQuantities,
  en: extractEnQuantities,
};

function toQuantity(doc: Doc, s: Sentence, m: QuantityMatch): Omit<Quantity, 'id'> {
  const { start, end } = viewSpan(s, m.start, m.end);
  return {
    article_id: s.articleId, start, end, text: doc.text.slice(start, end), lang: s.lang,
    value: m.value, value_max: m.value_max, unit: m.unit, unit_text: m.unit_text,
    dimension: m.dimension, qualifier: m.qualifier,
  };
}

/**
 * Quantities (SPEC §4): each sentence view goes to its language's extractor; spans
 * are mapped back to the original text and numbered q1, q2, … in document order.
 */
export const quantitiesStage: Stage = {
  name: 'quantities',
  run: (doc) => {
    const found = doc.sentences.flatMap((s) => {
      const original = s.map.map((i) => doc.text[i]).join('');
      return EXTRACTORS[s.lang](s.view, original).map((m) => toQuantity(doc, s, m));
    });
    found.sort((a, b) => a.start - b.start || a.end - b.end);
    return { ...doc, quantities: found.map((q, i) => ({ id: `q${i + 1}`, ...q })) };
  },
};
