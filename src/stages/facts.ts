import type { DateMention, Doc, Fact, FactStatus, Quantity, Sentence } from '../doc.js';
import { firstStartingFrom, groupByArticle, headingOfBullet, lastStartingBy, listOf, viewIndex } from '../facts/context.js';
import { factPeriod, lastPeriodIn, withPastYears } from '../facts/period.js';
import { ArticleContext } from '../facts/article-context.js';
import { itemSubject, subjectOf } from '../facts/subject.js';
import { originalText } from '../original-text.js';
import type { Stage } from '../stage.js';
import { zhFactVocabulary as vocab } from '../zh/fact-vocabulary.js';
import { endsWith } from '../zh/fact-metric.js';
import { zhSentenceFacts, type FactDraft, type ViewQuantity } from '../zh/facts.js';
import { statusCues, zhStatus } from '../zh/fact-status.js';
import { enFactWords, enSentenceFacts } from '../en/facts.js';
import { articleTitle, datelineCountry, enPeriodIn, firstPeriodIn, halfYearOf, yearBefore } from '../en/fact-context.js';

function sentenceText(doc: Doc, s: Sentence): string {
  return originalText(doc.text, s.map).replace(/\s*\n\s*/g, ' ');
}

/** A list whose items open sentences (`二是`, `三、`, `———`): the period and status stated before its first item. */
interface List {
  period: DateMention | null;
  status: FactStatus | null;
}

/** What a sentence's facts are read against: the article so far and the period carried from earlier sentences. */
interface Reading {
  article: ArticleContext;
  carriedPeriod: DateMention | null;
  /** The year the article's title writes out (`一九九七年全球企业兼并创纪录`; not `年内`): its figures' period when their paragraph states none. */
  titlePeriod: DateMention | null;
  list: List | null;
  /** The view of the sentence before, which may introduce a list (`…如下特点：`, `政策措施：`). */
  previousView: string;
  /** The quantities owned by an item of a total (`其中民政部门498.8亿元`): their subject is not carried on. */
  owned: Set<string>;
}

/** The quantity of a sentence with the id (a loop: a sentence has a few, a map of them costs more). */
function withId(inView: ViewQuantity[], id: string): ViewQuantity {
  for (const q of inView) if (q.id === id) return q;
  throw new Error(`no quantity ${id} in the sentence`);
}

/** A fact, numbered later (`extractFacts`). Facts are only ever made by this literal: one shape for every reader of them. */
function toFact(s: Sentence, text: string, q: ViewQuantity, d: FactDraft, subject: string, period: string, status: FactStatus): Fact {
  return {
    id: '', article_id: s.articleId, quantity_id: q.id, metric: d.metric, subject, period, status,
    kind: d.kind, value: d.fall ? -Math.abs(q.value) : q.value, unit: q.unit, sentence: text,
  };
}

/** A balance (`存款余额`, a count of firms, `比年初增长`) is read at a month's end, not summed up to it. */
function isBalance(q: ViewQuantity, d: FactDraft, s: Sentence): boolean {
  return q.dimension === 'count' || vocab.balanceMetric.test(d.metric) || vocab.balanceCue.test(s.view);
}

/**
 * Whether the period carried from earlier sentences holds for a number: not
 * after a word of the present (`目前`, `正在`) or a span of years (`3年内`)
 * before it in its sentence, not inside a quotation (a speaker's own words),
 * and not for a target when it ended before the article's year (a plan is
 * never for a past year).
 */
function carries(doc: Doc, s: Sentence, q: ViewQuantity, target: boolean, carried: DateMention): boolean {
  const before = s.view.slice(0, q.start);
  if (vocab.presentWords.test(before) || vocab.spanBefore.test(before) || isQuoted(doc, s.map[q.start]!)) return false;
  const year = doc.articles.find((a) => a.id === s.articleId)?.dateline ?? doc.issueDate;
  return !target || !year || (carried.value_end ?? carried.value).slice(0, 4) >= year.slice(0, 4);
}

/** Whether an offset lies inside a quotation opened earlier in its paragraph. */
function isQuoted(doc: Doc, at: number): boolean {
  const line = doc.lines[lastStartingBy(doc.lines, at)];
  const text = line ? doc.norm.slice(line.start, at) : '';
  return (text.match(vocab.quotationOpen)?.length ?? 0) > (text.match(vocab.quotationClose)?.length ?? 0);
}

/**
 * Period of a Chinese fact: the last reporting period before the number in
 * its sentence (never a comparison base), else the heading of its bullet
 * list, else the period carried from earlier in the article when it holds
 * (`carries`); a current figure (`由目前的9%`) has none.
 */
