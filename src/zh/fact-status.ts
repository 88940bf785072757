import type { FactStatus, Sentence } from '../doc.js';
import { firstStartingFrom } from '../facts/context.js';
import { zhFactVocabulary as vocab } from './fact-vocabulary.js';
import { tokenAt } from './tokens.js';
import type { FactDraft, ViewQuantity } from './facts.js';

/** Every word the cues read: any other word leaves the status as it is (one look-up for most tokens, not four). */
const CUE_WORDS = new Set([...vocab.estimateCues, ...vocab.targetCues, ...vocab.targetBlockers, ...vocab.disposalMarkers]);

/**
 * The status the cue words of a sentence set, read once for all its facts:
 * `[k]` is the status after its first k tokens, up to the tokens ending by
 * its last number (no status is read after it). The last cue word counts:
 * `预计` estimate, `力争`/`将` target, `已` actual. A plan (`将`) covers the
 * rest of its sentence; an estimate only the clauses up to the first number
 * after it (`1997年预计亏损80亿元，亏损面达53%`: only the 80亿元).
 */
export function statusCues(sentence: Sentence, quantities: ViewQuantity[]): (FactStatus | null)[] {
  const tokens = sentence.tokens;
  const states: (FactStatus | null)[] = [null];
  let status: FactStatus | null = null;
  let cueAt = 0;
  let lastNumber = 0;
  for (const q of quantities) lastNumber = Math.max(lastNumber, q.start);
  for (let k = 0; k < tokens.length && tokens[k]!.end <= lastNumber; k++) {
    const t = tokens[k]!;
    const next = k + 1 < tokens.length ? tokens[k + 1] : undefined;
    if (vocab.statusBreak.test(t.word)) {
      // Both tests at every break, the status last (as below): a test first run late, after an estimate, would deoptimize.
      if (quantities.some((q) => q.start >= cueAt && q.end <= t.start) && status === 'estimate') status = null;
    } else if (CUE_WORDS.has(t.word) && !(vocab.disposalMarkers.has(t.word) && next && vocab.disposalObjectTags.test(next.tag))) {
      // Every list asked of every cue word: a list first asked late (a blocker after the others said no) would deoptimize.
      const estimate: boolean = vocab.estimateCues.has(t.word);
      const target: boolean = vocab.targetCues.has(t.word) && !(vocab.weakTargetCues.has(t.word) && status === 'estimate');
      const blocker: boolean = vocab.targetBlockers.has(t.word);
      const cue: FactStatus | null = estimate ? 'estimate' : target ? 'target' : blocker ? 'actual' : null;
      if (cue) {
        status = cue;
        cueAt = t.end;
      }
    }
    states.push(status);
  }
  return states;
}

/** Status from the cue words of the tokens ending by the number (`statusCues`), or a target year (`到2000年`), else one after it. */
function statusBefore(sentence: Sentence, viewAt: number, cues: (FactStatus | null)[]): FactStatus | null {
  const status = cues[tokenAt(sentence.tokens, viewAt)] ?? (vocab.targetPattern.test(sentence.view.slice(0, viewAt)) ? 'target' : null);
  return status ?? estimateAfter(sentence, viewAt);
}

/** An estimate cue later in the number's clause (`约600亿资金会用到…`): the figure is an estimate. */
function estimateAfter(sentence: Sentence, viewAt: number): FactStatus | null {
  for (let k = firstStartingFrom(sentence.tokens, viewAt); k < sentence.tokens.length; k++) {
    const t = sentence.tokens[k]!;
    if (vocab.statusBreak.test(t.word)) return null;
    if (vocab.estimateAfterCues.has(t.word)) return 'estimate';
  }
  return null;
}

/** Status a heading gives the bullets under it (`2024年“路线图”` → target); none without a heading. */
function statusOfHeading(text: string): FactStatus | null {
  if (!text) return null;
  for (const cue of vocab.estimateCues) if (cue.length > 1 && text.includes(cue)) return 'estimate';
  for (const cue of vocab.targetCues) if (cue.length > 1 && text.includes(cue)) return 'target';
  return null;
}

/**
 * Status of a Chinese fact: a current figure (`由目前的9%`) is actual; else
 * the cue words before or after the number (`cues`: the sentence's
 * `statusCues`), a threshold (`门槛`) or a potential (`潜在市场规模`), `的目标`
 * after it, the status of the list it is an item of, the heading of its
 * bullet. Each is read only when those before it say nothing.
 */
export function zhStatus(s: Sentence, q: ViewQuantity, d: FactDraft, cues: (FactStatus | null)[], listStatus: FactStatus | null, heading: string, present: boolean): FactStatus {
  if (present) return 'actual';
  return statusBefore(s, q.start, cues)
    ?? (vocab.targetMetric.test(d.metric) ? 'target' : vocab.estimateMetric.test(d.metric) ? 'estimate' : null)
    ?? (vocab.targetAfter.test(s.view.slice(q.end)) ? 'target' : null)
    ?? (vocab.targetListIntro.test(s.view.slice(0, q.start)) ? 'target' : null)
    ?? listStatus ?? statusOfHeading(heading) ?? 'actual';
}
