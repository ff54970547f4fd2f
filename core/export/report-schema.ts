/**
 * The score report as it appears in an export: a zod mirror of ScoreReport
 * (core/rubric/types.ts), so exported figures are validated like the rest.
 */
import { z } from 'zod';

// Extension pages forbid eval; zod must not try to compile validators.
z.config({ jitless: true });

const count = z.number().int().nonnegative();
const answersById = z.record(z.string(), z.string());

const bandSchema = z.object({
  id: z.string(),
  label: z.string(),
  min: z.number(),
});

const domainScoreSchema = z.object({
  id: z.string(),
  label: z.string(),
  optional: z.boolean(),
  percentage: z.number().nullable(),
  points: z.number(),
  maximum: z.number(),
  minimum: z.number(),
});

const radarExtras = z.object({
  kind: z.literal('radar'),
  catalogueVersion: z.string(),
  flags: answersById,
  optional: z.array(domainScoreSchema),
  derived: z.object({
    metrics: z.object({
      percentage: z.number().nullable(),
      band: bandSchema.nullable(),
      points: z.number(),
      maximum: z.number(),
    }),
    rqs2: z.object({
      method: z.string(),
      points: z.number(),
      maximum: z.number(),
      percentage: z.number().nullable(),
    }),
    suggestedReadinessLevel: z.number().int(),
  }),
});

const extrasSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('rqs1'), minimum: z.number() }),
  z.object({
    kind: z.literal('rqs2'),
    method: z.string(),
    readinessLevel: z.number().int(),
    fullTrackMaximum: z.number(),
  }),
  radarExtras,
]);

/** A ScoreReport: totals, domains, band, counts and rubric extras. */
export const scoreReportSchema = z.object({
  rubric: z.object({
    id: z.string(),
    version: z.string(),
    label: z.string(),
  }),
  percentage: z.number().nullable(),
  points: z.number(),
  maximum: z.number(),
  band: bandSchema.nullable(),
  domains: z.array(domainScoreSchema),
  counts: z.object({
    applicable: count,
    answered: count,
    unclear: count,
    unanswered: count,
    notApplicable: count,
    overridden: count,
  }),
  percentageRule: z.string(),
  profile: answersById,
  extras: extrasSchema,
});
