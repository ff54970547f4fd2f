import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../core/export/export-assessment';
import {
  JSON_SCHEMA_FILE,
  exportJsonSchemaText,
} from '../../../core/export/json-schema';
import { requireRubric } from '../../../core/rubric/registry';
import {
  exportOptions,
  exported,
  metricsAssessment,
  radarAssessment,
} from './fixtures';

const root = path.resolve(import.meta.dirname, '../../..');
const committed = readFileSync(path.join(root, JSON_SCHEMA_FILE), 'utf8');

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(committed));
}

describe('assessment-export.schema.json', () => {
  it('equals the schema generated from the zod definition', () => {
    // Compared as data: the file is Prettier-formatted text.
    expect(
      JSON.parse(committed),
      'stale schema file: run `npx tsx tests/unit/export/write-schema.ts`',
    ).toEqual(JSON.parse(exportJsonSchemaText()));
  });

  it('accepts every export and bundle', () => {
    const validate = validator();
    const docs = [
      exported(metricsAssessment()),
      exported(radarAssessment()),
      exportBundle(
        [{ assessment: radarAssessment(), rubric: requireRubric('radar') }],
        exportOptions,
      ),
    ];
    for (const doc of docs) {
      expect(
        validate(JSON.parse(JSON.stringify(doc))),
        JSON.stringify(validate.errors),
      ).toBe(true);
    }
  });

  it('rejects an export whose time is not ISO text', () => {
    const doc = { ...exported(metricsAssessment()), updatedAt: 'yesterday' };
    expect(validator()(doc)).toBe(false);
  });
});
