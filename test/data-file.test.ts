import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadDataJson, loadDataList } from '../src/data-file.js';

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
