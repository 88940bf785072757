import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/** The project's `data/` folder; every vocabulary, table and catalog lives there. */
const DATA_DIR = new URL('../data/', import.meta.url);

/** The URL of a file under `data/` (`zh/facts.json`). */
export function dataFileUrl(path: string): URL {
  return new URL(path, DATA_DIR);
}

/** The text of a file under `data/`. */
export function readDataFile(path: string): string {
  return readFileSync(dataFileUrl(path), 'utf8');
}

/**
 * A JSON file under `data/`, validated against its schema once at load; a
 * broken data file stops the program with its name and what is wrong.
 */
export function loadDataJson<S extends z.ZodType>(path: string, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(readDataFile(path));
  } catch (e) {
    throw new Error(`data/${path}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`data/${path}: invalid data: ${parsed.error.message}`);
  return parsed.data;
}

/** Lines of a list file under `data/`, without blank lines and `#` comments. */
export function loadDataList(path: string): string[] {
  return readDataFile(path).split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}
