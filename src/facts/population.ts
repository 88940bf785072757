import type { Doc, Sentence } from '../doc.js';
import { lastStartingBy } from './context.js';
import { literalEnds, matchesOf } from '../matches.js';

const DIGITS = /[0-9０-９]/u;

/** How a population or a named facility is read as the topic of a clause (language data). */
export interface PopulationWords {
  /** What a population or facility ends in (`企业`, `基金公司`, `产业基地`), tested on the text up to a token's end. */
  head: RegExp;
  /** A single word that is a population's head (`基金业`, `银行业`). */
  headWord: RegExp;
  /** Bare heads that refer back to a population of their kind named before (`行业` → `基金业`, `产业园`); other bare heads (`企业`) name none. */
  references: RegExp;
  /** Bare heads that, as a topic, stand for the company just named (`企业才有了如今的收获` after `鑫景特玻`). */
  companies: RegExp;
  /** Heads that name a population on their own (`房企`, `基金公司`), though shorter than `minLength`. */
  bare: RegExp;
  /** Tags of the words inside a population (`国有`, `外商`, `上海`, `西部`). */
  innerTags: RegExp;
  /** Words that are not part of a population though tagged as inner words (`全年`, `多家`). */
  notInner: RegExp;
  /** Tags of unknown words allowed right before a population's head (`公募/x 基金`), never further from it (`占全/x 自治区农户`). */
  headTags: RegExp;
  /** Verbs allowed right before a population's head, after an inner word (`房地产开发企业`). */
  innerVerbs: RegExp;
  /** What may stand between the clause start and the topic once dates are removed (`截至`, `三是`, `助力`, `一份来自`). */
  lead: RegExp;
  /** Right after a name that is not the topic (`的`, `与`, `、`): a possessor or one item of a list. */
  notAfter: RegExp;
  /** Right after a name followed by `的` that is still the topic: the survey or report it is the scope of (`全国基金公司的行业薪资调查`). */
  surveyAfter: RegExp;
  /** Right before a name that is one item of a list (`国有、民营、私人煤炭企业`). */
  notBefore: RegExp;
  /** Clause breaks. */
  clauseBreak: RegExp;
  minLength: number;
}

/**
 * A population named in a sentence: its view span, its name, whether it
 * opens its clause (the topic), and whether it is a bare head (`行业`,
 * `产业园`) that only stands for a longer name named before.
 */
export interface Population {
  start: number;
  end: number;
  name: string;
  topic: boolean;
  bare: boolean;
  /** A bare `企业` standing for the company just named. */
  company: boolean;
}

/** Whether the view offset `i` lies in one of the document's dates. */
export function inDate(doc: Doc, s: Sentence, i: number): boolean {
  const k = lastStartingBy(doc.dates, s.map[i]!);
  return k >= 0 && doc.dates[k]!.end > s.map[i]!;
}

/**
 * The view text of [from, to) with the dates of the document left out: as
 * `inDate` per character, with the last date starting by each character
 * found by walking on (the sentence's map increases), not by a search each.
 */
function withoutDates(doc: Doc, s: Sentence, from: number, to: number): string {
  if (from >= to) return '';
  const dates = doc.dates;
  let out = '';
  let k = lastStartingBy(dates, s.map[from]!);
  for (let i = from; i < to; i++) {
    const at = s.map[i]!;
    while (k + 1 < dates.length && dates[k + 1]!.start <= at) k++;
    if (k < 0 || dates[k]!.end <= at) out += s.view[i];
  }
  return out;
}

/** Whether the name at view index `start` opens its clause: only dates and lead words (`截至`, `其中`, `助力`) before it. */
export function opensClause(doc: Doc, s: Sentence, start: number, p: PopulationWords): boolean {
  let clauseStart = 0;
  for (const m of matchesOf(p.clauseBreak, s.view.slice(0, start))) clauseStart = Math.max(clauseStart, m.index + m[0].length);
  return p.lead.test(withoutDates(doc, s, clauseStart, start).trim());
}

/**
 * Whether token `k` is part of the population after it (its head at token
 * `head`): an inner word, not a date or a number (`1997年`, `469户`); one of the
 * verbs of a trade only right before the head (`房地产开发企业`, not
 * `一份来自上海基金行业` nor `河北省进行钢铁企业`), and not after a population
 * (`千户企业实现工业`), and so is an unknown word (`公募/x 基金`, not `占全/x
 * 自治区农户`); never a lead word (`助力`), a time or vague count (`全年`,
 * `多家`), nor anything but Chinese characters (punctuation).
 */
