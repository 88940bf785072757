/**
 * The output records of SPEC §4 as zod schemas: the one place their fields,
 * types and meanings are written. `doc.ts` derives the pipeline's record types
 * from them (z.infer), the JSON Schema (`docs/issue.schema.json`) and the data
 * dictionary are generated from them, and the table writers read their column
 * types from them.
 *
 * One missing-value rule: a field that has no value is `null` in JSON (and an
 * empty cell in CSV, NULL in Parquet), never an empty string.
 */
import { z } from 'zod';

const text = (description: string, example: string) => z.string().meta({ description, examples: [example] });
const optionalText = (description: string, example: string) =>
  z.string().min(1).nullable().meta({ description: `${description}; null when there is none`, examples: [example] });
const offset = (description: string, example: number) => z.int().min(0).meta({ description, examples: [example] });
const isoDay = z.iso.date();

export const langSchema = z.enum(['zh', 'en']).meta({ description: 'language of the text the record comes from', examples: ['zh'] });
export const dimensionSchema = z.enum([
  'currency', 'count', 'area', 'length', 'mass', 'volume', 'energy', 'power',
  'percent', 'rank', 'age', 'duration', 'none',
]).meta({ description: 'what the unit measures (from the unit catalog); none for a bare number', examples: ['currency'] });
export const qualifierSchema = z.enum(['exact', 'approx', 'over', 'under', 'at_least', 'at_most'])
  .meta({ description: 'how the number is hedged: 约/about → approx, 余/超过/more than → over, 近/nearly → under, 以上 → at_least, 以下/up to → at_most', examples: ['over'] });
export const granularitySchema = z.enum(['day', 'month', 'quarter', 'year', 'decade'])
  .meta({ description: 'precision of the date value', examples: ['day'] });
export const orgTypeSchema = z.enum(['company', 'government', 'party', 'lab', 'university', 'research', 'bank', 'association', 'media', 'other'])
  .meta({ description: 'kind of organization', examples: ['company'] });
export const factStatusSchema = z.enum(['actual', 'estimate', 'target'])
  .meta({ description: 'actual figure, estimate (预计, expected) or target (力争, 目标, a plan)', examples: ['actual'] });
export const factKindSchema = z.enum(['level', 'change', 'ratio', 'rank'])
  .meta({ description: 'level (an amount), change (增长/下降; negative for a fall), ratio (a share or intensity) or rank', examples: ['level'] });
export const encodingSchema = z.enum(['utf-8', 'utf-8-bom', 'gb18030', 'utf-16le-bom', 'utf-16be-bom'])
  .meta({ description: 'how the source file was decoded', examples: ['utf-8'] });
export const issueDateSourceSchema = z.enum(['cli', 'config', 'filename', 'text', 'none'])
  .meta({ description: 'where the issue date came from: --issue-date, pipeline.config.json, the file name, inferred from the text, or none', examples: ['filename'] });

/** Where a record is: offsets are half-open, in Unicode code points into the decoded original text. */
const mention = {
  id: text('record id, stable within the issue', 'q12'),
  article_id: text('id of the article the record is in', 'a1'),
  start: offset('start offset (code points, inclusive) in the decoded original text', 120),
  end: offset('end offset (code points, exclusive)', 126),
  text: text('the text as written, [start, end) of the original', '750亿元'),
  lang: langSchema,
};

export const articleSchema = z.object({
  id: text('article id, stable within the issue', 'a1'),
  title: optionalText('the headline (first title line)', '科技赋能 向“新”而行'),
  alt_titles: z.array(z.string()).meta({ description: 'further headline lines (subtitle, series label)', examples: [['重庆加快推动四大科创高地建设']] }),
  start: offset('start of the article (code points)', 2),
  end: offset('end of the article (code points, exclusive)', 983),
  lang: langSchema,
  segments: z.array(z.tuple([z.int().min(0), z.int().min(0)]))
    .meta({ description: 'every [start, end) piece of the article; an article interrupted by another has several', examples: [[[2, 983]]] }),
  dateline: isoDay.nullable().meta({ description: 'ISO day of the article dateline (本报广州6月3日讯, CITY 1997-03-14); null when there is none', examples: ['2024-02-28'] }),
}).strict();

