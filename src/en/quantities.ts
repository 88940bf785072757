import type { QuantityMatch } from '../quantity-match.js';

export function extractEnQuantities(_view: string): QuantityMatch[] {
  return [];
}
