import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../src/config-json-schema.js';
import { ConfigError, loadConfig, parseConfig } from '../src/config.js';

describe('config', () => {
  it('applies defaults to an empty config', () => {
    expect(parseConfig({}, 'c.json')).toEqual({ issues: {}, segmenter: 'node-rs-jieba', max_file_bytes: 52428800 });
  });
  it('names an unknown key', () => {
    expect(() => parseConfig({ concurency: 3 }, 'c.json')).toThrow(/c\.json: invalid config: unknown key "concurency"/);
  });
  it('names a field of the wrong type, nested fields with their path', () => {
    expect(() => parseConfig({ concurrency: 'two' }, 'c.json')).toThrow(/concurrency:/);
    expect(() => parseConfig({ issues: { x: { issue_date: '29/02/2024' } } }, 'c.json')).toThrow(/issues\.x\.issue_date: expected a real date/);
    for (const day of ['2024-13-45', '2023-02-29', '2024-04-31']) {
      expect(() => parseConfig({ issues: { x: { issue_date: day } } }, 'c.json'), day).toThrow(/issues\.x\.issue_date: expected a real date YYYY-MM-DD/);
    }
  });
  it('refuses a named config file that does not exist', () => {
    expect(() => loadConfig('no-such-config.json')).toThrow(ConfigError);
  });
  it('the committed JSON schema is the one the zod schema produces (npm run config:schema)', () => {
    expect(readFileSync('pipeline.config.schema.json', 'utf8')).toBe(configJsonSchema());
  });
  it('the committed pipeline.config.json is valid', () => {
    expect(() => loadConfig('pipeline.config.json')).not.toThrow();
  });
});
