/**
 * Reads a rubric pack from untrusted JSON (built-in or a reviewer's own).
 */
import type { z } from 'zod';
import { checkRubric } from './rubric-checks';
import { rubricSchema } from './rubric-schema';
import type { Rubric } from './types';

export type ParseResult =
  { ok: true; rubric: Rubric } | { ok: false; errors: string[] };

/** Validates a rubric; errors read like `items[3].weight: expected ...`. */
export function parseRubric(json: unknown): ParseResult {
  const parsed = rubricSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map(formatIssue) };
  }
  const rubric = parsed.data as Rubric;
  const errors = checkRubric(rubric);
  return errors.length ? { ok: false, errors } : { ok: true, rubric };
}

/** Renders a zod issue as `path: message`. */
export function formatIssue(issue: z.core.$ZodIssue): string {
  return `${formatPath(issue.path) || '(document)'}: ${issue.message}`;
}

/** Turns ['items', 3, 'weight'] into `items[3].weight`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, n) =>
      typeof key === 'number' ? `[${key}]` : `${n ? '.' : ''}${String(key)}`,
    )
    .join('');
}