function zhFacts(doc: Doc, s: Sentence, inView: ViewQuantity[], reading: Reading, out: Fact[]): void {
  const drafts = zhSentenceFacts(s, inView);
  if (drafts.length === 0) return;
  const heading = headingOfBullet(doc.lines, s.start);
  const headingText = heading ? doc.norm.slice(heading.start, heading.end) : '';
  const cues = statusCues(s, inView);
  const text = sentenceText(doc, s); // once for all the sentence's facts
  for (const d of drafts) {
    const q = withId(inView, d.quantityId);
    const at = s.map[q.start]!;
    const present = endsWith(vocab.presentBefore, s.view.slice(0, q.start)); // `由目前的9%`: a current figure
    const status = zhStatus(s, q, d, cues, reading.list?.status ?? null, headingText, present);
    const before = reading.carriedPeriod ?? reading.titlePeriod;
    const carried = before && carries(doc, s, q, status === 'target', before) ? before : null;
    const date = present ? null : lastPeriodIn(doc, s.start, at, vocab.periodWords)
      ?? (heading ? lastPeriodIn(doc, heading.start, heading.end, vocab.periodWords) : null) ?? carried;
    // `其中民政部门498.8亿元`: an item of a total that is an agent owns its figure; its subject is not carried on.
    const owner = d.item ? itemSubject(s, at, vocab.subjectWords) : '';
    if (owner) reading.owned.add(q.id);
    const subject = owner || subjectOf(doc, s, at, vocab.subjectWords, reading.article, d.metric);
    out.push(toFact(s, text, q, d, subject, date ? factPeriod(doc, date, isBalance(q, d, s), vocab.periodWords) : '', status));
  }
}

/**
 * English periods come before or after the number (`rose 5% in 2023`): the
 * nearest of the sentence, else the carried one; a market quote with none is
 * the price of the day the issue is dated; a current figure (`has`,
 * `currently quoted at`) has none. A table row gives no facts.
 */
function enFacts(doc: Doc, s: Sentence, inView: ViewQuantity[], reading: Reading, out: Fact[]): void {
  if (s.table) return;
  const drafts = enSentenceFacts(s.view, inView);
  const text = drafts.length ? sentenceText(doc, s) : ''; // once for all the sentence's facts
  for (const d of drafts) {
    const q = withId(inView, d.quantityId);
    const at = s.map[q.start]!;
    const present = d.present || enFactWords.presentWords.test(s.view.slice(0, q.start));
    const date = enPeriodIn(doc, s, at, s.map[q.end - 1]! + 1) ?? (d.market || present ? null : reading.carriedPeriod);
    const undated = d.market ? doc.issueDate ?? '' : present || d.status ? '' : halfYearOf(doc, [s.view, articleTitle(doc, s.articleId)]);
    const stated = date ? factPeriod(doc, date, false, enFactWords.periodWords) : undated;
    const period = d.yearEarlier && date && date.end <= at ? yearBefore(stated) : stated;
    const country = !d.subject && enFactWords.macroMetric.test(d.metric) ? datelineCountry(doc, s.articleId) : '';
    const subject = d.subject || country || subjectOf(doc, s, at, enFactWords.subjectWords, reading.article);
    out.push(toFact(s, text, q, d, subject, period, d.status ?? 'actual'));
  }
}

/** The sentence's facts, in a list of its own even when empty (so every such list is of one kind). */
function factsOfSentence(doc: Doc, s: Sentence, quantities: Quantity[], reading: Reading): Fact[] {
  const inView: ViewQuantity[] = [];
  for (const q of quantities) {
    const start = viewIndex(s, q.start);
    const last = viewIndex(s, q.end - 1);
    if (start >= 0 && last >= 0) {
      inView.push({ id: q.id, unit: q.unit, unit_text: q.unit_text, dimension: q.dimension, value: q.value, text: q.text, start, end: last + 1 });
    }
  }
  const out: Fact[] = [];
  if (inView.length === 0) return out;
  if (s.lang === 'zh') zhFacts(doc, s, inView, reading, out);
  else enFacts(doc, s, inView, reading, out);
  return out;
}

/**
 * Opens a Chinese sentence: an item of a list (`二是`, `三、`, `———`, or a
 * colon followed by the first item: `具体表现在：一是…`) starts
 * from the list's period — the period carried to its first item, from the
 * paragraph before when that one introduced the list with a colon — and a
 * list introduced by policy measures (`政策措施：`) makes its items targets.
 * Any other sentence opening a paragraph starts empty and ends the list.
 * True for an item.
 */
function openSentence(s: Sentence, reading: Reading, newParagraph: boolean): boolean {
  const item = vocab.listItem.test(s.view);
  if (item) {
    if (!reading.list) {
      const introduced = !newParagraph || vocab.listIntroEnd.test(reading.previousView);
      const status = vocab.targetListIntro.test(reading.previousView + s.view) ? 'target' : null;
      const carried = reading.carriedPeriod; // read even when not kept: a read first made late (an introduced list) would deoptimize
      reading.list = { period: introduced ? carried : null, status };
    }
    reading.carriedPeriod = reading.list.period;
  } else if (newParagraph) {
    reading.carriedPeriod = null;
    reading.list = null;
  }
  return item;
}

/**
 * Where the last sentence of an article that holds a number starts, or -1:
 * a sentence after it makes no fact, and what it says is read by no later fact.
 */
