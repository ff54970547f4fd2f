/**
 * The JSON Schema of the export format, generated from the zod schema so
 * there is one definition. assessment-export.schema.json is its committed
 * copy for R, Python and other readers; a test keeps the two equal.
 */
import { z } from 'zod';
import { exportDocumentSchema } from './format-schema';

export const JSON_SCHEMA_FILE = 'core/export/assessment-export.schema.json';

/** The JSON Schema (draft 2020-12) of an export file: one assessment or a bundle. */
export function exportJsonSchema(): Record<string, unknown> {
  // `input` describes what a file may hold; unknown fields are ignored on
  // import, so they are allowed here too.
  const schema = z.toJSONSchema(exportDocumentSchema, {
    io: 'input',
    override: dropEmptyPrefixItems,
  });
  return {
    ...schema,
    $id: 'https://radar-reviewer.invalid/assessment-export.schema.json',
    title: 'RADAR Reviewer assessment export (format version 1)',
  };
}

/** The generated schema as JSON text; the committed file is it formatted. */
export function exportJsonSchemaText(): string {
  return `${JSON.stringify(exportJsonSchema(), null, 2)}\n`;
}

// zod writes the empty selector list as `prefixItems: []`, which the JSON
// Schema meta-schema forbids (at least one entry); `maxItems: 0` beside it
// already says the same.
function dropEmptyPrefixItems(ctx: { jsonSchema: Record<string, unknown> }) {
  const prefix = ctx.jsonSchema.prefixItems;
  if (Array.isArray(prefix) && prefix.length === 0) {
    delete ctx.jsonSchema.prefixItems;
  }
}