export const quantitySchema = z.object({
  ...mention,
  value: z.number().meta({ description: 'the number in the canonical unit, multipliers applied (750亿元 → 75000000000)', examples: [75000000000] }),
  value_max: z.number().nullable().meta({ description: 'upper end of a range (1.5万元至2万元 → 20000); null when not a range', examples: [20000] }),
  unit: optionalText('canonical unit code from the unit catalog (see the unit table)', 'CNY'),
  unit_text: optionalText('the unit as written, multiplier included', '亿元'),
  dimension: dimensionSchema,
  qualifier: qualifierSchema,
}).strict();

export const dateSchema = z.object({
  ...mention,
  value: optionalText('ISO 8601 at the stated granularity (2024-02-27, 2023-07, 2024-Q1, 2023); null for a vague expression that names no calendar point', '2024-02-27'),
  value_end: optionalText('end of a range (今年1-2月 → 2024-02)', '2024-02'),
  granularity: granularitySchema,
  relative: z.boolean().meta({ description: 'true when resolved against a reference date (去年, 昨天, a day without a year)', examples: [true] }),
  modifier: optionalText('part-of-period word as written (初, 中旬, 年底, early, late)', '年底'),
}).strict();

export const organizationSchema = z.object({
  ...mention,
  type: orgTypeSchema,
  canonical: text('the full name when the text is an alias declared in the issue (以下简称…), else the text itself', '重庆鑫景特种玻璃有限公司'),
}).strict();

export const factSchema = z.object({
  id: text('fact id, stable within the issue', 'f3'),
  article_id: text('id of the article the fact is in', 'a1'),
  quantity_id: text('id of the quantity the fact is built on', 'q12'),
  metric: text('what is measured, quoted from the text', '全社会研发投入总量'),
  subject: optionalText('who or where, when stated or clear from the article', '重庆'),
  period: optionalText('ISO period the value refers to (2023, 2024-01/2024-02)', '2023'),
  status: factStatusSchema,
  kind: factKindSchema,
  value: z.number().meta({ description: "the quantity's value; negative for a fall", examples: [75000000000] }),
  unit: optionalText("the quantity's canonical unit code", 'CNY'),
  sentence: text('the sentence the fact comes from, for a reader to check', '全社会研发投入总量达750亿元。'),
}).strict();

export const issueSchema = z.object({
  issue_id: text('the issue file name without extension', '2024-02-29-chongqing-daily'),
  source_file: text('the input file as given to the run', 'corpus/2024-02-29-chongqing-daily.txt'),
  source_sha256: z.string().regex(/^[0-9a-f]{64}$/).meta({ description: 'SHA-256 of the input file bytes (hex)', examples: ['9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'] }),
  pipeline_version: text('version of the pipeline that wrote the record', '0.1.0'),
  settings_sha256: z.string().regex(/^[0-9a-f]{64}$/).optional().meta({ description: 'SHA-256 of the settings the record was made with (config, issue-date option, data files); a re-run skips an issue whose source, version and settings match', examples: ['2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae'] }),
  encoding: encodingSchema,
  issue_date: isoDay.nullable().meta({ description: 'ISO day of the issue; null when unknown', examples: ['2024-02-29'] }),
  issue_date_source: issueDateSourceSchema,
  articles: z.array(articleSchema),
  quantities: z.array(quantitySchema),
  dates: z.array(dateSchema),
  organizations: z.array(organizationSchema),
  facts: z.array(factSchema),
}).strict().meta({ title: '<issue_id>.json', description: 'Everything extracted from one newspaper issue (SPEC §4).' });

export type ArticleRecord = z.infer<typeof articleSchema>;
export type QuantityRecord = z.infer<typeof quantitySchema>;
export type DateRecord = z.infer<typeof dateSchema>;
export type OrganizationRecord = z.infer<typeof organizationSchema>;
export type FactRecord = z.infer<typeof factSchema>;
export type IssueJson = z.infer<typeof issueSchema>;