function lastWithNumber(doc: Doc, sentences: Sentence[]): number {
  for (let k = sentences.length - 1; k >= 0; k--) {
    const s = sentences[k]!;
    const q = firstStartingFrom(doc.quantities, s.start);
    if (q < doc.quantities.length && doc.quantities[q]!.start < s.end) return s.start;
  }
  return -1;
}

/**
 * Facts: each statistic quantity tied to its metric, with subject, period,
 * status and kind. Sentences are read in order: the period of a paragraph
 * and the subject of an article carry over to later sentences that state none.
 * Chinese rules in `zh/facts.ts`; English ones (a verb before the number) in `en/facts.ts`.
 */
export function extractFacts(doc: Doc): Fact[] {
  const dated = withPastYears(doc, vocab.pastYear);
  const facts: Fact[] = [];
  let reading: Reading | null = null;
  let articleId: string | null = null;
  let lastRead = -1; // where the article's last sentence with a number starts
  let line = -1;
  const byArticle = groupByArticle(doc.sentences, (s) => s.articleId);
  const orgsByArticle = groupByArticle(doc.organizations, (o) => o.article_id);
  for (const s of doc.sentences) {
    // A period carries over within its paragraph only (a wire story's paragraph is one sentence: within the article).
    const paragraph = lastStartingBy(doc.lines, s.start);
    if (s.articleId !== articleId) {
      reading = null;
      articleId = s.articleId;
      lastRead = lastWithNumber(doc, listOf(byArticle, s.articleId));
    }
    if (s.start > lastRead) { // nothing left to read in the article (an article with no number is not read at all)
      line = paragraph;
      continue;
    }
    const words = s.lang === 'zh' ? vocab : enFactWords;
    if (!reading) {
      const article = new ArticleContext(doc, listOf(byArticle, s.articleId), listOf(orgsByArticle, s.articleId), words.subjectWords);
      const title = doc.lines.find((l) => l.articleId === s.articleId && l.role === 'title');
      const titlePeriod = title && s.lang === 'zh' ? lastPeriodIn(dated, title.start, title.end, vocab.periodWords) : null;
      reading = { article, carriedPeriod: null, titlePeriod: titlePeriod?.relative ? null : titlePeriod, list: null, previousView: '', owned: new Set() };
    }
    const item = s.lang === 'zh' && openSentence(s, reading, paragraph !== line);
    // So does a subject: a new paragraph falls back on what the article is about.
    if (paragraph !== line && s.lang === 'zh') reading.article.carried = '';
    line = paragraph;
    const from = firstStartingFrom(doc.quantities, s.start);
    const inside: Quantity[] = [];
    for (let k = from; k < doc.quantities.length && doc.quantities[k]!.start < s.end; k++) {
      if (doc.quantities[k]!.end <= s.end) inside.push(doc.quantities[k]!);
    }
    const made = factsOfSentence(dated, s, inside, reading);
    for (const f of made) facts.push(f);
    reading.article.read(doc, s, words.subjectWords);
    for (let k = made.length - 1; k >= 0; k--) {
      if (reading.owned.has(made[k]!.quantity_id)) continue;
      reading.article.carried = made[k]!.subject; // the last fact whose subject is not an item's own carries
      break;
    }
    // A sentence with neither a period nor a fact ends the run of figures the period covers (an item of a list does not);
    // a single day dates its own sentence's event only.
    const stated = s.lang === 'zh' ? lastPeriodIn(dated, s.start, s.end, words.periodWords, false) : firstPeriodIn(doc, s);
    reading.carriedPeriod = stated ?? (made.length || item ? reading.carriedPeriod : null);
    reading.previousView = s.view;
  }
  datedHeadlines(doc, facts);
  facts.forEach((f, k) => { f.id = `f${k + 1}`; });
  return facts;
}

/**
 * A figure of a title or heading with no period repeats one of its article
 * (`国内生产总值增长9.5%` above `…增长9.5%`): it takes the period of the
 * article's fact of the same value, unit and kind.
 */
function datedHeadlines(doc: Doc, facts: Fact[]): void {
  let starts: Map<string, number> | null = null; // made only when a fact has no period
  const isHeadline = (f: Fact) => {
    starts ??= new Map(doc.quantities.map((q) => [q.id, q.start]));
    const role = doc.lines[lastStartingBy(doc.lines, starts.get(f.quantity_id) ?? -1)]?.role;
    return role === 'title' || role === 'heading';
  };
  // Every period is looked up among the periods as stated, before any is filled in.
  const periods = facts.map((f) => {
    if (f.period || !isHeadline(f)) return f.period;
    const same = facts.find((o) => o.period && o.article_id === f.article_id && o.value === f.value && o.unit === f.unit && o.kind === f.kind);
    return same ? same.period : f.period;
  });
  facts.forEach((f, k) => { f.period = periods[k]!; });
}

export const factsStage: Stage = {
  name: 'facts',
  run: (doc) => ({ ...doc, facts: extractFacts(doc) }),
};
