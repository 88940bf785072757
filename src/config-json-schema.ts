import { z } from 'zod';
import { configSchema } from './config.js';

/** The JSON Schema of pipeline.config.json, as committed next to it (editors validate with it). */
export function configJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(configSchema, { io: 'input' }), null, 2)}\n`;
}
