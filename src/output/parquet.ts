/**
 * The run-level tables as Parquet, one file per table (`tables.ts`), with
 * real types: DOUBLE values, INT32 offsets, DATE days, BOOLEAN flags, UTF-8
 * strings, NULL for a missing value. Written by hyparquet-writer (pure JS).
 */
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { SchemaElement } from 'hyparquet-writer';
import { PIPELINE_VERSION } from '../version.js';
import { writeFileAtomic } from './atomic-write.js';
import { TABLES, tableColumns, tableRows, type Column, type Table } from './tables.js';
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

/** The Parquet bytes of one table from its column-major data. */
function tableParquet(columns: Column[], data: unknown[][]): Uint8Array {
  const buffer = parquetWriteBuffer({
    columnData: columns.map((c, k) => ({ name: c.name, data: data[k]! })),
    schema: schemaOf(columns),
    createdBy: `newspaper-extract ${PIPELINE_VERSION}`,
    pageSize: PAGE_BYTES,
  });
  return new Uint8Array(buffer);
}

/** The Parquet writer of a run: `<table>.parquet` in `outDir` for every table. */
export function parquetTableWriter(outDir: string): TableWriter {
  const columns = new Map<Table, Column[]>(TABLES.map((t) => [t, tableColumns(t)]));
  const data = new Map<Table, unknown[][]>(TABLES.map((t) => [t, columns.get(t)!.map(() => [])]));
  return {
    add(issue) {
      for (const t of TABLES) {
        const cols = columns.get(t)!;
        const target = data.get(t)!;
        for (const row of tableRows(t, issue)) cols.forEach((c, k) => target[k]!.push(stored(row[c.name]!, c)));
      }
    },
    finish() {
      for (const t of TABLES) writeFileAtomic(join(outDir, `${t}.parquet`), tableParquet(columns.get(t)!, data.get(t)!));
    },
    // Nothing reaches the disk before finish().
    abort() {},
  };
}
