/**
 * Short forms a company's full name implies: `绿城集团` → `绿城`, `深圳赛格集团有限公司`
 * → `赛格`. Within an issue, the short form used alone after the full name is
 * that company (canonical = the full name). Only a brand word qualifies: the
 * first token after any places, tagged as a name or noun, neither generic nor a
 * trade word, and followed by more of the name; a later occurrence counts only
 * as a whole jieba token with such a tag (not `南方|地区`, not `招商|引资`).
 */
import type { OrgType, Token } from '../doc.js';
import { isCategoryWord, tokensIn } from './org-body.js';
import { bodyRules } from './org-lexicon.js';

const SHORT_FORM_TYPES: ReadonlySet<OrgType> = new Set(['company', 'bank']);
// not person tags: 李宁 of 李宁体育用品有限公司 is more often the athlete
const BRAND_TAGS = new Set(['nz', 'x', 'j', 'eng']);

/** A brand word; a common noun (绿城/n) only when `nounOk` (钢琴|厂 names a product, not a brand). */
function isBrandToken(t: Token, nounOk: boolean): boolean {
  return (BRAND_TAGS.has(t.tag) || nounOk && t.tag === 'n') && t.word.length >= 2 && /^[\p{Script=Han}A-Za-z]+$/u.test(t.word) && !isCategoryWord(t.word, true);
}

/** The short form implied by the organization at [start, end) of a view, if any. */
export function impliedShortForm(tokens: Token[], start: number, end: number, type: OrgType): string | null {
  if (!SHORT_FORM_TYPES.has(type)) return null;
  const inside = tokensIn(tokens, start, end);
  let i = 0;
  while (i < inside.length && inside[i]!.tag === 'ns') i++;
  const brand = inside[i];
  if (!brand || brand.start < start || i === inside.length - 1) return null;
  // a noun is a brand only as the whole name before a group head (绿城|集团, 南方|基金);
  // after a place or before a factory it names a product (珠江|钢琴|集团, 钢琴|厂)
  const nounOk = i === 0 && inside.length === 2 && bodyRules.nounBrandHeads.has(inside[1]!.word);
  if (!isBrandToken(brand, nounOk)) return null;
  return brand.word;
}

/** Whether the occurrence of a short form at [start, end) is a word of its own that can name something. */
export function isShortFormWord(tokens: Token[], start: number, end: number): boolean {
  const [only, ...rest] = tokensIn(tokens, start, end);
  return !!only && rest.length === 0 && only.start === start && only.end === end && isBrandToken(only, true);
}
