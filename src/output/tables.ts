/**
 * The run-level tables (CSV, Parquet): one flat row per record, with what a
 * reader needs next to it (the article title and the quantity's qualifier on a
 * fact, the unit's labels on a quantity, the issue's date, source file and
 * pipeline version on every row). Columns, their types and meanings come from
 * the row schemas below, built on the record schemas of `records.ts`.
 */
import { z } from 'zod';
import {
  articleSchema, dateSchema, factSchema, issueSchema, organizationSchema, quantitySchema,
  type IssueJson, type QuantityRecord,
} from '../records.js';
import { unitCatalog } from '../units.js';

const issue = issueSchema.shape;
const leading = { issue_id: issue.issue_id, issue_date: issue.issue_date };
const provenance = { source_file: issue.source_file, pipeline_version: issue.pipeline_version };
const q = quantitySchema.shape;
const label = (lang: string, example: string) =>
  z.string().nullable().meta({ description: `${lang} label of the unit (unit catalog); null without a unit`, examples: [example] });

export const TABLE_SCHEMAS = {
  articles: z.object({
    ...leading,
    article_id: articleSchema.shape.id,
    title: articleSchema.shape.title,
    dateline: articleSchema.shape.dateline,
    lang: articleSchema.shape.lang,
    start: articleSchema.shape.start,
    end: articleSchema.shape.end,
    ...provenance,
  }),
  quantities: z.object({
    ...leading,
    ...q,
    unit_label_en: label('English', 'Chinese yuan'),
    unit_label_zh: label('Chinese', '人民币元'),
    ...provenance,
  }),
  dates: z.object({ ...leading, ...dateSchema.shape, ...provenance }),
  organizations: z.object({ ...leading, ...organizationSchema.shape, ...provenance }),
  facts: z.object({
    ...leading,
    id: factSchema.shape.id,
    article_id: factSchema.shape.article_id,
    article_title: articleSchema.shape.title,
    quantity_id: factSchema.shape.quantity_id,
    quantity_text: q.text,
    metric: factSchema.shape.metric,
    subject: factSchema.shape.subject,
    period: factSchema.shape.period,
    status: factSchema.shape.status,
    kind: factSchema.shape.kind,
    value: factSchema.shape.value,
    value_max: z.number().nullable().meta({ description: "upper end of the quantity's range, with the fact's sign; null when not a range", examples: [20000] }),
    qualifier: q.qualifier,
    unit: factSchema.shape.unit,
    sentence: factSchema.shape.sentence,
    ...provenance,
  }),
};

export type Table = keyof typeof TABLE_SCHEMAS;
export type Cell = string | number | boolean | null;
export const TABLES = Object.keys(TABLE_SCHEMAS) as Table[];
/**
 * One issue's rows of a table: their cells row after row, in column order,
 * in one flat array (a row is `TABLE_COLUMNS[table].length` cells); one
 * array per table rather than an object per row, cheaper to make and to read.
 */
export type TableCells = Cell[];
/** One issue's cells of every table. */
export type IssueRows = Record<Table, TableCells>;

/** The columns of each table, in order. */
export const TABLE_COLUMNS = Object.fromEntries(
  TABLES.map((t) => [t, Object.keys(TABLE_SCHEMAS[t].shape)]),
) as Record<Table, string[]>;

/** A column's type in the engines that load the tables (DuckDB names). */
export type ColumnType = 'VARCHAR' | 'DOUBLE' | 'INTEGER' | 'BOOLEAN' | 'DATE';
export interface Column { name: string; type: ColumnType; nullable: boolean }

interface JsonSchemaNode { type?: string | string[]; format?: string; anyOf?: JsonSchemaNode[] }

/** The alternatives of a node: `anyOf: [A, {type: null}]` and `type: [number, null]` both list two. */
function alternativesOf(node: JsonSchemaNode): JsonSchemaNode[] {
  if (node.anyOf) return node.anyOf;
  return Array.isArray(node.type) ? node.type.map((type) => ({ ...node, type })) : [node];
}

function columnOf(name: string, node: JsonSchemaNode): Column {
  const alternatives = alternativesOf(node);
  const value = alternatives.find((a) => a.type !== 'null')!;
  const type: ColumnType = value.type === 'integer' ? 'INTEGER'
    : value.type === 'number' ? 'DOUBLE'
      : value.type === 'boolean' ? 'BOOLEAN'
        : value.format === 'date' ? 'DATE' : 'VARCHAR';
  return { name, type, nullable: alternatives.some((a) => a.type === 'null') };
}

