import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DataFileError, loadDataJson, loadDataList, loadDataRows, readDataFile } from '../src/data-file.js';

describe('data files', () => {
  it('loads and validates a JSON table under data/', () => {
    const layout = loadDataJson('layout.json', z.object({ headlineMaxLength: z.object({ zh: z.number() }) }));
    expect(layout.headlineMaxLength.zh).toBeGreaterThan(0);
  });
  it('names the file when it does not match its schema', () => {
    expect(() => loadDataJson('layout.json', z.object({ missing: z.string() }))).toThrow(/^data\/layout\.json: key missing: /);
  });
  it('reads list files without comments and blank lines', () => {
    const words = loadDataList('en/abbreviations.txt');
    expect(words).toContain('Jan');
    expect(words.some((w) => w.startsWith('#') || w === '')).toBe(false);
  });
});

describe('a broken data file is one line naming the file, the line or key, and the reason', () => {
  it('a bad line of a list file names its line number', () => {
    const lines = readDataFile('zh/known-orgs.txt').split('\n');
    const n = lines.findIndex((l) => l.startsWith('国务院')) + 1;
    const refuse = (line: string) => {
      if (line.startsWith('国务院')) throw new Error('refused on purpose');
      return line;
    };
    expect(() => loadDataRows('zh/known-orgs.txt', refuse)).toThrow(new DataFileError('data/zh/known-orgs.txt', `line ${n}`, 'refused on purpose in "国务院 government"'));
  });

  it('a zod failure on a line reads as its message, not a JSON dump', () => {
    const lines = readDataFile('zh/known-orgs.txt').split('\n');
    const n = lines.findIndex((l) => l.trim() && !l.startsWith('#')) + 1;
    const parseType = (line: string) => z.enum(['company']).parse(line.split(/\s+/)[1]);
    expect(() => loadDataRows('zh/known-orgs.txt', parseType)).toThrow(`data/zh/known-orgs.txt: line ${n}: Invalid input: expected "company" in "${lines[n - 1]!.trim()}"`);
  });
});
