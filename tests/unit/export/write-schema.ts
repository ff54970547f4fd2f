// Regenerates core/export/assessment-export.schema.json from the zod schema:
//   npx tsx tests/unit/export/write-schema.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  JSON_SCHEMA_FILE,
  exportJsonSchemaText,
} from '../../../core/export/json-schema';

const root = path.resolve(import.meta.dirname, '../../..');
writeFileSync(path.join(root, JSON_SCHEMA_FILE), exportJsonSchemaText());
console.log(`wrote ${JSON_SCHEMA_FILE}`);
