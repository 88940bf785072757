import type { Doc, Fact, FactStatus, Quantity, Sentence } from '../doc.js';
import { firstStartingFrom, headingOfBullet, nearestPeriod, periodBetween, viewIndex } from '../facts/context.js';
import { originalText } from '../original-text.js';
import type { Stage } from '../stage.js';
import { zhFactVocabulary as vocab } from '../zh/fact-vocabulary.js';
import { zhSentenceFacts, type FactDraft, type ViewQuantity } from '../zh/facts.js';
import { enSentenceFacts } from '../en/facts.js';

const PUNCTUATION = /^[\p{P}\p{S}\s]+$/u;

/** Status from the last cue word before the number: `预计` estimate, `力争`/`将` target, `已` actual. */
function statusBefore(sentence: Sentence, viewAt: number): FactStatus | null {
  let status: FactStatus | null = null;
  sentence.tokens.forEach((t, k) => {
    if (t.end > viewAt) return;
    const next = sentence.tokens[k + 1];
    if (vocab.disposalMarkers.has(t.word) && next && vocab.disposalObjectTags.test(next.tag)) return;
    if (vocab.estimateCues.has(t.word)) status = 'estimate';
    else if (vocab.targetCues.has(t.word)) status = 'target';
    else if (vocab.targetBlockers.has(t.word)) status = 'actual';
  });
  if (!status && vocab.targetPattern.test(sentence.view.slice(0, viewAt))) status = 'target';
  return status;
}

/** Status a heading gives the bullets under it (`2024年“路线图”` → target). */
function statusOfHeading(text: string): FactStatus | null {
  for (const cue of vocab.estimateCues) if (cue.length > 1 && text.includes(cue)) return 'estimate';
  for (const cue of vocab.targetCues) if (cue.length > 1 && text.includes(cue)) return 'target';
  return null;
}

/**
 * Where the number is about, when the sentence opens with a place as its
 * subject (`垫江对标…`, `重庆累计建成…`): a place name standing alone (not the
 * first word of a compound name), before the number. Otherwise empty: the
 * subject is not guessed.
 */
function subjectOf(s: Sentence, viewAt: number): string {
  const lede = vocab.ledePrefix.exec(s.view)?.[0].length ?? 0;
  const k = s.tokens.findIndex((t) => t.start >= lede && !(vocab.leadWords.has(t.word) || vocab.leadTags.has(t.tag) || PUNCTUATION.test(t.word)));
  const first = s.tokens[k];
  const next = s.tokens[k + 1];
  if (!first || first.end > viewAt || !vocab.placeTags.has(first.tag) || first.word.length < 2) return '';
  const compound = next && (vocab.nounTags.test(next.tag) || (next.tag === 'x' && !PUNCTUATION.test(next.word)));
  return compound ? '' : first.word;
}

function sentenceText(doc: Doc, s: Sentence): string {
  return originalText(doc.text, s.map).replace(/\s*\n\s*/g, ' ');
}

type SentenceFact = Omit<Fact, 'id'>;

function toFact(doc: Doc, s: Sentence, q: ViewQuantity, d: FactDraft, rest: Pick<Fact, 'subject' | 'period' | 'status'>): SentenceFact {
  return {
    article_id: s.articleId, quantity_id: q.id, metric: d.metric, ...rest,
    kind: d.kind, value: d.fall ? -Math.abs(q.value) : q.value, unit: q.unit, sentence: sentenceText(doc, s),
  };
}

function zhFacts(doc: Doc, s: Sentence, inView: ViewQuantity[]): SentenceFact[] {
  const heading = headingOfBullet(doc.lines, s.start);
  const headingText = heading ? doc.norm.slice(heading.start, heading.end) : '';
  const byId = new Map(inView.map((q) => [q.id, q]));
  return zhSentenceFacts(s, inView).map((d) => {
    const q = byId.get(d.quantityId)!;
    return toFact(doc, s, q, d, {
      subject: subjectOf(s, q.start),
      period: periodBetween(doc, s.start, s.map[q.start]!) || (heading ? periodBetween(doc, heading.start, heading.end) : ''),
      status: statusBefore(s, q.start) ?? statusOfHeading(headingText) ?? 'actual',
    });
  });
}

/** English periods come before or after the number (`rose 5% in 2023`): the nearest non-day date of the sentence. */
function enFacts(doc: Doc, s: Sentence, inView: ViewQuantity[]): SentenceFact[] {
  const byId = new Map(inView.map((q) => [q.id, q]));
  return enSentenceFacts(s.view, inView).map((d) => {
    const q = byId.get(d.quantityId)!;
    const period = nearestPeriod(doc, s.start, s.end, s.map[q.start]!);
    return toFact(doc, s, q, d, { subject: d.subject, period, status: d.status ?? 'actual' });
  });
}

function factsOfSentence(doc: Doc, s: Sentence, quantities: Quantity[]): SentenceFact[] {
  const inView: ViewQuantity[] = [];
  for (const q of quantities) {
    const start = viewIndex(s, q.start);
    const last = viewIndex(s, q.end - 1);
    if (start >= 0 && last >= 0) inView.push({ ...q, start, end: last + 1 });
  }
  if (inView.length === 0) return [];
  return s.lang === 'zh' ? zhFacts(doc, s, inView) : enFacts(doc, s, inView);
}

/**
 * Facts: each statistic quantity tied to its metric, with period (a date
 * before it in the sentence, or the heading of a bullet list), status and kind.
 * Chinese rules in `zh/facts.ts`; English ones (a verb before the number) in `en/facts.ts`.
 */
export function extractFacts(doc: Doc): Fact[] {
  const facts: SentenceFact[] = [];
  for (const s of doc.sentences) {
    const from = firstStartingFrom(doc.quantities, s.start);
    const inside: Quantity[] = [];
    for (let k = from; k < doc.quantities.length && doc.quantities[k]!.start < s.end; k++) {
      if (doc.quantities[k]!.end <= s.end) inside.push(doc.quantities[k]!);
    }
    facts.push(...factsOfSentence(doc, s, inside));
  }
  return facts.map((f, k) => ({ id: `f${k + 1}`, ...f }));
}

export const factsStage: Stage = {
  name: 'facts',
  run: (doc) => ({ ...doc, facts: extractFacts(doc) }),
};
