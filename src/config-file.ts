/**
 * The config file as JSON, not yet validated (config.ts validates it): apart,
 * so that start-up can look at it before the schema library loads.
 */
import { existsSync, readFileSync } from 'node:fs';

export const DEFAULT_CONFIG_FILE = 'pipeline.config.json';

/** A configuration problem: one line naming the file and the field. */
export class ConfigError extends Error {}

/**
 * The parsed JSON of the named file, which must exist, or of the default
 * file, which may not (undefined then: no JSON text parses to undefined).
 */
export function readConfigJson(file: string | undefined): unknown {
  const path = file ?? DEFAULT_CONFIG_FILE;
  if (!existsSync(path)) {
    if (file) throw new ConfigError(`${path}: config file not found`);
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ConfigError(`${path}: not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
}
