import { parseConfig, type PipelineConfig } from '../../src/config.js';
import type { OutputOptions } from '../../src/output/table-writers.js';

/** The inputs and settings the golden fixtures are made from (shared by the test and the update script). */
export const GOLDEN_DIR = 'test/golden';
export const GOLDEN_INPUTS = ['corpus'];
export const goldenConfig = (): PipelineConfig => parseConfig({}, 'golden defaults');
/** The golden fixtures are the text formats (reviewed as diffs); Parquet is checked through DuckDB (test/duckdb.test.ts). */
export const GOLDEN_OUTPUT: OutputOptions = { formats: ['csv', 'json'] };
