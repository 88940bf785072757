/**
 * The one document type that flows through the pipeline, and every record type
 * it carries. The record types derive from the output schemas in `records.ts`
 * (SPEC §4), the single source of the output schema.
 *
 * Offsets inside the pipeline are UTF-16 code-unit offsets into `Doc.text`
 * (what JavaScript strings and regexes use). The JSON/CSV writers convert them
 * to Unicode code points, the unit the SPEC promises users.
 */

import type {
  ArticleRecord, DateRecord, FactRecord, OrganizationRecord, QuantityRecord,
  dimensionSchema, encodingSchema, factKindSchema, factStatusSchema, granularitySchema,
  issueDateSourceSchema, langSchema, orgTypeSchema, qualifierSchema,
} from './records.js';
import type { z } from 'zod';

export type Lang = z.infer<typeof langSchema>;
export type Encoding = z.infer<typeof encodingSchema>;
export type IssueDateSource = z.infer<typeof issueDateSourceSchema>;
export type Dimension = z.infer<typeof dimensionSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type Granularity = z.infer<typeof granularitySchema>;
export type OrgType = z.infer<typeof orgTypeSchema>;
export type FactStatus = z.infer<typeof factStatusSchema>;
export type FactKind = z.infer<typeof factKindSchema>;

/**
 * The record types are the output records of `records.ts`, with one
 * difference: inside the pipeline a missing text is '' (rules compare and
 * concatenate strings); the JSON writer turns it into null.
 */
type Blank<T, K extends keyof T> = Omit<T, K> & { [P in K]: string };

export type Article = Blank<ArticleRecord, 'title'>;
export type Quantity = Blank<QuantityRecord, 'unit' | 'unit_text'>;
export type DateMention = Blank<DateRecord, 'value' | 'modifier'>;
export type Organization = OrganizationRecord;
export type Fact = Blank<FactRecord, 'subject' | 'period' | 'unit'>;

export interface Span {
  start: number;
  end: number;
}

/** What a line of the printed page is, once the articles stage has read the layout. */
export type LineRole = 'title' | 'heading' | 'byline' | 'dateline' | 'credit' | 'bullet' | 'table' | 'body';

/** One non-blank line of the issue, trimmed, with its role and its article. */
export interface Line extends Span {
  role: LineRole;
  articleId: string;
}

/** One jieba token, offsets into the sentence's `view`. */
export interface Token extends Span {
  word: string;
  tag: string;
}

/**
 * A sentence, with an extraction view: the normalised text with print-layout
 * line breaks taken out, so that `亮相新\n\n加坡航展` reads `亮相新加坡航展`.
 * `map[i]` is the offset in `Doc.text` of `view[i]`; use `viewSpan` to map a
 * view span back to the original text.
 */
export interface Sentence extends Span {
  index: number;
  articleId: string;
  lang: Lang;
  view: string;
  map: number[];
  tokens: Token[];
  /** A row or caption of a table (results, standings, price lists): its numbers are not facts. */
  table: boolean;
}

export interface Doc {
  issueId: string;
  sourceFile: string;
  /** The raw file; the decode stage turns it into `text`. */
  bytes: Uint8Array;
  encoding: Encoding;
  /** The decoded original text; every offset points into it. */
  text: string;
  /** `text` with full-width ASCII and U+3000 folded one-for-one (same length). */
  norm: string;
  issueDate: string | null;
  issueDateSource: IssueDateSource;
  articles: Article[];
  lines: Line[];
  sentences: Sentence[];
  quantities: Quantity[];
  dates: DateMention[];
  organizations: Organization[];
  facts: Fact[];
}

/**
 * Every sentence is built here, with all its fields in one order, so that
 * they share one object shape: V8 optimizes the code of the later stages for
 * the shapes it has seen and de-optimizes (and compiles again) on a new one.
 */
export function sentenceOf(s: Sentence): Sentence {
  return {
    index: s.index, articleId: s.articleId, lang: s.lang, start: s.start, end: s.end,
    view: s.view, map: s.map, tokens: s.tokens, table: s.table,
  };
}

/** Every article is built here, its fields in one order (one shape, as `sentenceOf`). */
export function articleOf(a: Article): Article {
  return {
    id: a.id, title: a.title, alt_titles: a.alt_titles, start: a.start, end: a.end, lang: a.lang,
    segments: a.segments, dateline: a.dateline,
  };
}

/**
 * The tokens of a sentence the segmenter did not tag. An empty `[]` literal
 * is an array of another kind for V8 than a list of tokens (small integers,
 * not objects): this one is of a token list's kind, so code reading tokens
 * sees one kind.
 */
export function noTokens(): Token[] {
  return [{ word: '', tag: '', start: 0, end: 0 }].slice(1);
}

/** Map a [start, end) span of a sentence view back to offsets in `Doc.text`. */
export function viewSpan(sentence: Sentence, start: number, end: number): Span {
  return { start: sentence.map[start]!, end: sentence.map[end - 1]! + 1 };
}

export function emptyDoc(issueId: string, sourceFile: string, bytes: Uint8Array): Doc {
  return {
    issueId, sourceFile, bytes, encoding: 'utf-8', text: '', norm: '',
    issueDate: null, issueDateSource: 'none',
    articles: [], lines: [], sentences: [], quantities: [], dates: [], organizations: [], facts: [],
  };
}