function joinsPopulation(doc: Doc, s: Sentence, k: number, head: number, p: PopulationWords): boolean {
  const t = s.tokens[k]!;
  if (t.end !== s.tokens[k + 1]!.start || inDate(doc, s, t.start) || DIGITS.test(t.word) || p.notInner.test(t.word) || p.lead.test(t.word)) return false;
  if (p.innerTags.test(t.tag)) return true;
  if (k !== head - 1) return false;
  const before = k > 0 ? s.tokens[k - 1] : undefined; // no read before the list: it would deoptimize
  return p.headTags.test(t.tag) || (p.innerVerbs.test(t.word) && !(before && p.head.test(before.word)));
}

/** A pattern whose source ends in one character other than ASCII (no escape, class or quantifier) before `$`. */
const LITERAL_LAST = /[^\x00-\x7f]\$$/u;
const lastUnitOf = new WeakMap<RegExp, number | null>();

/**
 * The code unit every text a pattern matches ends with, when the pattern has
 * no alternation and its source ends in one non-ASCII character before `$`
 * (`^.+[^创毕]业$`); else null (it may end anywhere). A cheap test to run
 * before the pattern on every token.
 */
function lastUnit(pattern: RegExp): number | null {
  let unit = lastUnitOf.get(pattern);
  if (unit === undefined) {
    const literal = !/[im]/u.test(pattern.flags) && !pattern.source.includes('|') && LITERAL_LAST.test(pattern.source);
    lastUnitOf.set(pattern, unit = literal ? pattern.source.charCodeAt(pattern.source.length - 2) : null);
  }
  return unit;
}

/**
 * The populations of a sentence: a noun phrase ending in a population head
 * (`房地产开发企业`, `上海基金行业`, `西部智能阀门产业基地`) that is not followed
 * by a list `、和`, nor preceded by a list `、`. It is the topic when it opens
 * its clause (after dates and lead words such as `截至`, `助力`); followed by a
 * possessive `的`, only then (`千户大型企业的亏损面`) or when a survey of it
 * follows (`全国基金公司的行业薪资调查`).
 */
export function populationsIn(doc: Doc, s: Sentence, p: PopulationWords): Population[] {
  const out: Population[] = [];
  const headEnds = literalEnds(p.head); // most tokens end in no head's last character
  const headWordEnd = lastUnit(p.headWord); // nor in a head word's
  for (let k = 0; k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    const endsInHead = (headEnds === null || headEnds.has(s.view.charCodeAt(t.end - 1))) && p.head.test(s.view.slice(Math.max(0, t.end - 8), t.end));
    const headWord = !endsInHead && (headWordEnd === null || t.word.charCodeAt(t.word.length - 1) === headWordEnd) && p.headWord.test(t.word);
    if (!(endsInHead || headWord)) continue;
    const after = s.view.slice(t.end, t.end + 12);
    const possessor = after.startsWith('的');
    // Tested for every candidate, not only on the rare paths that ask: code first run after optimization deoptimizes.
    const survey = p.surveyAfter.test(after);
    if (p.notAfter.test(after) && !possessor && !survey) continue;
    let first = k;
    while (first > 0) {
      const before = first - 1;
      if (!joinsPopulation(doc, s, before, k, p)) break;
      first = before;
    }
    const start = s.tokens[first]!.start;
    const name = s.view.slice(start, t.end);
    if (p.notBefore.test(s.view.slice(Math.max(0, start - 1), start))) continue;
    const bare = name.length < p.minLength && !p.bare.test(name);
    const company = bare && p.companies.test(name);
    const reference = p.references.test(name); // for every candidate, as `survey`
    if (bare && !company && !reference) continue;
    const topic = opensClause(doc, s, start, p);
    // `千户大型企业的亏损面为30.7%`: a possessor that opens its clause owns what follows; elsewhere (`占千户企业的`) it is not the topic.
    if (possessor && !(topic && !bare) && !survey) continue;
    out.push({ start, end: t.end, name, topic, bare, company });
  }
  return out;
}
