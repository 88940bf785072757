import type { Stage } from '../stage.js';

const FULLWIDTH = /[\uff01-\uff5e\u3000]/g;

/**
 * Fold full-width ASCII (U+FF01–FF5E) to ASCII and the ideographic space
 * (U+3000) to a space, one code unit for one, so every offset stays valid.
 * Deliberately not NFKC: that changes lengths and meanings (`①` → `1`).
 */
export function foldFullWidth(text: string): string {
  return text.replace(FULLWIDTH, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

export const normalizeStage: Stage = {
  name: 'normalize',
  run: (doc) => ({ ...doc, norm: foldFullWidth(doc.text) }),
};
