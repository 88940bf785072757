/** Writes docs/issue.schema.json, docs/csv-types.json and docs/data-dictionary.md from the record schemas (`npm run docs:schema`). */
import { writeFileSync } from 'node:fs';
import { schemaDocs } from '../src/output/schema.js';

for (const [path, text] of Object.entries(schemaDocs())) {
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
