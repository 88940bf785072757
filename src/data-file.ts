import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Every schema here validates a file once, at load: zod's JIT, which compiles
 * a validator per object schema, costs more than it saves (~25 ms of start-up).
 */
z.config({ jitless: true });

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

/** Zod issues as one line: `key.path: message; …`. */
export function describeZodIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : '(top level)';
    if (issue.code === 'unrecognized_keys') return `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')} at ${path}`;
    return issue.path.length ? `${path}: ${issue.message}` : issue.message;
  }).join('; ');
}

/** `line L` of a JSON syntax error (V8 reports a character position), else `JSON syntax`. */
function jsonErrorLine(text: string, message: string): string {
  const position = /position (\d+)/.exec(message);
  if (position) return `line ${text.slice(0, Number(position[1])).split('\n').length}`;
  const line = /line (\d+)/.exec(message);
  return line ? `line ${line[1]}` : 'JSON syntax';
}

/**
 * A JSON file under `data/`, validated against its schema once at load; a
 * broken data file is a DataFileError naming the line or the key.
 */
export function loadDataJson<S extends z.ZodType>(path: string, schema: S): z.infer<S> {
  const text = readDataFile(path);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message.split('\n')[0]!;
    throw new DataFileError(`data/${path}`, jsonErrorLine(text, message), `not valid JSON (${message})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const [first, ...more] = parsed.error.issues;
    const also = more.length ? ` (and ${more.length} more problem(s))` : '';
    throw new DataFileError(`data/${path}`, `key ${first!.path.join('.') || '(top level)'}`, `${describeZodIssues([{ ...first!, path: [] }])}${also}`);
  }
  return parsed.data;
}

/** Lines of a list file under `data/` with their line numbers, without blank lines and `#` comments. */
function numberedLines(path: string): { line: string; n: number }[] {
  return readDataFile(path).split('\n')
    .map((raw, k) => ({ line: raw.trim(), n: k + 1 }))
    .filter(({ line }) => line && !line.startsWith('#'));
}

/** Lines of a list file under `data/`, without blank lines and `#` comments. */
export function loadDataList(path: string): string[] {
  return numberedLines(path).map(({ line }) => line);
}

/**
 * Each line of a list file through `parse`; a line it throws on (an Error or
 * a zod error) is a DataFileError naming the line.
 */
export function loadDataRows<T>(path: string, parse: (line: string) => T): T[] {
  return numberedLines(path).map(({ line, n }) => {
    try {
      return parse(line);
    } catch (e) {
      const reason = e instanceof z.ZodError ? describeZodIssues(e.issues) : (e as Error).message;
      throw new DataFileError(`data/${path}`, `line ${n}`, `${reason} in "${line}"`);
    }
  });
}
