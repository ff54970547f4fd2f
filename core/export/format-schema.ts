/**
 * The evidence-backed export format, version 1, defined once: the JSON
 * Schema file and FORMAT.md are generated from or written about this.
 */
import { z } from 'zod';
import { itemAnswerSchema } from '../rubric/answer-schema';
import { scoreReportSchema } from './report-schema';

export const ASSESSMENT_FORMAT = 'radar-reviewer-assessment';
export const BUNDLE_FORMAT = 'radar-reviewer-bundle';
export const FORMAT_VERSION = 1;

// Times travel as ISO 8601 in UTC with milliseconds, which holds a stored
// millisecond timestamp exactly.
const isoTime = z.iso.datetime();

const extension = z.object({ name: z.string(), version: z.string() });

// Known bibliographic fields are typed; the rest of the metadata record
// passes through untouched so a round trip keeps all of it.
const paperSchema = z.object({
  key: z.string().min(1),
  aliases: z.array(z.string()),
  metadata: z.looseObject({
    title: z.string().optional(),
    authors: z.array(z.string()).optional(),
    firstAuthor: z.string().optional(),
    year: z.number().int().optional(),
    date: z.string().optional(),
    journal: z.string().optional(),
    doi: z.string().optional(),
    pmid: z.string().optional(),
    pmcid: z.string().optional(),
    arxivId: z.string().optional(),
  }),
});

const itemSchema = z.object({
  id: z.string().min(1),
  number: z.string(),
  label: z.string(),
  domain: z.string(),
  answer: itemAnswerSchema.nullable(),
  credit: z.number().nullable(),
  points: z.number().nullable(),
  applies: z.boolean(),
  notApplicableBecause: z.enum(['profile', 'reviewer']).nullable(),
  note: z.string().nullable(),
  evidenceIds: z.array(z.string()),
  updatedAt: isoTime.nullable(),
});

const quoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});

const positionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

const evidenceSchema = z.object({
  id: z.string().min(1),
  itemIds: z.array(z.string()),
  selectors: z.union([z.tuple([quoteSelector, positionSelector]), z.tuple([])]),
  source: z.object({
    url: z.string(),
    kind: z.enum(['html', 'pdf']),
    page: z.number().int().positive().nullable(),
  }),
  comment: z.string().nullable(),
  createdAt: isoTime,
  updatedAt: isoTime,
});

/** One exported assessment. */
export const assessmentExportSchema = z.object({
  format: z.literal(ASSESSMENT_FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  exportedAt: isoTime,
  extension,
  id: z.string().min(1),
  paper: paperSchema,
  reviewer: z.string(),
  rubric: z.object({
    id: z.string().min(1),
    version: z.string().min(1),
    label: z.string(),
  }),
  profile: z.record(
    z.string(),
    z.object({ option: z.string(), updatedAt: isoTime }),
  ),
  items: z.array(itemSchema),
  evidence: z.array(evidenceSchema),
  scores: scoreReportSchema,
  createdAt: isoTime,
  updatedAt: isoTime,
});

/** Several exported assessments in one file. */
export const bundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  exportedAt: isoTime,
  extension,
  assessments: z.array(assessmentExportSchema),
});

/** Either document an export file may hold. */
export const exportDocumentSchema = z.discriminatedUnion('format', [
  assessmentExportSchema,
  bundleSchema,
]);

export type AssessmentExport = z.infer<typeof assessmentExportSchema>;
export type ItemExport = AssessmentExport['items'][number];
export type EvidenceExport = AssessmentExport['evidence'][number];
export type BundleExport = z.infer<typeof bundleSchema>;
