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
import { TABLES, tableColumns, type Cell, type Column, type TableCells } from './tables.js';
import type { TableFormat } from './table-writer.js';

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

/** A DATE cell as the writer stores it: days since 1970-01-01. */
const days = (value: Cell): Cell => (value === null ? null : Date.parse(`${value as string}T00:00:00Z`) / DAY_MS);

/**
 * What a table holds before it writes its row group: 256 KB of cells (see
 * `cellBytes`), whatever the run's size. A run then holds at most this much
 * per table (five tables), never the whole table: memory stays flat however
 * many issues a run has. A row is never split: a group ends at the first row
 * that reaches the budget. A held cell costs the heap two to four times its
 * weight (the array's slot, a boxed number, a string's header), and what a
 * thread holds raises the heap V8 lets it reach before it collects.
 * Measured on mixed ×16 with one thread (four runs each): peak RSS 193–201
 * against 197–207 MB with 1 MB groups (mixed ×1: 184–187 MB either way);
 * Parquet of the dev corpora (1,256 documents) 1,072 against 995 KB. Against
 * the writer's default groups (1,000 then 100,000 rows), rebuilding the
 * tables (`--merge`) of mixed ×64 (180k rows) peaked at 237 MB, 1 MB groups at 142 MB.
 */
const GROUP_BYTES = 1 << 18;

/** A cell's weight against `GROUP_BYTES`: a string two bytes a UTF-16 code unit, any other cell 8. */
const cellBytes = (cell: unknown): number => (typeof cell === 'string' ? 2 * cell.length : 8);

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

/** A table's Parquet file, the issues' cells added column by column and written a row group at a time. */
function tableParquet(columns: Column[], file: AtomicFile) {
  const parquet = new ParquetWriter({ writer: flushingWriter(file), schema: schemaOf(columns), createdBy: `newspaper-extract ${PIPELINE_VERSION}` });
  const isDate = columns.map((c) => c.type === 'DATE');
  let data: unknown[][] = columns.map(() => []);
  let held = 0;
  const flush = () => {
    const rows = data[0]!.length;
    if (rows === 0) return;
    parquet.write({ columnData: columns.map((c, k) => ({ name: c.name, data: data[k]! })), rowGroupSize: rows, pageSize: PAGE_BYTES });
    data = columns.map(() => []);
    held = 0;
  };
  return {
    /** One issue's rows, their cells one row after another (see `TableCells`). */
    add(cells: Readonly<TableCells>): void {
      const width = columns.length;
      // a DATE cell repeated from the row before (the date on every row) is converted once
      const dates: Cell[] = new Array<Cell>(width);
      const inDays: Cell[] = new Array<Cell>(width);
      for (let at = 0; at < cells.length; at += width) {
        for (let k = 0; k < width; k++) {
          let cell: Cell = cells[at + k] as Cell;
          if (isDate[k]) {
            if (at === 0 || cell !== dates[k]) {
              dates[k] = cell;
              inDays[k] = days(cell);
            }
            cell = inDays[k] as Cell;
          }
          data[k]!.push(cell);
          held += cellBytes(cell);
        }
        if (held >= GROUP_BYTES) flush();
      }
    },
    finish(): void {
      flush();
      parquet.finish();
      file.commit();
    },
  };
}

/** The typed columns of each table, made once per thread (they come from the row schemas). */
let columnsOfTables: Column[][] | undefined;
const parquetColumns = (): Column[][] => (columnsOfTables ??= TABLES.map(tableColumns));

/**
 * The Parquet format of a run: `<table>.parquet` in `outDir` for every
 * table; an issue's part is its cells of each table (TABLES order), as made
 * for every format.
 */
export const parquetFormat: TableFormat<TableCells[]> = {
  part: (rows) => TABLES.map((t) => rows[t]),
  open(outDir) {
    const files = TABLES.map((t) => openAtomic(join(outDir, `${t}.parquet`)));
    const tables = parquetColumns().map((columns, t) => tableParquet(columns, files[t]!));
    return {
      add: (part) => tables.forEach((table, t) => table.add(part[t]!)),
      finish: () => tables.forEach((table) => table.finish()),
      abort: () => files.forEach((file) => file.abort()),
    };
  },
};
