import type { Lang, Span } from '../doc.js';
import { langOf, lettersOf, type Letters } from '../lang.js';
import { codePointEnd } from '../matches.js';
import { layoutRules as rules } from './layout-rules.js';
import { markTables } from './tables.js';
import { markWireHeads } from './wire.js';

/**
 * What a line looks like, before the articles stage reads it in context: on
 * its own (`short` … `body`), or among its neighbours (a wire story's
 * `headline` and `dateline`, a `table` row or caption).
 */
export type LineCue = 'short' | 'byline' | 'lead' | 'credit' | 'continuation' | 'bullet' | 'body' | 'headline' | 'dateline' | 'table';

export interface PageLine extends Span {
  text: string;
  cue: LineCue;
  lang: Lang;
  /** What `lang` is judged by: an article's language is its lines' letters added up. */
  letters: Letters;
  /** ISO day of a wire dateline line (`BUCHAREST 1996-08-30`); set on every line, so that all lines share one shape. */
  dateline: string | undefined;
}

const LINE = /[^\n\r]+/g;
/** A headline has words: a rule of dashes (`- - - -`) is not one. */
const HAS_LETTER = /\p{L}/u;

/** Whether `text` has at most `max` code points (`[...text].length <= max`, without spreading long lines). */
function atMostCodePoints(text: string, max: number): boolean {
  if (text.length <= max) return true;
  if (text.length > 2 * max) return false; // a code point is at most two code units
  let count = 0;
  for (let i = 0; i < text.length && count <= max; i = codePointEnd(text, i)) count++;
  return count <= max;
}

/** How a line reads on its own: byline, credit, bullet, headline-like (short, unpunctuated) or body text. */
export function lineCue(text: string, lang: Lang): LineCue {
  if (rules.continuation.test(text)) return 'continuation';
  if (rules.bylineLine.test(text)) return 'byline';
  if (rules.bylineLead.test(text)) return 'lead';
  if (rules.bullet.test(text)) return 'bullet';
  const short = atMostCodePoints(text, rules.headlineMaxLength[lang]);
  if (short && rules.credit.test(text)) return 'credit';
  const headlineLike = short
    && HAS_LETTER.test(text)
    && !rules.sentenceInnerPunct.test(text)
    && !rules.terminalPunct.test(text)
    && !rules.fragmentStart.test(text)
    && !(lang === 'en' && rules.wrappedEnd.test(text));
  return headlineLike ? 'short' : 'body';
}

/**
 * The non-blank lines of a (normalised) text, trimmed, with offsets and a cue.
 * A short English line followed by one that starts in lower case is a
 * hard-wrapped line of running text, not a headline, and so is one that ends
 * in a function word (`standings after`) (see lineCue). Wire heads and tables
 * are then read from each line's neighbours.
 */
export function pageLines(norm: string): PageLine[] {
  const lines: PageLine[] = [];
  for (const m of norm.matchAll(LINE)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (!text) continue;
    const start = m.index + lead;
    const letters = lettersOf(text);
    const lang = langOf(letters);
    const previous = lines.at(-1);
    if (previous?.cue === 'short' && previous.lang === 'en' && rules.lowercaseStart.test(text)) previous.cue = 'body';
    lines.push({ start, end: start + text.length, text, cue: lineCue(text, lang), lang, letters, dateline: undefined });
  }
  markWireHeads(lines);
  markTables(lines);
  return lines;
}
