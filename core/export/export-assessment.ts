/**
 * Builds export documents from stored assessments: plain JSON objects in the
 * format of format-schema.ts, ready for JSON.stringify.
 */
import { itemAnswersOf, profileAnswersOf } from '../assessment/answers';
import type { Assessment, EvidenceEntry } from '../assessment/types';
import { scoreRubric } from '../rubric/score';
import type { Rubric } from '../rubric/types';
import { exportItems } from './export-items';
import {
  ASSESSMENT_FORMAT,
  BUNDLE_FORMAT,
  FORMAT_VERSION,
  type AssessmentExport,
  type BundleExport,
  type EvidenceExport,
} from './format-schema';
import { isoTime } from './times';

export const EXTENSION_NAME = 'RADAR Reviewer';

export interface ExportOptions {
  extensionVersion: string;
  /** Milliseconds since the epoch, recorded as `exportedAt`. */
  now: number;
}

/**
 * Exports one assessment with its rubric's items, evidence and scores.
 * Deleted quotes are left out: a tombstone only matters to the store.
 */
export function exportAssessment(
  assessment: Assessment,
  rubric: Rubric,
  options: ExportOptions,
): AssessmentExport {
  const profile = profileAnswersOf(assessment);
  const answers = itemAnswersOf(assessment);
  const scores = scoreRubric(rubric, profile, answers);
  return {
    ...header(ASSESSMENT_FORMAT, options),
    id: assessment.id,
    paper: structuredClone(assessment.paper),
    reviewer: assessment.reviewer,
    rubric: { id: rubric.id, version: rubric.version, label: rubric.label },
    profile: Object.fromEntries(
      Object.entries(assessment.profile).map(([id, entry]) => [
        id,
        { option: entry.option, updatedAt: isoTime(entry.updatedAt) },
      ]),
    ),
    items: exportItems(assessment, rubric, scores.profile, answers),
    evidence: Object.values(assessment.evidence)
      .filter((e) => !e.deleted)
      .map(exportEvidence),
    scores,
    createdAt: isoTime(assessment.createdAt),
    updatedAt: isoTime(assessment.updatedAt),
  };
}

/** Exports several assessments, each scored with its own rubric. */
export function exportBundle(
  entries: { assessment: Assessment; rubric: Rubric }[],
  options: ExportOptions,
): BundleExport {
  return {
    ...header(BUNDLE_FORMAT, options),
    assessments: entries.map((e) =>
      exportAssessment(e.assessment, e.rubric, options),
    ),
  };
}

function header<F extends string>(format: F, options: ExportOptions) {
  return {
    format,
    formatVersion: FORMAT_VERSION as typeof FORMAT_VERSION,
    exportedAt: isoTime(options.now),
    extension: { name: EXTENSION_NAME, version: options.extensionVersion },
  };
}

function exportEvidence(entry: EvidenceEntry): EvidenceExport {
  return {
    id: entry.id,
    itemIds: [...entry.itemIds],
    selectors: structuredClone(entry.selectors),
    source: {
      url: entry.source.url,
      kind: entry.source.kind,
      page: entry.source.page ?? null,
    },
    comment: entry.comment ?? null,
    createdAt: isoTime(entry.createdAt),
    updatedAt: isoTime(entry.updatedAt),
  };
}
