/**
 * The body of a Chinese organization name: the jieba tokens in front of its
 * head word (重庆|鑫景|特种玻璃 + 有限公司, 航天|天目|(重庆)|卫星|科技 + 有限公司).
 */
import type { Token } from '../doc.js';
import { bodyRules, endsWithHead } from './org-lexicon.js';
import { tokenAt } from './tokens.js';

const NAME_TEXT = /^[\p{Script=Han}A-Za-z0-9·]+$/u;
const NAME_TAGS = new Set(['ns', 'nt', 'nz', 'j', 'x', 'eng', 'nr', 'nrt', 'nrfg']);
/** Tags of the words `和` may join inside a name (工业家|和|企业家|党). */
const JOINABLE_TAGS = new Set(['n', 'ns', 'nz', 'nt']);
const NUMBER = /^[0-9.]+$/;
const PERSON_TAGS = new Set(['nr', 'nrfg', 'nrt']);
/** Tags of a token that may stand before a leveled place inside one name (中国|重庆市, 中共|重庆市委). */
const NAME_BEFORE_PLACE_TAGS = new Set(['ns', 'nt', 'j', 'nz']);
/** An ordinal or small numeral inside a name (云南省|第二|人民医院, 北京市|五十五|中学); never its first token. */
const NAME_NUMERAL = /^第?[一二三四五六七八九十零〇]{1,3}$|^第[0-9]{1,3}$/u;
const MAX_BODY_TOKENS = 10;
const MAX_BODY_CHARS = 24;

function isBodyToken(t: Token): boolean {
  if (bodyRules.stopWords.has(t.word)) return false;
  if (t.tag === 'm') return NAME_NUMERAL.test(t.word);
  if (!bodyRules.bodyTags.has(t.tag) && !(t.tag === 'v' && bodyRules.nameVerbs.has(t.word))) return false;
  return NAME_TEXT.test(t.word) && !NUMBER.test(t.word);
}

function isNameToken(t: Token | undefined): boolean {
  return !!t && NAME_TAGS.has(t.tag) && NAME_TEXT.test(t.word) && !bodyRules.stopWords.has(t.word);
}

/** `(重庆)`, `(集团)`: a parenthesised place or name part ending at token index `close`; returns the index of `(`. */
function parenthesisedPart(tokens: Token[], close: number): number | null {
  if (tokens[close]?.word !== ')') return null;
  let t = close - 1;
  while (t >= 0 && (tokens[t]!.tag === 'ns' || bodyRules.parenthesisedWords.has(tokens[t]!.word))) t--;
  return t < close - 1 && t >= 0 && tokens[t]!.word === '(' ? t : null;
}

/**
 * A name starts again at a place after a person (赵德平|河北省|…医院) or, when the
 * place carries its level (江苏省, 保定市), after anything but a place or a name
 * of its own (…书店|江苏省|歌舞剧院, 调研员桑映洲|青海省…; but 中共|重庆市委 and
 * 北京大学|重庆|…研究院 are one name each).
 */
function restartsAt(tokens: Token[], t: number, start: number, first: number): boolean {
  const tok = tokens[t]!;
  const place = tokens[start]!;
  if (start !== t + 1 || start >= first || place.tag !== 'ns') return false;
  const leveled = bodyRules.placeLevels.has(place.word[place.word.length - 1]!) && place.word.length > 2; // 江苏省, not 新区
  if (PERSON_TAGS.has(tok.tag)) return true;
  return leveled && (endsWithHead(tok.word) || !NAME_BEFORE_PLACE_TAGS.has(tok.tag));
}

/**
 * Whether the joining token `t` (`-`, `和`) joins two parts of one name; a
 * function of its own, as hyphens are rare: walkLeft is not compiled again
 * by V8 when the first one turns up.
 */
function joinsInName(tokens: Token[], t: number): boolean {
  const tok = tokens[t]!;
  const left = t > 0 ? tokens[t - 1]! : undefined;
  const right = tokens[t + 1]!;
  return !!left && isBodyToken(left) && left.end === tok.start && (tok.word === '-'
    ? isNameToken(left)
    : JOINABLE_TAGS.has(left.tag) && JOINABLE_TAGS.has(right.tag) && !endsWithHead(left.word));
}

/**
 * Index of the first token of the body that ends right before token `first`
 * (exclusive), walking left while tokens can be part of a name.
 * Returns `first` when no token qualifies.
 */
function walkLeft(tokens: Token[], first: number): number {
  let start = first;
  let chars = 0;
  for (let t = first - 1; t >= 0 && first - t <= MAX_BODY_TOKENS; t--) {
    const tok = tokens[t]!;
    if (tok.end !== tokens[t + 1]!.start) break;
    const open = parenthesisedPart(tokens, t);
    if (open !== null) { start = t = open; continue; }
    if (restartsAt(tokens, t, start, first)) break;
    const joins = tok.word === '-' || (tok.word === '和' && tok.tag === 'c' && t + 1 < first);
    if (joins) {
      if (!joinsInName(tokens, t)) break;
      start = t;
      continue;
    }
    if (!isBodyToken(tok)) break;
    chars += tok.word.length;
    if (chars > MAX_BODY_CHARS) break;
    start = t;
  }
  return start;
}

