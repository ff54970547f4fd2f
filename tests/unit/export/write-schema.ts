// Regenerates core/export/assessment-export.schema.json from the zod schema:
//   npx tsx tests/unit/export/write-schema.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'prettier';
import {
  JSON_SCHEMA_FILE,
  exportJsonSchemaText,
} from '../../../core/export/json-schema';

const root = path.resolve(import.meta.dirname, '../../..');
// Formatted like the rest of the repository, so `prettier --check` passes.
const text = await format(exportJsonSchemaText(), { parser: 'json' });
writeFileSync(path.join(root, JSON_SCHEMA_FILE), text);
console.log(`wrote ${JSON_SCHEMA_FILE}`);
