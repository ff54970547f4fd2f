import { z } from 'zod';
import { itemAnswerSchema } from '../rubric/answer-schema';
import { ASSESSMENT_SCHEMA_VERSION } from './types';

const timestamp = z.number().int().nonnegative();

const textQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});

const textPositionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const evidenceSchema = z.object({
  id: z.string().min(1),
  itemIds: z.array(z.string()),
  selectors: z.union([
    z.tuple([textQuoteSelector, textPositionSelector]),
    z.tuple([]),
  ]),
  source: z.object({
    url: z.string(),
    kind: z.enum(['html', 'pdf']),
    page: z.number().int().positive().optional(),
  }),
  comment: z.string().optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
  deleted: z.boolean().optional(),
});

/** The stored form of an assessment at the current schema version. */
export const assessmentSchema = z.object({
  schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION),
  id: z.string().min(1),
  paper: z.object({
    key: z.string().min(1),
    aliases: z.array(z.string()),
    metadata: z.record(z.string(), z.unknown()),
  }),
  reviewer: z.string(),
  rubric: z.object({ id: z.string().min(1), version: z.string().min(1) }),
  profile: z.record(
    z.string(),
    z.object({ option: z.string(), updatedAt: timestamp }),
  ),
  items: z.record(
    z.string(),
    z.object({
      answer: itemAnswerSchema.optional(),
      note: z.string().optional(),
      updatedAt: timestamp,
    }),
  ),
  evidence: z.record(z.string(), evidenceSchema),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** Human-readable problems of a zod failure: `path: message` each. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.') || '(root)';
    return `${path}: ${issue.message}`;
  });
}
