/**
 * The project's `data/` folder read without the schema library (data-file.ts
 * validates against schemas): the segmentation thread (segment-worker.ts)
 * reads its dictionaries and HMM through this alone, so it starts without
 * compiling and loading zod.
 */
import { readFileSync } from 'node:fs';

/** The project's `data/` folder; every vocabulary, table and catalog lives there. */
const DATA_DIR = new URL('../data/', import.meta.url);

/**
 * A broken data file: one line naming the file, where in it (a line or a
 * key) and why. The CLI prints it and stops with status 2, no stack trace.
 */
export class DataFileError extends Error {
  constructor(readonly file: string, readonly where: string, readonly reason: string) {
    super(`${file}: ${where}: ${reason}`);
    this.name = 'DataFileError';
  }
}

/** The URL of a file under `data/` (`zh/facts.json`). */
export function dataFileUrl(path: string): URL {
  return new URL(path, DATA_DIR);
}

/** The text of a file under `data/`. */
export function readDataFile(path: string): string {
  return readFileSync(dataFileUrl(path), 'utf8');
}

/** `line L` of a JSON syntax error (V8 reports a character position), else `JSON syntax`. */
function jsonErrorLine(text: string, message: string): string {
  const position = /position (\d+)/.exec(message);
  if (position) return `line ${text.slice(0, Number(position[1])).split('\n').length}`;
  const line = /line (\d+)/.exec(message);
  return line ? `line ${line[1]}` : 'JSON syntax';
}

/** A JSON file under `data/`, parsed, not validated; a syntax error is a DataFileError naming the line. */
export function parseDataJson(path: string): unknown {
  const text = readDataFile(path);
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message.split('\n')[0]!;
    throw new DataFileError(`data/${path}`, jsonErrorLine(text, message), `not valid JSON (${message})`);
  }
}

/** Lines of a list file under `data/` with their line numbers, without blank lines and `#` comments. */
export function numberedLines(path: string): { line: string; n: number }[] {
  return readDataFile(path).split('\n')
    .map((raw, k) => ({ line: raw.trim(), n: k + 1 }))
    .filter(({ line }) => line && !line.startsWith('#'));
}

/** Lines of a list file under `data/`, without blank lines and `#` comments. */
export function loadDataList(path: string): string[] {
  return numberedLines(path).map(({ line }) => line);
}
