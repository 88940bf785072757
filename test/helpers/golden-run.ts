import { readdirSync } from 'node:fs';
import { MANIFEST_FILE } from '../../src/dataset.js';
import { parseConfig, type PipelineConfig } from '../../src/config.js';
import type { OutputOptions } from '../../src/output/table-writers.js';

/** The inputs and settings the golden fixtures are made from (shared by the test and the update script). */
export const GOLDEN_DIR = 'test/golden';
export const GOLDEN_INPUTS = ['corpus'];
export const goldenConfig = (): PipelineConfig => parseConfig({}, 'golden defaults');

/** The fixture files of a run's output: all but run.json, which records the run's times. */
export const fixtureFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f !== MANIFEST_FILE).sort();

/**
 * A fixture file's text with the settings hash blanked: it changes with every
 * edit of data/, while the golden files hold the records.
 */
export const fixtureText = (body: string): string => body.replace(/"settings_sha256": "[0-9a-f]{64}"/g, '"settings_sha256": "…"');

/** The golden fixtures are the text formats (reviewed as diffs); Parquet is checked through DuckDB (test/duckdb.test.ts). */
export const GOLDEN_OUTPUT: OutputOptions = { formats: ['csv', 'json'] };
