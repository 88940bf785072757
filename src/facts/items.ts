import type { Sentence } from '../doc.js';

/** How the items of a total (`其中民政部门498.8亿元，慈善会187.9亿元`) name their owner (language data). */
export interface ItemWords {
  /** Opens the first item (`其中`, `其中：`). */
  open: RegExp;
  /** An item that is an agent: two characters or more, then an organization's head (group `head`: `部门`, `会`, `组织`, `银行`). */
  agentHead: RegExp;
  /** Words ending in a head that name no agent (`互联网`, `夜总会`). */
  notAgent: RegExp;
}

/**
 * The owner an item of a total names (`其中民政部门498.8亿元` → `民政部门`,
 * `各类在民政部门登记的社会组织77.3亿元`): the item written before the number
 * in its clause, when it is an agent — it ends in an organization's head, with
 * at least two characters before it, and a one-character head (`会`) ends a
 * word of three characters or more (`慈善会`, not `机会`). An item that is a
 * thing (`其中：棉衣被29655.5万件`) names none (''). `number`: the view index of
 * the number; `clauseStart`: the view index its clause starts at.
 */
export function itemOwner(s: Sentence, clauseStart: number, number: number, words: ItemWords): string {
  const item = s.view.slice(clauseStart, number).replace(words.open, '').trim();
  const head = words.agentHead.exec(item)?.groups?.head;
  if (!head || words.notAgent.test(item)) return '';
  const last = s.tokens.find((t) => t.end === number);
  return head.length > 1 || (last !== undefined && last.word.length >= 3) ? item : '';
}
