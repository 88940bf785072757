/**
 * The run-level tables as Parquet, one file per table (`tables.ts`), with
 * real types: DOUBLE values, INT32 offsets, DATE days, BOOLEAN flags, UTF-8
 * strings, NULL for a missing value. Written by hyparquet-writer (pure JS).
 */
import { join } from 'node:path';
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import type { SchemaElement } from 'hyparquet-writer';
import { PIPELINE_VERSION } from '../version.js';
import { openAtomic, type AtomicFile } from './atomic-write.js';
import { TABLES, tableColumns, tableRows, type Column, type Row } from './tables.js';
import type { TableWriter } from './table-writer.js';

const DAY_MS = 86_400_000;
/** Pages of 64 KB: the writer's default (1 MB) costs a large buffer per column chunk, slow for the many small columns here. */
const PAGE_BYTES = 65_536;

const PHYSICAL: Record<Column['type'], Pick<SchemaElement, 'type' | 'converted_type'>> = {
  VARCHAR: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  DOUBLE: { type: 'DOUBLE' },
  INTEGER: { type: 'INT32' },
  BOOLEAN: { type: 'BOOLEAN' },
  DATE: { type: 'INT32', converted_type: 'DATE' },
};

function schemaOf(columns: Column[]): SchemaElement[] {
  return [
    { name: 'root', num_children: columns.length },
    ...columns.map((c): SchemaElement => ({ name: c.name, ...PHYSICAL[c.type], repetition_type: c.nullable ? 'OPTIONAL' : 'REQUIRED' })),
  ];
}

/** A cell as the writer stores it: a DATE is days since 1970-01-01. */
function stored(value: string | number | boolean | null, column: Column): string | number | boolean | null {
  if (value === null || column.type !== 'DATE') return value;
  return Date.parse(`${value as string}T00:00:00Z`) / DAY_MS;
}

/**
 * Rows per row group: the writer's own default (a first group of 1,000 rows,
 * then 100,000), written as each fills, so that a run holds at most one
 * group of rows per table, not the whole table or file; the file is the same
 * as writing every row at once.
 */
const ROW_GROUPS = [1000, 100_000];

/**
 * The writer's byte buffer, emptied into `file` after each row group (the
 * writer calls `flush`) and at the end: the file is written as it is made,
 * never held whole in memory.
 */
function flushingWriter(file: AtomicFile): ByteWriter {
  const writer = new ByteWriter();
  const flush = () => {
    file.write(new Uint8Array(writer.buffer, 0, writer.index));
    writer.index = 0;
  };
  return Object.assign(writer, { flush, finish: flush });
}

/** One table's Parquet file, its rows added one at a time and written a row group at a time. */
function tableParquet(columns: Column[], file: AtomicFile) {
  const parquet = new ParquetWriter({ writer: flushingWriter(file), schema: schemaOf(columns), createdBy: `newspaper-extract ${PIPELINE_VERSION}` });
  let data: unknown[][] = columns.map(() => []);
  let groups = 0;
  const flush = () => {
    if (data[0]!.length === 0) return;
    const rowGroupSize = ROW_GROUPS[Math.min(groups++, ROW_GROUPS.length - 1)]!;
    parquet.write({ columnData: columns.map((c, k) => ({ name: c.name, data: data[k]! })), rowGroupSize, pageSize: PAGE_BYTES });
    data = columns.map(() => []);
  };
  return {
    add(row: Row): void {
      columns.forEach((c, k) => data[k]!.push(stored(row[c.name]!, c)));
      if (data[0]!.length === ROW_GROUPS[Math.min(groups, ROW_GROUPS.length - 1)]) flush();
    },
    finish(): void {
      flush();
      parquet.finish();
      file.commit();
    },
  };
}

/** The Parquet writer of a run: `<table>.parquet` in `outDir` for every table, written as the rows come. */
export function parquetTableWriter(outDir: string): TableWriter {
  const files = TABLES.map((t) => ({ table: t, file: openAtomic(join(outDir, `${t}.parquet`)) }));
  const tables = new Map(files.map(({ table, file }) => [table, tableParquet(tableColumns(table), file)]));
  return {
    add(issue) {
      for (const t of TABLES) for (const row of tableRows(t, issue)) tables.get(t)!.add(row);
    },
    finish() {
      for (const t of TABLES) tables.get(t)!.finish();
    },
    abort() {
      for (const { file } of files) file.abort();
    },
  };
}
