/**
 * A Chinese date word must be a word of its sentence (SPEC §4 Date): `明日`
 * in `光明日报`, `后天` in `然后天津`, `年初` in `青年初中` are pieces of other
 * words. jieba's tokens of the sentence (the segment stage runs before the
 * dates stage) tell: a candidate whose start or end falls inside a token is
 * a piece of that token, unless what the token adds is a frame word of dates
 * (`从今天起`, `今天上午`, `岁末年初`: `data/zh/dates.json`, `tokenPrefixes`,
 * `tokenSuffixes` and the times of day).
 */
import type { Token } from '../doc.js';
import type { DateCandidate } from '../dates/expr.js';
import { zhDateVocabulary as V } from './date-vocabulary.js';
import { tokenAround } from './tokens.js';

const prefixes: ReadonlySet<string> = new Set(V.tokenPrefixes);
const suffixes: ReadonlySet<string> = new Set([...V.tokenSuffixes, ...V.timesOfDay]);
/**
 * A number and its unit end a date whatever token the unit starts: jieba cuts
 * Arabic numbers apart from words (`5日电`, `1997年产值`), and a day number
 * names its day (`六日电`, `三十日讯`).
 */
const NUMBER_END = /(?:\d\s?\S|[〇○零一二三四五六七八九十廿卅]\s?[日号])$/;

/**
 * The candidate if its two ends are word boundaries of `tokens`; without its
 * trailing modifier if only that is glued to the next word (`１９９３年初版`
 * is 1993, `前年初秋` is 前年); else null. A partial candidate (`1` of
 * `1-2月`) ends at a range separator, which jieba may glue (`一至`).
 */
export function onWordBoundaries(c: DateCandidate, view: string, tokens: readonly Token[]): DateCandidate | null {
  const first = tokenAround(tokens, c.start);
  if (first >= 0) {
    const t = tokens[first]!;
    if (!prefixes.has(view.slice(t.start, c.start))) return null;
    if (t.end > c.end && !suffixes.has(view.slice(c.end, t.end))) return null;
  }
  const last = c.partial ? -1 : tokenAround(tokens, c.end);
  if (last < 0 || last === first) return c;
  const t = tokens[last]!;
  if (suffixes.has(view.slice(c.end, t.end)) || NUMBER_END.test(view.slice(Math.max(c.start, c.end - 3), c.end))) return c;
  const cut = c.end - c.modifier.length;
  return c.modifier && t.start === cut && view.startsWith(c.modifier, cut) && cut > c.start ? { ...c, end: cut, modifier: '' } : null;
}
