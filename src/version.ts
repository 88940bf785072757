import { readFileSync } from 'node:fs';

/** The pipeline version written into every output record: package.json's `version`. */
export const PIPELINE_VERSION: string =
  (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
