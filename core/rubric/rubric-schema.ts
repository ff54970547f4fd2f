/**
 * Zod schema of a rubric pack. Shapes only: checks that span fields (item
 * domains exist, option ids unique...) live in rubric-checks.ts.
 */
import { z } from 'zod';
import type { Rule } from './types';

// Extension pages forbid eval, which zod's fast path would use.
z.config({ jitless: true });

const id = z
  .string({ error: 'expected an id string' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
    error: 'expected letters, digits, ".", "_" or "-"',
  });
const text = z.string({ error: 'expected text' }).min(1, {
  error: 'expected non-empty text',
});

/** Applicability rule over profile answers (recursive). */
export const ruleSchema: z.ZodType<Rule> = z.lazy(() =>
  z.union(
    [
      id,
      z.strictObject({ all: z.array(ruleSchema) }),
      z.strictObject({ any: z.array(ruleSchema) }),
      z.strictObject({ not: ruleSchema }),
      z.strictObject({ question: id, in: z.array(id).min(1) }),
      z.strictObject({ question: id, atLeast: z.number() }),
    ],
    { error: 'expected a rule: an id, all, any, not, in or atLeast' },
  ),
);

const optionSchema = z.strictObject({
  id,
  label: text,
  credit: z
    .number({ error: 'expected a number between 0 and 1' })
    .min(0, { error: 'expected a number between 0 and 1' })
    .max(1, { error: 'expected a number between 0 and 1' })
    .optional(),
  points: z.number({ error: 'expected a number' }).optional(),
});

const itemSchema = z.strictObject({
  id,
  domain: id,
  number: text,
  label: text,
  help: text,
  weight: z
    .number({ error: 'expected a positive number' })
    .positive({ error: 'expected a positive number' })
    .optional(),
  options: z.array(optionSchema).min(1, { error: 'expected options' }),
  multiple: z.boolean().optional(),
  appliesWhen: ruleSchema.optional(),
  allowNotApplicable: z.boolean({ error: 'expected true or false' }),
});

const questionSchema = z.strictObject({
  id,
  label: text,
  help: text,
  options: z.array(z.strictObject({ id, label: text })).min(1),
  default: id,
  lock: z.strictObject({ when: ruleSchema, value: id }).optional(),
});

/** The whole rubric document. */
export const rubricSchema = z.strictObject({
  id,
  version: text,
  title: text,
  label: text,
  citation: text,
  url: z.url({ error: 'expected a URL' }).optional(),
  doi: text.optional(),
  scoring: z.enum(['weighted', 'points'], {
    error: 'expected "weighted" or "points"',
  }),
  bands: z
    .array(z.strictObject({ id, label: text, min: z.number() }))
    .optional(),
  domains: z
    .array(
      z.strictObject({ id, label: text, optional: z.boolean().optional() }),
    )
    .min(1, { error: 'expected at least one domain' }),
  profile: z.array(questionSchema),
  items: z.array(itemSchema).min(1, { error: 'expected at least one item' }),
});

/** JSON Schema of a rubric pack, for authors of their own packs. */
export function rubricJsonSchema(): unknown {
  return z.toJSONSchema(rubricSchema, { unrepresentable: 'any' });
}
