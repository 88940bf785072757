/** Data files validated against zod schemas; the folder, lists and JSON syntax without zod are data-dir.ts. */
import { z } from 'zod';
import { DataFileError, numberedLines, parseDataJson } from './data-dir.js';

/**
 * Every schema here validates a file once, at load: zod's JIT, which compiles
 * a validator per object schema, costs more than it saves (~25 ms of start-up).
 */
z.config({ jitless: true });

export { DataFileError, dataFileUrl, loadDataList, readDataFile } from './data-dir.js';

/** Zod issues as one line: `key.path: message; …`. */
export function describeZodIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : '(top level)';
    if (issue.code === 'unrecognized_keys') return `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')} at ${path}`;
    return issue.path.length ? `${path}: ${issue.message}` : issue.message;
  }).join('; ');
}

/**
 * A JSON file under `data/`, validated against its schema once at load; a
 * broken data file is a DataFileError naming the line or the key.
 */
export function loadDataJson<S extends z.ZodType>(path: string, schema: S): z.infer<S> {
  const parsed = schema.safeParse(parseDataJson(path));
  if (!parsed.success) {
    const [first, ...more] = parsed.error.issues;
    const also = more.length ? ` (and ${more.length} more problem(s))` : '';
    throw new DataFileError(`data/${path}`, `key ${first!.path.join('.') || '(top level)'}`, `${describeZodIssues([{ ...first!, path: [] }])}${also}`);
  }
  return parsed.data;
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