/** Drop leading tokens that cannot start a name (verbs, joiners) and glued function characters. */
function trimLead(tokens: Token[], start: number, first: number): { index: number; offset: number } {
  let i = start;
  while (i < first) {
    const tok = tokens[i]!;
    const adjectiveBeforePlace = (tok.tag === 'a' || tok.tag === 'b') && tokens[i + 1]?.tag === 'ns';
    if (bodyRules.leadTags.has(tok.tag) && tok.word !== '和' || adjectiveBeforePlace) break;
    i++;
  }
  // 以金凤 → 金凤, 从市 → 市; 这是 / 后经 (a function word glued to a function word) → dropped
  const lead = tokens[i];
  if (lead && i < first && lead.tag === 'x' && lead.word.length >= 2 && bodyRules.gluedLead.has(lead.word[0]!)) {
    const rest = lead.word.slice(1);
    if (rest.length >= 2 || bodyRules.placeLevels.has(rest)) return { index: i, offset: lead.start + 1 };
    return trimLead(tokens, i + 1, first);
  }
  return { index: i, offset: tokens[i]?.start ?? 0 };
}

/**
 * Start offset (in the view) of the name whose head word begins in token
 * `first`, or `null` when no body qualifies.
 */
export function bodyStart(tokens: Token[], first: number): number {
  const start = walkLeft(tokens, first);
  if (start === first) return tokens[first]!.start;
  return trimLead(tokens, start, first).offset;
}

const COUNT_BEFORE = new RegExp(`[0-9一二三四五六七八九十两几首数多]\\s*[${[...bodyRules.countClassifiers].join('')}]?$`, 'u');

/** True when a count stands right before `start` (4个|重庆科创实验室, 10家|金融机构): a category. */
export function countedBefore(view: string, start: number): boolean {
  return COUNT_BEFORE.test(view.slice(Math.max(0, start - 3), start));
}

/*
 * The token reads below check their index against the list rather than read
 * past its end: a read out of bounds de-optimizes V8's compiled code once.
 */

/** The token that starts at `offset`, if any. */
export function tokenStartingAt(tokens: Token[], offset: number): Token | undefined {
  const t = tokenAt(tokens, offset);
  return t < tokens.length && tokens[t]!.start === offset ? tokens[t] : undefined;
}

/** Whether `offset` falls on a token boundary (or the token there is a place glued to it: 重庆市委). */
export function onBoundary(tokens: Token[], offset: number): boolean {
  const t = tokenAt(tokens, offset);
  return offset === 0 || (t < tokens.length && tokens[t]!.start === offset) || (t > 0 && tokens[t - 1]!.end === offset);
}

/** The tokens overlapping [start, end). */
export function tokensIn(tokens: Token[], start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = tokenAt(tokens, start); i < tokens.length && tokens[i]!.start < end; i++) out.push(tokens[i]!);
  return out;
}

/** Body words that only make a category (国家|重点|实验室, 科技|公司). */
function bodyWords(tokens: Token[], start: number, headStart: number): string[] {
  const words: string[] = []; // pushed, not `map`ped: V8's optimized `map` makes arrays of another kind (holey) than the interpreter's
  for (const t of tokensIn(tokens, start, headStart)) words.push(t.word.slice(Math.max(0, start - t.start), Math.min(t.end, headStart) - t.start));
  return words;
}

/**
 * A word that alone makes a category: generic (国家, 重点) or, before a
 * `nameBody` head, a trade (建筑|公司) or two such words glued (商业信息|公司).
 */
export function isCategoryWord(w: string, withTrades: boolean): boolean {
  const generic = (x: string) => bodyRules.genericBody.has(x) || withTrades && bodyRules.tradeWords.has(x);
  if (generic(w)) return true;
  if (!withTrades) return false;
  for (let i = 2; i <= w.length - 2; i++) if (generic(w.slice(0, i)) && generic(w.slice(i))) return true;
  return false;
}

export function isGenericBody(tokens: Token[], start: number, headStart: number, withTrades = false): boolean {
  const words = bodyWords(tokens, start, headStart);
  return words.length > 0 && words.every((w) => isCategoryWord(w, withTrades));
}

const PROPER_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'nt', 'j', 'x', 'eng', 'm']);

/** Whether a proper name (place, person, brand, number as in 八一队) is among the tokens of [start, end). */
export function hasProperName(tokens: Token[], start: number, end: number): boolean {
  return tokensIn(tokens, start, end).some((t) => PROPER_TAGS.has(t.tag));
}

/**
 * Whether a body without a proper-name tag is still a name before a strong head
 * (赛格|集团, 绿城|集团: brands jieba tags as common nouns): at most two noun
 * tokens, one of them neither generic nor a trade word (纺织, 建筑), and a clear
 * left boundary (the sentence start, punctuation, a preposition, verb or conjunction).
 */
export function isUnknownWordName(tokens: Token[], start: number, headStart: number): boolean {
  const inBody = tokensIn(tokens, start, headStart);
  if (inBody.length === 0 || inBody.length > 2 || !inBody.every((t) => bodyRules.unknownNameTags.has(t.tag))) return false;
  const named = bodyWords(tokens, start, headStart).some((w) => w.length >= 2 && !isCategoryWord(w, true));
  const before = tokens[tokenAt(tokens, start) - 1];
  const clearLeft = !before || before.end < start || bodyRules.clearLeftTags.has(before.tag) && !NAME_TEXT.test(before.word)
    || bodyRules.clearLeftWordTags.has(before.tag);
  return named && clearLeft;
}
