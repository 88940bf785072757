import { z } from 'zod';
import { ConfigError, DEFAULT_CONFIG_FILE, readConfigJson } from './config-file.js';
import { describeZodIssues } from './data-file.js';
import { DEFAULT_SEGMENTER, SEGMENTERS } from './segmenter-names.js';

/** A real calendar day written `YYYY-MM-DD` (`2024-13-45` and `2023-02-29` are refused). */
const isoDay = z.iso.date('expected a real date YYYY-MM-DD');

export const configSchema = z.object({
  $schema: z.string().optional(),
  issues: z.record(z.string(), z.object({ issue_date: isoDay }).strict())
    .default({})
    .describe('Per-issue settings, keyed by issue id (the file name without extension).'),
  concurrency: z.number().int().min(1).max(64).optional()
    .describe('How many issues are processed at once (worker threads); default: one per CPU core. `--jobs` overrides it.'),
  segmenter: z.enum(SEGMENTERS).default(DEFAULT_SEGMENTER)
    .describe('The Chinese word segmenter: node-rs-jieba (jieba-rs cutting as cppjieba does: the same tokens, a fifth of the load time and memory) or nodejieba (cppjieba).'),
  max_file_bytes: z.number().int().positive().default(50 * 1024 * 1024)
    .describe('Larger input files are refused with a clear error.'),
}).strict();

export type PipelineConfig = z.infer<typeof configSchema>;

export { ConfigError, DEFAULT_CONFIG_FILE } from './config-file.js';

/** Validate a parsed config object; errors name the field. */
export function parseConfig(raw: unknown, file: string): PipelineConfig {
  const result = configSchema.safeParse(raw);
  if (!result.success) throw new ConfigError(`${file}: invalid config: ${describeZodIssues(result.error.issues)}`);
  return result.data;
}

/**
 * Load the config. An explicitly named file must exist; the default file is
 * optional (defaults apply without it).
 */
export function loadConfig(file: string | undefined): PipelineConfig {
  const raw = readConfigJson(file);
  return parseConfig(raw === undefined ? {} : raw, file ?? DEFAULT_CONFIG_FILE);
}
