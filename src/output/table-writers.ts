/**
 * The run-level table writers for the formats a run asks for. `<id>.json` is
 * the dataset's record of each issue and is always written (every table is
 * rebuilt from it); `csv` and `parquet` select the table files.
 */
import { csvTableWriter, type CsvOptions } from './csv.js';
import { parquetTableWriter } from './parquet.js';
import type { TableWriter } from './table-writer.js';

export const FORMATS = ['csv', 'json', 'parquet'] as const;
export type Format = (typeof FORMATS)[number];

export interface OutputOptions extends CsvOptions {
  /** Formats to write (default: all). */
  formats?: readonly Format[];
  /** Also write each issue's review page `<id>.html` (src/output/review-html.ts). */
  html?: boolean;
}

export function tableWriters(outDir: string, opts: OutputOptions = {}): TableWriter[] {
  const formats = opts.formats ?? FORMATS;
  return [
    ...(formats.includes('csv') ? [csvTableWriter(outDir, opts)] : []),
    ...(formats.includes('parquet') ? [parquetTableWriter(outDir)] : []),
  ];
}
