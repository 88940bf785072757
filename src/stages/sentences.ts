import { loadDataList } from '../data-file.js';
import { noTokens, sentenceOf, type Doc, type Lang, type Line, type Sentence } from '../doc.js';
import { detectLang, detectLangOfSpans } from '../lang.js';
import { layoutRules as rules } from '../layout/layout-rules.js';
import { matchesOf } from '../matches.js';
import type { Stage } from '../stage.js';

/** Sentence-final punctuation, with any closing quotes or brackets that follow it. */
const SENTENCE_END = /[。！？!?]+[”’"」』)）]*|\.[”’"]*(?=\s|$)/g;
/** The word before an English period, and what follows the period. */
const WORD_BEFORE = /([A-Za-z][A-Za-z.]*)$/;
const NEXT_STARTS_LOWER_OR_DIGIT = /^\s+[a-z0-9]/;
const SINGLE_CAPITAL = /^[A-Z]$/;

const ABBREVIATIONS = new Set(loadDataList('en/abbreviations.txt'));

/** A period that ends an abbreviation (`Jan.`, `U.S.`, `A.`) or is followed by lower case does not end a sentence. */
function isSentenceEnd(view: string, at: number, match: string): boolean {
  if (!match.startsWith('.')) return true;
  const word = WORD_BEFORE.exec(view.slice(Math.max(0, at - 12), at))?.[1] ?? '';
  if (ABBREVIATIONS.has(word) || SINGLE_CAPITAL.test(word)) return false;
  return !NEXT_STARTS_LOWER_OR_DIGIT.test(view.slice(at + match.length, at + match.length + 3));
}

interface Unit {
  articleId: string;
  lines: Line[];
  table: boolean;
}

/**
 * Group lines into units read as running text: headings, bylines and credits
 * stand alone; a body line without final punctuation continues on the next
 * body line (a print-layout break, `亮相新` / `加坡航展`).
 */
function units(doc: Doc): Unit[] {
  const out: Unit[] = [];
  let open: Unit | null = null;
  for (const line of doc.lines) {
    const text = doc.norm.slice(line.start, line.end);
    const joins = open !== null && open.articleId === line.articleId && line.role === 'body';
    if (joins) open!.lines.push(line);
    else {
      open = { articleId: line.articleId, lines: [line], table: line.role === 'table' };
      out.push(open);
    }
    const continues = (line.role === 'body' || line.role === 'bullet') && !rules.terminalPunct.test(text);
    if (!continues) open = null;
  }
  return out;
}

/** The unit's text with the line breaks between its lines removed (a space between English lines). */
function unitView(norm: string, unit: Unit, lang: Lang): { view: string; map: number[] } {
  const parts: string[] = []; // joined, not added up: one flat string, not a chain of string pieces read later code unit by code unit
  const map: number[] = [];
  for (let k = 0; k < unit.lines.length; k++) {
    const line = unit.lines[k]!;
    if (k > 0 && lang === 'en') map.push(unit.lines[k - 1]!.end);
    parts.push(norm.slice(line.start, line.end));
    for (let o = line.start; o < line.end; o++) map.push(o);
  }
  return { view: parts.join(lang === 'en' ? ' ' : ''), map };
}

/**
 * Longest sentence view, in code units. Text without sentence-final
 * punctuation (a 1 MB line of numbers, a table dump) is cut into pieces of at
 * most this length, so that no stage's per-sentence work, quadratic or not,
 * runs on megabytes. The sample's longest sentence is 259.
 */
export const MAX_SENTENCE_LENGTH = 1000;
/** Where an over-long piece is preferably cut: after a clause mark or a space in its second half. */
const SOFT_BREAK = /[，,；;、：:\s]/;

/** The end of the first piece of `view.slice(from, to)` no longer than MAX_SENTENCE_LENGTH. */
function softCut(view: string, from: number, to: number): number {
  const limit = from + MAX_SENTENCE_LENGTH;
  if (to <= limit) return to;
  for (let k = limit; k > from + MAX_SENTENCE_LENGTH / 2; k--) if (SOFT_BREAK.test(view[k - 1]!)) return k;
  const high = view.charCodeAt(limit - 1);
  return high >= 0xd800 && high <= 0xdbff ? limit - 1 : limit; // never between the halves of a surrogate pair
}

/** Split one unit at sentence-final punctuation; every piece keeps its map into the original text. */
function splitUnit(view: string, map: number[]): { view: string; map: number[] }[] {
  const pieces: { view: string; map: number[] }[] = [];
  let from = 0;
  const cut = (to: number) => {
    while (to - from > MAX_SENTENCE_LENGTH) piece(softCut(view, from, to));
    piece(to);
  };
  const piece = (to: number) => {
    const raw = view.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) pieces.push({ view: text, map: map.slice(from + lead, from + lead + text.length) });
    from = to;
  };
  for (const m of matchesOf(SENTENCE_END, view)) {
    if (isSentenceEnd(view, m.index, m[0])) cut(m.index + m[0].length);
  }
  cut(view.length);
  return pieces;
}

export function splitSentences(doc: Doc): Sentence[] {
  const sentences: Sentence[] = [];
  for (const unit of units(doc)) {
    const { view, map } = unitView(doc.norm, unit, detectLangOfSpans(doc.norm, unit.lines));
    for (const piece of splitUnit(view, map)) {
      sentences.push(sentenceOf({
        index: sentences.length, articleId: unit.articleId, lang: detectLang(piece.view),
        start: piece.map[0]!, end: piece.map[piece.map.length - 1]! + 1,
        view: piece.view, map: piece.map, tokens: noTokens(), table: unit.table,
      }));
    }
  }
  return sentences;
}

export const sentencesStage: Stage = {
  name: 'sentences',
  run: (doc) => ({ ...doc, sentences: splitSentences(doc) }),
};
