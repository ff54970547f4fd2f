import {
  ASSESSMENT_SCHEMA_VERSION,
  type Assessment,
  type PaperRecord,
  type Timestamp,
} from './types';

/** The one record per (paper, reviewer, rubric): its storage id. */
export function assessmentId(
  paperKey: string,
  reviewer: string,
  rubricId: string,
): string {
  return [paperKey, reviewer.trim().toLowerCase(), rubricId]
    .map(encodeURIComponent)
    .join('|');
}

/** A new, empty assessment. */
export function createAssessment(args: {
  paper: PaperRecord;
  reviewer: string;
  rubric: { id: string; version: string };
  now: Timestamp;
}): Assessment {
  return {
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    id: assessmentId(args.paper.key, args.reviewer, args.rubric.id),
    paper: args.paper,
    reviewer: args.reviewer.trim(),
    rubric: args.rubric,
    profile: {},
    items: {},
    evidence: {},
    createdAt: args.now,
    updatedAt: args.now,
  };
}
