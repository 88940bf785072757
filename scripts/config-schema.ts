/** Writes pipeline.config.schema.json from the zod schema (`npm run config:schema`). */
import { writeFileSync } from 'node:fs';
import { configJsonSchema } from '../src/config-json-schema.js';

writeFileSync('pipeline.config.schema.json', configJsonSchema());
console.log('wrote pipeline.config.schema.json');