/** The typed columns of a table, read from its row schema's JSON Schema. */
export function tableColumns(table: Table): Column[] {
  const props = (z.toJSONSchema(TABLE_SCHEMAS[table]) as { properties: Record<string, JsonSchemaNode> }).properties;
  return TABLE_COLUMNS[table].map((name) => columnOf(name, props[name]!));
}

/** The quantity's range end as the fact states it: same sign as the fact's value, null when unsure. */
function factValueMax(value: number, quantity: QuantityRecord | undefined): number | null {
  if (!quantity || quantity.value_max === null) return null;
  if (value === quantity.value) return quantity.value_max;
  return value === -quantity.value ? -quantity.value_max : null;
}

type Fields = Record<string, unknown>;

/** Where each column of a table takes its value (see `cellsOf`), found once. */
const SOURCES = Object.fromEntries(TABLES.map((t) => [t, TABLE_COLUMNS[t].map((c) => (Object.hasOwn(provenance, c) ? 'tail' : Object.hasOwn(leading, c) ? 'head' : 'record'))])) as Record<Table, ('tail' | 'head' | 'record')[]>;

/**
 * The table's cells of each record: a column takes its value from `tail`,
 * else from the record, else from `head`, as `{ ...head, ...record, ...tail }`
 * would, without spreading (slow on records this wide).
 */
function cellsOf(table: Table, head: Fields, records: readonly Fields[], tail: Fields): TableCells {
  const columns = TABLE_COLUMNS[table];
  const sources = SOURCES[table];
  const cells: TableCells = [];
  for (const r of records) {
    for (let k = 0; k < columns.length; k++) {
      const c = columns[k]!;
      const source = sources[k];
      cells.push((source === 'tail' ? tail[c] : source === 'record' || Object.hasOwn(r, c) ? r[c] : head[c]) as Cell);
    }
  }
  return cells;
}

const QUANTITY_COLUMNS = TABLE_COLUMNS.quantities;
const LABEL_EN = QUANTITY_COLUMNS.indexOf('unit_label_en');
const LABEL_ZH = QUANTITY_COLUMNS.indexOf('unit_label_zh');

/** The cells of one table for one issue, row after row, in column order. */
export function tableCells(table: Table, json: IssueJson): TableCells {
  const head = { issue_id: json.issue_id, issue_date: json.issue_date };
  const tail = { source_file: json.source_file, pipeline_version: json.pipeline_version };
  switch (table) {
    case 'articles':
      return cellsOf(table, head, json.articles.map((a) => ({ article_id: a.id, title: a.title, dateline: a.dateline, lang: a.lang, start: a.start, end: a.end })), tail);
    case 'quantities': {
      const cells = cellsOf(table, head, json.quantities, tail);
      json.quantities.forEach((q, k) => {
        const unit = q.unit === null || q.unit === undefined ? undefined : unitCatalog.get(q.unit);
        cells[k * QUANTITY_COLUMNS.length + LABEL_EN] = unit?.label_en ?? null;
        cells[k * QUANTITY_COLUMNS.length + LABEL_ZH] = unit?.label_zh ?? null;
      });
      return cells;
    }
    case 'dates':
      return cellsOf(table, head, json.dates, tail);
    case 'organizations':
      return cellsOf(table, head, json.organizations, tail);
    case 'facts': {
      const titles = new Map(json.articles.map((a) => [a.id, a.title]));
      const quantities = new Map(json.quantities.map((r) => [r.id, r]));
      return cellsOf(table, head, json.facts.map((f) => {
        const quantity = quantities.get(f.quantity_id);
        return {
          id: f.id, article_id: f.article_id, article_title: titles.get(f.article_id) ?? null,
          quantity_id: f.quantity_id, quantity_text: quantity?.text ?? null, metric: f.metric, subject: f.subject,
          period: f.period, status: f.status, kind: f.kind, value: f.value, value_max: factValueMax(f.value, quantity),
          qualifier: quantity?.qualifier ?? null, unit: f.unit, sentence: f.sentence,
        };
      }), tail);
    }
  }
}

/** The cells of every table for one issue (made once, for every format). */
export function issueRows(json: IssueJson): IssueRows {
  return Object.fromEntries(TABLES.map((t) => [t, tableCells(t, json)])) as IssueRows;
}
