/**
 * The one document type that flows through the pipeline, and every record type
 * it carries. This file is the single source of the output schema (SPEC §4).
 *
 * Offsets inside the pipeline are UTF-16 code-unit offsets into `Doc.text`
 * (what JavaScript strings and regexes use). The JSON/CSV writers convert them
 * to Unicode code points, the unit the SPEC promises users.
 */

export type Lang = 'zh' | 'en';
export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le-bom' | 'utf-16be-bom';
export type IssueDateSource = 'cli' | 'config' | 'filename' | 'text' | 'none';

export interface Span {
  start: number;
  end: number;
}

export interface Article extends Span {
  id: string;
  title: string;
  lang: Lang;
  /** Every [start, end) piece of the article; an article interrupted by another has several. */
  segments: [number, number][];
  /** Further headline lines of the title block (subtitle, series label). */
  alt_titles: string[];
  /** ISO day of the dateline (`本报广州6月3日讯`, `2月28日，…` right after a byline), when it has one. */
  dateline: string | null;
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
  table?: boolean;
}

export type Dimension =
  | 'currency' | 'count' | 'area' | 'length' | 'mass' | 'volume' | 'energy' | 'power'
  | 'percent' | 'rank' | 'age' | 'duration' | 'none';
export type Qualifier = 'exact' | 'approx' | 'over' | 'under' | 'at_least' | 'at_most';

export interface Quantity extends Span {
  id: string;
  article_id: string;
  text: string;
  lang: Lang;
  value: number;
  value_max: number | null;
  unit: string;
  unit_text: string;
  dimension: Dimension;
  qualifier: Qualifier;
}

export type Granularity = 'day' | 'month' | 'quarter' | 'year' | 'decade';

export interface DateMention extends Span {
  id: string;
  article_id: string;
  text: string;
  lang: Lang;
  value: string;
  value_end: string | null;
  granularity: Granularity;
  relative: boolean;
  /** 初 / 中旬 / 下旬 / 年初 / 年底 / 月底 … as written, else empty. */
  modifier: string;
}

export type OrgType =
  | 'company' | 'government' | 'party' | 'lab' | 'university' | 'research'
  | 'bank' | 'association' | 'media' | 'other';

export interface Organization extends Span {
  id: string;
  article_id: string;
  text: string;
  lang: Lang;
  type: OrgType;
  canonical: string;
}

export type FactStatus = 'actual' | 'estimate' | 'target';
export type FactKind = 'level' | 'change' | 'ratio' | 'rank';

export interface Fact {
  id: string;
  article_id: string;
  quantity_id: string;
  metric: string;
  subject: string;
  period: string;
  status: FactStatus;
  kind: FactKind;
  value: number;
  unit: string;
  sentence: string;
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
